import type {FeatureLike} from 'ol/Feature';
import type Layer from 'ol/layer/Layer';
import type Map from 'ol/Map';
import type {Selection} from '../../app/app';

/** Tile set, layer id or MVT layer name → what the details panel opens. */
const KIND_BY_NAME: Record<string, Selection['kind']> = {
  zone: 'zone', zones: 'zone', 'zone-labels': 'zone',
  road: 'road', roads: 'road',
  asset: 'asset', assets: 'asset',
  complaint: 'complaint', complaints: 'complaint', overdue: 'complaint',
  shop: 'shop', shops: 'shop',
};

/** Click priority: a point on top of a road on top of a zone is what the user meant. */
const PRIORITY: Selection['kind'][] = ['complaint', 'shop', 'asset', 'road', 'zone'];

/**
 * What a map feature is, read in this order: the layer's `kind` property, the MVT layer name
 * the feature carries (`layer`), the layer's tile set (`tiles`) and id (`id`). Null for
 * features that are not one row (cluster cells, gaps, the heat map).
 */
export function featureSelection(props: Record<string, unknown>, featureId: unknown, layerProps: Record<string, unknown>): Selection | null {
  if (props.cluster === true || (typeof props.count === 'number' && props.count > 1 && props.id === undefined && featureId === undefined)) return null;
  const name = [layerProps.kind, props.layer, layerProps.tiles, layerProps.id].find((n) => typeof n === 'string' && KIND_BY_NAME[n as string]);
  const kind = name ? KIND_BY_NAME[name as string] : undefined;
  const id = featureId ?? props.id;
  if (!kind || id === undefined || id === null || id === '') return null;
  return {kind, id: String(id)};
}

/** Zone levels, deepest last: a click inside a 组 means the 组, not the 镇 around it. */
const LEVELS = ['county', 'township', 'area', 'village', 'group'];

/** A selection with the depth of a zone (-1 for other kinds). */
export interface Candidate extends Selection {
  depth: number;
}

/** The best selection under a pixel, or null. */
export function pickAt(map: Map, pixel: number[]): Selection | null {
  const found: Candidate[] = [];
  map.forEachFeatureAtPixel(pixel, (feature: FeatureLike, layer: Layer | null) => {
    const pick = featureSelection(feature.getProperties(), feature.getId(), layer?.getProperties() ?? {});
    if (pick) found.push({...pick, depth: LEVELS.indexOf(String(feature.get('level') ?? '').toLowerCase())});
  }, {hitTolerance: 4});
  return bestOf(found);
}

/**
 * The highest-priority selection of several: points before roads before zones, and of the
 * zones the deepest level (hit detection does not return them in drawing order).
 */
export function bestOf(found: readonly Candidate[]): Selection | null {
  for (const kind of PRIORITY) {
    const hits = found.filter((s) => s.kind === kind);
    if (!hits.length) continue;
    const best = hits.reduce((a, b) => (b.depth > a.depth ? b : a));
    return {kind: best.kind, id: best.id};
  }
  return null;
}
