/** How a cluster (many assets or complaints at low zoom) is drawn. */
export interface ClusterSymbol {
  radius: number;
  label: string;
}

/**
 * Radius grows with the logarithm of the count, so a cluster of 1,000 is bigger than
 * one of 10 without covering the township: 1 → 6 px, 10 → 10 px, 100 → 14 px, 1000+ → 18 px.
 */
export function clusterSymbol(count: unknown): ClusterSymbol {
  const n = typeof count === 'number' && Number.isFinite(count) && count > 0 ? Math.round(count) : 1;
  const radius = Math.min(18, 6 + 4 * Math.log10(n));
  return {radius: Math.round(radius * 2) / 2, label: n >= 10_000 ? `${Math.round(n / 1000)}k` : String(n)};
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
