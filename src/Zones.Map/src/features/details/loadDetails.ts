import type {GraphQLClient} from '../../api/graphql';
import type {FetchLike} from '../../ogc/fetchJson';
import {
  ASSET_COMPLAINT_FIELDS, ASSET_FIELDS, byIdQuery, complaintFields, nearQuery, zoneIndicatorsQuery, zoneQuery,
} from './detailsQueries';
import type {FieldMap} from '../../api/schemaProbe';

// GraphQL answers as sent: the documents in detailsQueries.ts are their types, the views read them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Row = Record<string, any>;

/** What the views need: the client, the page's fetch (OGC items) and the schema probe. */
export interface Loader {
  graphql: GraphQLClient;
  fetch: FetchLike;
  fieldsOf(typeName: string): Promise<FieldMap>;
}

export interface ZoneDetails { zone: Row; counts: Row; indicators: Row | null }
export interface AssetDetails { asset: Row; complaints: Row[] | null }
export interface ComplaintDetails { complaint: Row; hasActions: boolean; hasEvents: boolean }
export interface ShopDetails { shop: Row }

const OWNER_FIELDS = `id role isPrimary ownerName ownerPhone validFrom note targetKind targetId targetName
      owner { __typename ... on Person { id name title phone unit { name phone } } ... on Unit { id name kind phone } }`;

/** Query.shop (issue #13 §6): the shop, its 门前三包 stretch and road, its 包联 and the complaints within the stretch. */
export const SHOP_QUERY = `query ShopDetails($id: ID!) {
  shop(id: $id) { id code name address keeperName phone townshipCode retiredAt
    location { geojson(decimals: 7) } frontage { geojson(decimals: 7) } frontageLengthM road { id name }
    owners { ${OWNER_FIELDS} } responsibleOwner { ${OWNER_FIELDS} }
    complaints { id caseNumber stage overdue reportedAt description } }
}`;

/** The zone, its counts and, when the server offers them, its indicators (asked separately: may fail quietly). */
export async function loadZone(l: Loader, id: string): Promise<ZoneDetails | null> {
  const data = await l.graphql<Row>(zoneQuery(), {id});
  if (!data.zone) return null;
  let indicators: Row | null = null;
  const zoneFields = await l.fieldsOf('Zone');
  const indicatorType = zoneFields.get('indicators');
  const query = indicatorType ? zoneIndicatorsQuery((await l.fieldsOf(indicatorType)).keys()) : null;
  if (query) {
    try {
      const answer = await l.graphql<Row>(query, {id});
      indicators = Array.isArray(answer.zone?.indicators) ? answer.zone.indicators[0] ?? null : answer.zone?.indicators ?? null;
    } catch {
      indicators = null; // the panel shows the zone without them
    }
  }
  return {zone: data.zone, counts: data, indicators};
}

/** Lon/lat of an OGC item, for the near-point fallback. */
async function itemPoint(l: Loader, collection: string, id: string): Promise<[number, number] | null> {
  const response = await l.fetch(`/ogc/collections/${collection}/items/${encodeURIComponent(id)}`, {headers: {Accept: 'application/geo+json'}});
  if (!response.ok) return null;
  const coordinates = (await response.json())?.geometry?.coordinates;
  return Array.isArray(coordinates) && coordinates.length >= 2 ? [coordinates[0], coordinates[1]] : null;
}

/**
 * One asset or complaint by id: through `asset(id:)` / `complaint(id:)` when the API has the
 * root field, otherwise the OGC item's point and the list field's `near` filter (1 m).
 */
async function byId(l: Loader, root: 'asset' | 'complaint', fields: string, id: string): Promise<Row | null> {
  const query = await l.fieldsOf('Query');
  if (query.has(root)) return (await l.graphql<Row>(byIdQuery(root, fields), {id}))[root] ?? null;
  const point = await itemPoint(l, `${root}s`, id);
  if (!point) return null;
  const data = await l.graphql<Row>(nearQuery(`${root}s`, fields), {lon: point[0], lat: point[1], m: 1});
  return data[`${root}s`].edges.map((e: Row) => e.node).find((n: Row) => String(n.id) === String(id)) ?? null;
}

/**
 * The asset and its complaints: `Asset.complaints` when the API has it, else the complaints
 * within 50 m that name this asset (a component case is reported at or next to its asset).
 */
export async function loadAsset(l: Loader, id: string): Promise<AssetDetails | null> {
  const assetFields = await l.fieldsOf('Asset');
  const own = assetFields.has('complaints') ? ` complaints { ${ASSET_COMPLAINT_FIELDS} }` : '';
  const asset = await byId(l, 'asset', ASSET_FIELDS + own, id);
  if (!asset) return null;
  if (own) return {asset, complaints: asset.complaints};
  const [lon, lat] = asset.location.geojson.coordinates as [number, number];
  try {
    const data = await l.graphql<Row>(nearQuery('complaints', ASSET_COMPLAINT_FIELDS, ', orderBy: REPORTED_AT, descending: true'), {lon, lat, m: 50});
    return {asset, complaints: data.complaints.edges.map((e: Row) => e.node).filter((c: Row) => String(c.asset?.id) === String(id))};
  } catch {
    return {asset, complaints: null};
  }
}

/** The complaint with its history and the caller's actions, as far as the API offers them. */
export async function loadComplaint(l: Loader, id: string): Promise<ComplaintDetails | null> {
  const fields = await l.fieldsOf('Complaint');
  const eventType = fields.get('events');
  const eventFields = eventType ? (await l.fieldsOf(eventType)).keys() : [];
  const complaint = await byId(l, 'complaint', complaintFields(fields, eventFields), id);
  return complaint ? {complaint, hasActions: fields.has('allowedActions'), hasEvents: fields.has('events')} : null;
}

/** One shop by id; null when there is none the caller may see. */
export async function loadShop(l: Loader, id: string): Promise<ShopDetails | null> {
  const data = await l.graphql<Row>(SHOP_QUERY, {id});
  return data.shop ? {shop: data.shop} : null;
}
