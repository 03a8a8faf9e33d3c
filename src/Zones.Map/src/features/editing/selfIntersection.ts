export type Point = number[];

/**
 * Where two segments p1–p2 and p3–p4 meet: the crossing point, one end of a collinear
 * overlap, or null when they are apart. Parametric form, so the point is exact for
 * crossings of axis-aligned or symmetric segments (the tests work them out by hand).
 */
export function segmentIntersection(p1: Point, p2: Point, p3: Point, p4: Point): Point | null {
  const d1x = p2[0] - p1[0];
  const d1y = p2[1] - p1[1];
  const d2x = p4[0] - p3[0];
  const d2y = p4[1] - p3[1];
  const denominator = d1x * d2y - d1y * d2x;
  const ox = p3[0] - p1[0];
  const oy = p3[1] - p1[1];
  if (denominator === 0) {
    if (ox * d1y - oy * d1x !== 0) return null; // parallel, apart
    return collinearOverlap(p1, p2, p3, p4);
  }
  const t = (ox * d2y - oy * d2x) / denominator;
  const u = (ox * d1y - oy * d1x) / denominator;
  if (t < 0 || t > 1 || u < 0 || u > 1) return null;
  return [p1[0] + t * d1x, p1[1] + t * d1y];
}

/** On one line: the first end of either segment that lies on the other, else null. */
function collinearOverlap(p1: Point, p2: Point, p3: Point, p4: Point): Point | null {
  const within = (p: Point, a: Point, b: Point) =>
    Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);
  for (const [p, a, b] of [[p3, p1, p2], [p4, p1, p2], [p1, p3, p4], [p2, p3, p4]] as const) {
    if (within(p, a, b)) return [p[0], p[1]];
  }
  return null;
}

/**
 * The points where a closed ring (first point repeated last) touches or crosses itself.
 * Neighbouring segments share a vertex by construction and are not compared. A quick
 * client-side hint while drawing; the server's ST_IsValidDetail stays the judge.
 * O(n²): fine for the few hundred vertices of a drawn or edited zone.
 */
export function ringSelfIntersections(ring: Point[]): Point[] {
  const n = ring.length - 1; // segments
  // Keyed by the point: a vertex lying on another edge meets two segments there, and is one place.
  const found = new Map<string, Point>();
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (j === i + 1 || (i === 0 && j === n - 1)) continue; // adjacent
      const p = segmentIntersection(ring[i], ring[i + 1], ring[j], ring[j + 1]);
      if (p) found.set(`${p[0]},${p[1]}`, p);
    }
  }
  return [...found.values()];
}

/** Self-intersections of every ring of a polygon (rings as OL/GeoJSON coordinate arrays). */
export function polygonSelfIntersections(rings: Point[][]): Point[] {
  return rings.flatMap((ring) => ringSelfIntersections(ring));
}
