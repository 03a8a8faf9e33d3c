/** What the road-label picker needs of a roads tile feature (an OL RenderFeature). */
export interface RoadPiece {
  get(key: string): unknown;
  getType(): string;
  /** x, y pairs in map units (stride 2, as MVT gives them). */
  getFlatCoordinates(): number[];
  /** Where each line of a MultiLineString ends in the flat coordinates. */
  getEnds?(): number[];
}

export interface RoadLabelLine {
  name: string;
  roadClass: unknown;
  /** The stretch the name is written along, inside the view. */
  coordinates: [number, number][];
}

/**
 * One label per road name in view: a road comes in pieces (tile edges, several segments with
 * the same name), and OL would write the name on each. Each piece is clipped to `extent` (the
 * view, less a margin so no name is cut by the map's edge) and the longest stretch of each
 * name carries it; OL's line placement then fits the name along it or leaves it out.
 */
export function pickRoadLabels(pieces: Iterable<RoadPiece>, extent: number[]): RoadLabelLine[] {
  const best = new Map<string, {line: RoadLabelLine; length: number}>();
  for (const piece of pieces) {
    const name = piece.get('name');
    if (typeof name !== 'string' || name.trim() === '' || !piece.getType().includes('LineString')) continue;
    for (const line of linesOf(piece)) {
      for (const stretch of clipLine(line, extent)) {
        const length = lengthOf(stretch);
        const current = best.get(name);
        if (!current || length > current.length) best.set(name, {line: {name, roadClass: piece.get('class'), coordinates: stretch}, length});
      }
    }
  }
  return [...best.values()].map((b) => b.line);
}

function linesOf(piece: RoadPiece): [number, number][][] {
  const flat = piece.getFlatCoordinates();
  const ends = piece.getType() === 'MultiLineString' && piece.getEnds ? piece.getEnds() : [flat.length];
  const lines: [number, number][][] = [];
  let start = 0;
  for (const end of ends) {
    const line: [number, number][] = [];
    for (let i = start; i + 1 < end; i += 2) line.push([flat[i], flat[i + 1]]);
    if (line.length >= 2) lines.push(line);
    start = end;
  }
  return lines;
}

/** The parts of a polyline inside a box (Liang–Barsky on each segment, joined where they touch). */
export function clipLine(line: [number, number][], [minX, minY, maxX, maxY]: number[]): [number, number][][] {
  const parts: [number, number][][] = [];
  let current: [number, number][] | null = null;
  for (let i = 0; i + 1 < line.length; i++) {
    const segment = clipSegment(line[i], line[i + 1], minX, minY, maxX, maxY);
    if (!segment) {
      current = null;
      continue;
    }
    const [a, b] = segment;
    const last = current?.[current.length - 1];
    if (!current || !last || last[0] !== a[0] || last[1] !== a[1]) {
      current = [a];
      parts.push(current);
    }
    current.push(b);
  }
  return parts;
}

function clipSegment(a: [number, number], b: [number, number], minX: number, minY: number, maxX: number, maxY: number): [[number, number], [number, number]] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [[-dx, a[0] - minX], [dx, maxX - a[0]], [-dy, a[1] - minY], [dy, maxY - a[1]]];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  const at = (t: number): [number, number] => (t === 0 ? a : t === 1 ? b : [a[0] + t * dx, a[1] + t * dy]);
  return [at(t0), at(t1)];
}

function lengthOf(line: [number, number][]): number {
  let sum = 0;
  for (let i = 1; i < line.length; i++) sum += Math.hypot(line[i][0] - line[i - 1][0], line[i][1] - line[i - 1][1]);
  return sum;
}
