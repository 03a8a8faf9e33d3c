/**
 * Degrees kept to 7 decimals (≈ 1 cm): the grid the demo township and the API's GeoJSON
 * output use. Rounding after the 3857 → 4326 round trip makes a snapped vertex exactly
 * the neighbour's stored vertex, not 1e-14° beside it, so shared boundaries stay shared.
 */
export function roundDegrees(value: number): number {
  return Math.round(value * 1e7) / 1e7;
}

/** Map every position of a (multi)polygon or line through `project`, rounding the result to the degree grid. */
export function toLonLatCoords<T extends unknown[]>(coords: T, project: (xy: number[]) => number[]): T {
  const walk = (node: unknown): unknown =>
    Array.isArray(node) && typeof node[0] === 'number'
      ? project(node as number[]).map(roundDegrees)
      : (node as unknown[]).map(walk);
  return walk(coords) as T;
}

/** A GeoJSON geometry object (RFC 7946, lon/lat) for the API. */
export function geoJson(type: 'Polygon' | 'MultiPolygon' | 'LineString', coordinates: unknown): {type: string; coordinates: unknown} {
  return {type, coordinates};
}
