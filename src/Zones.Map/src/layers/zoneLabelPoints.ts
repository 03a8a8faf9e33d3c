/** What the label picker needs of a zones tile feature (an OL RenderFeature). */
export interface LabelPiece {
  get(key: string): unknown;
  getId(): string | number | undefined;
  getExtent(): number[];
  /** [x, y, …] of the piece's interior point (OL RenderFeature, polygons). */
  getFlatInteriorPoint?(): number[];
  getFlatInteriorPoints?(): number[];
  getType(): string;
}

export interface ZoneLabelPoint {
  id: string;
  name: string;
  level: unknown;
  coordinate: [number, number];
}

/**
 * One label point per zone: a zone crossing tile edges comes in pieces, and each piece
 * would get its own label. The largest piece in view (by its extent) carries the name,
 * at its interior point, which lies inside the zone.
 */
export function pickLabelPoints(pieces: Iterable<LabelPiece>): ZoneLabelPoint[] {
  const best = new Map<string, {piece: LabelPiece; size: number}>();
  for (const piece of pieces) {
    const id = String(piece.getId() ?? piece.get('id') ?? '');
    if (id === '' || typeof piece.get('name') !== 'string') continue;
    const [minX, minY, maxX, maxY] = piece.getExtent();
    const size = (maxX - minX) * (maxY - minY);
    const current = best.get(id);
    if (!current || size > current.size) best.set(id, {piece, size});
  }
  return [...best.entries()].flatMap(([id, {piece}]) => {
    const point = interiorPoint(piece);
    return point ? [{id, name: piece.get('name') as string, level: piece.get('level'), coordinate: point}] : [];
  });
}

function interiorPoint(piece: LabelPiece): [number, number] | null {
  const flat = piece.getType() === 'MultiPolygon' ? piece.getFlatInteriorPoints?.() : piece.getFlatInteriorPoint?.();
  return flat && flat.length >= 2 ? [flat[0], flat[1]] : null;
}
