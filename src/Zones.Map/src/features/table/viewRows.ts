import type {FeatureLike} from 'ol/Feature';
import type Layer from 'ol/layer/Layer';
import VectorLayer from 'ol/layer/Vector';
import VectorTileLayer from 'ol/layer/VectorTile';
import type Map from 'ol/Map';
import {fromLonLat, transformExtent} from 'ol/proj';
import type {GraphQLClient} from '../../api/graphql';
import {isCluster} from '../../layers/clusterStyleSpec';
import type {TableLayer} from './tableColumns';
import {type FeatureRecord, rowsOf, type TableRow} from './tableRows';

export interface ViewRows {
  rows: TableRow[];
  /** 'tiles': the features the map drew; 'api': the rows behind the clusters, read from the API. */
  from: 'tiles' | 'api';
  /** How many the API has in view when it sent fewer (MAX_API_ROWS). */
  totalCount?: number;
}

/** Beyond this a table is no longer read by a person: the user narrows the view or filters. */
const MAX_API_ROWS = 5000;
const PAGE = 1000;

/** The map layer with this `id` property, if the map has it. */
export function mapLayer(map: Map, id: string): Layer | undefined {
  return map.getAllLayers().find((l) => l.get('id') === id);
}

/**
 * The rows of `layer` in the current view: the features its tiles (or vector source) hold
 * there, one row per id, the same set the layer panel counts. Where the view shows clusters
 * (assets and complaints below z14) the rows behind them come from the API, by the view's box.
 */
export async function rowsInView(map: Map, graphql: GraphQLClient, layer: TableLayer): Promise<ViewRows> {
  const ol = mapLayer(map, layer.id);
  const extent = map.getView().calculateExtent(map.getSize());
  const features: FeatureLike[] = ol instanceof VectorTileLayer ? ol.getFeaturesInExtent(extent)
    : ol instanceof VectorLayer ? ol.getSource()?.getFeaturesInExtent(extent) ?? [] : [];
  const api = API_LISTS[layer.id];
  if (api && features.some((f) => isCluster(f))) return fromApi(graphql, layer, api, extent, map.getView().getProjection().getCode());
  return {rows: rowsOf(layer, features.map(record)), from: 'tiles'};
}

function record(f: FeatureLike): FeatureRecord {
  return {id: f.getId() ?? (f.get('id') as string | number | undefined), props: f.getProperties(), extent: f.getGeometry()?.getExtent() ?? null};
}

/** The GraphQL list of the layers that cluster, with the fields their columns read. */
const API_LISTS: Record<string, {field: string; args: string; fields: string}> = {
  assets: {field: 'assets', args: '', fields: 'id identifier name kind subtype status'},
  complaints: {field: 'complaints', args: 'open: true, ', fields: 'id caseNumber categoryCode categoryName stage source overdue'},
};

interface Page {
  totalCount: number;
  pageInfo: {hasNextPage: boolean; endCursor: string | null};
  edges: {node: Record<string, unknown> & {id: string; location: {geojson: {coordinates: number[]}}}}[];
}

async function fromApi(graphql: GraphQLClient, layer: TableLayer, api: (typeof API_LISTS)[string], extent: number[], projection: string): Promise<ViewRows> {
  const [minLon, minLat, maxLon, maxLat] = transformExtent(extent, projection, 'EPSG:4326');
  const query = `query TableRows($bbox: BBoxInput!, $after: String) {
  list: ${api.field}(${api.args}where: {bbox: $bbox}, first: ${PAGE}, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${api.fields} location { geojson } } } } }`;
  const records: FeatureRecord[] = [];
  let after: string | null = null;
  let totalCount = 0;
  do {
    const page: Page = (await graphql<{list: Page}>(query, {bbox: {minLon, minLat, maxLon, maxLat}, after})).list;
    totalCount = page.totalCount;
    for (const {node} of page.edges) {
      const [x, y] = fromLonLat(node.location.geojson.coordinates, projection);
      records.push({id: node.id, props: node, extent: [x, y, x, y]});
    }
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && records.length < MAX_API_ROWS);
  const rows = rowsOf(layer, records);
  return {rows, from: 'api', totalCount: totalCount > rows.length ? totalCount : undefined};
}
