/**
 * Where a clicked asset lands: on the nearest road when one runs within the tolerance
 * (a bin or a street light stands by its road, and roadId links it), else where clicked.
 * Plain coordinates in the map's projection, so it is tested without a map.
 */

export type XY = [number, number];

/** A road segment of the view: its id and its line's vertices. */
export interface RoadLine {
  id: string;
  coordinates: XY[];
}

/** The point of segment a–b nearest to p. */
export function nearestOnSegment(p: XY, a: XY, b: XY): XY {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return a;
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return [a[0] + t * dx, a[1] + t * dy];
}

const distance = (p: XY, q: XY) => Math.hypot(p[0] - q[0], p[1] - q[1]);

/**
 * The point to save and the road it lies on: the nearest point of the nearest road when
 * that is within `maxDistance` (15 px × the resolution), else the click itself and no road.
 */
export function snapToRoad(p: XY, roads: RoadLine[], maxDistance: number): {point: XY; roadId: string | null} {
  let best: {point: XY; roadId: string; d: number} | null = null;
  for (const road of roads) {
    for (let i = 1; i < road.coordinates.length; i++) {
      const q = nearestOnSegment(p, road.coordinates[i - 1], road.coordinates[i]);
      const d = distance(p, q);
      if (d <= maxDistance && (!best || d < best.d)) best = {point: q, roadId: road.id, d};
    }
  }
  return best ? {point: best.point, roadId: best.roadId} : {point: p, roadId: null};
}

/** 15 px: close enough that a click beside the road line means "on this road". */
export const SNAP_PIXELS = 15;
