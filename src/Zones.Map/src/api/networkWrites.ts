import {payloadErrorFields} from './payloadErrors';

/**
 * The GraphQL documents that add, move and retire assets (部件) and roads, and the variables
 * they take. Coordinates are lon/lat (WGS84), as the API's default crs.
 */

const COMMON = ['VersionConflictError', 'DuplicateError'];
const GEOMETRY = [...COMMON, 'InvalidGeometryError'];

/** The 4-digit 部件 class code of each kind (大类 + 小类, as the demo 台账 has them). */
export const ASSET_CLASS_CODES: Record<string, string> = {
  TOILET: '0301', BIN: '0305', COLLECTION_POINT: '0315', GARBAGE_ROOM: '0304',
  TRANSFER_STATION: '0316', STREETLIGHT: '0118', LANDSCAPE_LIGHT: '0120',
};

export const CREATE_ASSET = `mutation CreateAsset($input: CreateAssetInput!) {
  createAsset(input: $input) { asset { id identifier version } errors { ${payloadErrorFields(GEOMETRY)} } }
}`;

export const UPDATE_ASSET = `mutation UpdateAsset($input: UpdateAssetInput!) {
  updateAsset(input: $input) { asset { id version location { geojson(decimals: 7) } } errors { ${payloadErrorFields(GEOMETRY)} } }
}`;

export const RETIRE_ASSET = `mutation RetireAsset($input: RetireAssetInput!) {
  retireAsset(input: $input) { asset { id } errors { ${payloadErrorFields(COMMON)} } }
}`;

export const RETIRE_ROAD = `mutation RetireRoad($input: RetireRoadInput!) {
  retireRoad(input: $input) { road { id } errors { ${payloadErrorFields(COMMON)} } }
}`;

/**
 * createRoad, asking for the pieces (`roads`) and the split existing roads (`splitRoads`)
 * only when the server has them (CONTRACT11 §E): a field it lacks would fail the whole call.
 */
export function createRoadMutation(payloadFields: ReadonlySet<string> | ReadonlyMap<string, unknown>): string {
  const extra = ['roads', 'splitRoads'].filter((f) => payloadFields.has(f)).map((f) => `${f} { id code name }`).join(' ');
  return `mutation CreateRoad($input: CreateRoadInput!) {
  createRoad(input: $input) { road { id code name } ${extra} errors { ${payloadErrorFields(GEOMETRY)} } }
}`;
}

/** What the 新增部件 form holds, with the point picked (and the road it snapped to). */
export interface NewAsset {
  townshipCode: string;
  kind: string;
  identifier: string;
  name: string;
  status: string;
  maintainerUnitId: string;
  point: [number, number];
  roadId: string | null;
}

export function createAssetVariables(a: NewAsset) {
  const name = a.name.trim();
  return {
    input: {
      townshipCode: a.townshipCode,
      kind: a.kind,
      classCode: ASSET_CLASS_CODES[a.kind],
      identifier: a.identifier.trim(),
      location: {point: {lon: a.point[0], lat: a.point[1]}},
      status: a.status,
      ...(name ? {name} : {}),
      ...(a.maintainerUnitId ? {maintainerUnitId: a.maintainerUnitId} : {}),
      ...(a.roadId ? {roadId: a.roadId} : {}),
    },
  };
}

/**
 * updateAsset replaces every field, so a move sends the asset as read with only the
 * location changed (and the version read, so a concurrent edit is refused, not lost).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function moveAssetVariables(asset: Record<string, any>, point: [number, number]) {
  return {
    input: {
      id: asset.id, expectedVersion: asset.version, kind: asset.kind, classCode: asset.classCode,
      identifier: asset.identifier, location: {point: {lon: point[0], lat: point[1]}},
      subtype: asset.subtype ?? null, name: asset.name ?? null, status: asset.status,
      maintainerUnitId: asset.maintainer?.id ?? null, ownerUnitId: asset.ownerUnit?.id ?? null,
      roadId: asset.road?.id ?? null, installDate: asset.installDate ?? null, attributes: asset.attributes ?? null,
    },
  };
}

export function retireVariables(row: {id: string; version: number}) {
  return {input: {id: row.id, expectedVersion: row.version}};
}

/** What the 新增道路 form holds, with the line drawn. */
export interface NewRoad {
  townshipCode: string;
  code: string;
  name: string;
  roadClass: string;
  line: [number, number][];
}

export function createRoadVariables(r: NewRoad) {
  return {
    input: {
      townshipCode: r.townshipCode, code: r.code.trim(), name: r.name.trim(), class: r.roadClass,
      line: {geojson: {type: 'LineString', coordinates: r.line}},
    },
  };
}

/** The sentence after a saved road: how many pieces the junctions made, and which roads were split. */
export function roadSavedMessage(name: string, pieces: unknown[] | undefined, split: unknown[] | undefined): string {
  const parts = [`已保存道路“${name.trim()}”。`];
  if (pieces && pieces.length > 1) parts.push(`已在路口拆分为 ${pieces.length} 段。`);
  if (split && split.length > 0) parts.push(`与之相交的 ${split.length} 条已有路段也在路口拆分。`);
  return parts.join('');
}

/** Several segments in one transaction (a moved junction and every road that meets there): all saved or none. */
export const UPDATE_ROADS = `mutation UpdateRoads($input: UpdateRoadsInput!) {
  updateRoads(input: $input) { roads { id code version startNode endNode } splitRoads { id code } errors { ${payloadErrorFields(GEOMETRY)} } }
}`;

/** A segment as read for an edit: what updateRoad replaces, unchanged but for the line. */
export interface RoadForUpdate { id: string; version: number; code: string; name: string; class: string }

export function updateRoadsVariables(roads: {road: RoadForUpdate; line: [number, number][]}[]) {
  return {
    input: {
      roads: roads.map(({road, line}) => ({
        id: road.id, expectedVersion: road.version, code: road.code, name: road.name, class: road.class,
        line: {geojson: {type: 'LineString', coordinates: line}},
      })),
    },
  };
}
