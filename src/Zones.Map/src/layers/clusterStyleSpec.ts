/** How a cluster (many assets or complaints at low zoom) is drawn. */
export interface ClusterSymbol {
  radius: number;
  label: string;
}

/**
 * From this many points in one cell (≈ 8 px of screen) a cell is a numbered bubble. Fewer are
 * what a street looks like from afar (lamps every 30 m): a small dot with no number, so the
 * road and the zones stay visible and bubbles mark only where points really crowd.
 */
export const CROWDED_AT = 10;

/**
 * Radius grows with the logarithm of the count, so a cluster of 1,000 is bigger than one of
 * 10 without covering the township: 10 → 10 px, 100 → 14 px, 1000+ → 18 px; a cell of fewer
 * than CROWDED_AT points is a dot of 3–4.5 px without a label.
 */
export function clusterSymbol(count: unknown): ClusterSymbol {
  const n = typeof count === 'number' && Number.isFinite(count) && count > 0 ? Math.round(count) : 1;
  if (n < CROWDED_AT) return {radius: Math.round((3 + 1.5 * Math.log10(n)) * 2) / 2, label: ''};
  const radius = Math.min(18, 6 + 4 * Math.log10(n));
  return {radius: Math.round(radius * 2) / 2, label: n >= 10_000 ? `${Math.round(n / 1000)}k` : String(n)};
}

/** Whether a cluster cell is drawn as a numbered bubble (else as a small dot). */
export function isCrowded(properties: {get(key: string): unknown}): boolean {
  return isCluster(properties) && featureWeight(properties) >= CROWDED_AT;
}

/** Whether a tile feature is an aggregate (`cluster`=true) rather than one asset or case. */
export function isCluster(properties: {get(key: string): unknown}): boolean {
  const value = properties.get('cluster');
  return value === true || value === 'true' || value === 1;
}

/** How many things a tile feature stands for: its `count` when a cluster, else 1. */
export function featureWeight(properties: {get(key: string): unknown}): number {
  if (!isCluster(properties)) return 1;
  const count = Number(properties.get('count'));
  return Number.isFinite(count) && count > 0 ? count : 0;
}
