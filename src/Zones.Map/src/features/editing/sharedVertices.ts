import type {Coords} from './commandStack';

type Point = number[];

/** Every vertex of a polygon or multipolygon, closing points included. */
export function vertices(coords: Coords): Point[] {
  const out: Point[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node) && typeof node[0] === 'number') out.push(node as Point);
    else if (Array.isArray(node)) node.forEach(walk);
  };
  walk(coords);
  return out;
}

const key = (p: Point) => `${p[0]},${p[1]}`;

/** Vertex → the zones that have it, for vertices of two or more zones (the shared boundaries). */
export function sharedVertices(zones: Map<string, Coords>): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const [id, coords] of zones) {
    for (const p of vertices(coords)) {
      const k = key(p);
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k)!.add(id);
    }
  }
  for (const [k, ids] of owners) if (ids.size < 2) owners.delete(k);
  return owners;
}

/** A shared vertex that one zone moved and another kept: the edit opened a gap or an overlap. */
export interface BrokenShare {
  vertex: Point;
  movedIn: string;
  keptIn: string;
}

/**
 * The shared vertices an edit pulled apart. A drag in the editing layer moves coincident
 * vertices of all zones together, so this stays empty unless something (an undo of one
 * zone only, a drawn zone, a bug) split a shared boundary; then the save is held back
 * with the place to look at.
 */
export function brokenShares(before: Map<string, Coords>, after: Map<string, Coords>): BrokenShare[] {
  const shared = sharedVertices(before);
  const afterKeys = new Map([...after].map(([id, coords]) => [id, new Set(vertices(coords).map(key))]));
  const broken: BrokenShare[] = [];
  for (const [k, ids] of shared) {
    const movedIn = [...ids].filter((id) => afterKeys.has(id) && !afterKeys.get(id)!.has(k));
    const keptIn = [...ids].filter((id) => !afterKeys.has(id) || afterKeys.get(id)!.has(k));
    if (movedIn.length > 0 && keptIn.length > 0) {
      broken.push({vertex: k.split(',').map(Number), movedIn: movedIn[0], keptIn: keptIn[0]});
    }
  }
  return broken;
}

/** The zones whose geometry differs from the one loaded (the ones a save must send). */
export function changedZoneIds(loaded: Map<string, Coords>, current: Map<string, Coords>): string[] {
  return [...current.keys()].filter((id) => loaded.has(id) && JSON.stringify(loaded.get(id)) !== JSON.stringify(current.get(id)));
}
