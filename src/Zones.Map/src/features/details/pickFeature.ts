import type {FeatureLike} from 'ol/Feature';
import type Layer from 'ol/layer/Layer';
import type Map from 'ol/Map';
import type {Selection} from '../../app/app';
import {hitLabel} from './hitLabel';
import {pointsNear, type PointHit} from './pointsNear';

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

/** Pixels around the pointer that still count as "on" a symbol or a line. */
export const HIT_TOLERANCE = 4;

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

/** A selection with the depth of a zone (-1 for other kinds) and the chooser's line. */
export interface Candidate extends Selection {
  depth: number;
  /** Kind and name in zh-CN, e.g. "公厕 桑溪文化广场公厕". */
  label?: string;
}

/** What a click means: nothing, one feature, a choice between several, or a cluster to zoom into. */
export type Pick =
  | {type: 'none'}
  | {type: 'open'; selection: Selection}
  | {type: 'choose'; candidates: Candidate[]}
  | {type: 'zoom'; extent: number[]};

/**
 * What the click at `pixel` picks. Points (assets, complaints, shops, clusters) are found by
 * their symbols' distance from the pointer in the features the visible layers hold, not by
 * OpenLayers' hit detection: that drops every point symbol of an undecluttered vector-tile
 * layer (ol 10.11, ExecutorGroup: an empty `declutteredFeatures` list filters out Image hits),
 * which is why a click on a toilet used to open its zone. Lines and areas still come from
 * forEachFeatureAtPixel, which only asks visible layers.
 */
export function pickAt(map: Map, pixel: number[], tolerance = HIT_TOLERANCE): Pick {
  const lines: Candidate[] = [];
  map.forEachFeatureAtPixel(pixel, (feature: FeatureLike, layer: Layer | null) => {
    if (feature.getGeometry()?.getType().endsWith('Point')) return; // pointsNear has them, with their distance
    const props = feature.getProperties();
    const pick = featureSelection(props, feature.getId(), layer?.getProperties() ?? {});
    if (pick) lines.push({...pick, depth: LEVELS.indexOf(String(props.level ?? '').toLowerCase()), label: hitLabel(pick.kind, props)});
  }, {hitTolerance: tolerance});
  return decide(pointsNear(map, pixel, tolerance, (props, id, layerProps) => featureSelection(props, id, layerProps)), lines);
}

/**
 * The topmost point wins; a cluster on top zooms in; several points within reach → the user
 * chooses. Without points: the line under the pointer (several → choose), else the deepest zone.
 */
export function decide(points: readonly PointHit[], lines: readonly Candidate[]): Pick {
  if (points.length && points[0].zoomTo) return {type: 'zoom', extent: points[0].zoomTo};
  const singles = unique(points.flatMap((p) => (p.candidate ? [p.candidate] : [])));
  if (singles.length === 1) return {type: 'open', selection: plain(singles[0])};
  if (singles.length > 1) return {type: 'choose', candidates: singles};
  const ways = unique(lines.filter((c) => c.kind !== 'zone'));
  if (ways.length === 1) return {type: 'open', selection: plain(ways[0])};
  if (ways.length > 1) return {type: 'choose', candidates: ways};
  const zone = bestOf(lines);
  return zone ? {type: 'open', selection: zone} : {type: 'none'};
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
    return plain(best);
  }
  return null;
}

/** First of each kind + id (a case is drawn by the complaints tiles and the overdue layer). */
function unique(candidates: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = `${c.kind}:${c.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const plain = (c: Candidate): Selection => ({kind: c.kind, id: c.id});
