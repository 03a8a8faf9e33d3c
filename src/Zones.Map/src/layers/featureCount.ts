import {featureWeight} from './clusterStyleSpec';

/** What the counter needs of an OL Feature or RenderFeature. */
export interface CountableFeature {
  get(key: string): unknown;
  getId(): string | number | undefined;
  /** RenderFeature and Feature both have one; used when a point has no id. */
  getGeometry(): {getFlatCoordinates?(): number[]} | null | undefined;
}

/**
 * How many things the features stand for, each counted once: tiles repeat a feature
 * that crosses a tile edge (and a point lying in the tile buffer), and a cluster
 * stands for `count` things. Features with neither id nor coordinates count each.
 */
export function countFeatures(features: Iterable<CountableFeature>): number {
  const seen = new Set<string>();
  let total = 0;
  for (const feature of features) {
    const key = identity(feature);
    if (key === null) {
      total += featureWeight(feature);
      continue;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    total += featureWeight(feature);
  }
  return total;
}

function identity(feature: CountableFeature): string | null {
  const id = feature.getId() ?? feature.get('id');
  const cluster = featureWeight(feature) !== 1 || feature.get('cluster') === true;
  // Cluster ids, where the server sends any, may be per-tile cell numbers: use the position.
  if (id !== undefined && id !== null && id !== '' && !cluster) return `id:${String(id)}`;
  const coordinates = feature.getGeometry()?.getFlatCoordinates?.();
  if (coordinates && coordinates.length === 2) return `at:${coordinates[0].toFixed(1)},${coordinates[1].toFixed(1)}`;
  return id !== undefined && id !== null && id !== '' ? `id:${String(id)}` : null;
}
