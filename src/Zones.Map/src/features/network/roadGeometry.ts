/**
 * The geometry of a road edit, in plain coordinates (tested without a map): which roads a
 * moved end drags along, a rotation about a pivot, and the lon/lat to send back.
 */
import {roundDegrees} from '../../map/lonLat';
import type {XY} from './snapToRoad';

/** A road as the editor holds it: its graph nodes and its line in the map's projection. */
export interface EditRoad {
  id: string;
  startNode: string | null;
  endNode: string | null;
  coordinates: XY[];
}

const same = (a: XY, b: XY) => a[0] === b[0] && a[1] === b[1];

/**
 * The other roads after `road`'s ends moved from `before` to `after`: every road that shares
 * a node with a moved end gets that end moved too, so the junction stays one node. Only
 * roads that changed are returned (a loop's two ends at one node both move).
 */
export function followJunctions(road: EditRoad, before: XY[], after: XY[], others: EditRoad[]): EditRoad[] {
  const moves = new Map<string, XY>();
  if (road.startNode && !same(before[0], after[0])) moves.set(road.startNode, after[0]);
  if (road.endNode && !same(before[before.length - 1], after[after.length - 1])) moves.set(road.endNode, after[after.length - 1]);
  const changed: EditRoad[] = [];
  for (const other of others) {
    if (other.id === road.id) continue;
    const coordinates = other.coordinates.slice();
    const start = other.startNode ? moves.get(other.startNode) : undefined;
    const end = other.endNode ? moves.get(other.endNode) : undefined;
    if (start) coordinates[0] = start;
    if (end) coordinates[coordinates.length - 1] = end;
    if (start || end) changed.push({...other, coordinates});
  }
  return changed;
}

/**
 * Where a road turns about: its one junction end (the road swings about the crossing it hangs
 * from), its middle when neither end meets another road, and null when both ends do (turning
 * it would tear two junctions apart; reshape it instead). `joined(node)` says whether another road ends there.
 */
export function rotationPivot(road: EditRoad, joined: (node: string | null) => boolean): XY | null {
  const start = joined(road.startNode);
  const end = joined(road.endNode);
  const c = road.coordinates;
  if (start && end) return null;
  if (start) return c[0];
  if (end) return c[c.length - 1];
  const xs = c.map((p) => p[0]);
  const ys = c.map((p) => p[1]);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

/** The line turned by `degrees` (counter-clockwise, as on a protractor) about `pivot`; the pivot itself stays exactly put. */
export function rotate(coordinates: XY[], pivot: XY, degrees: number): XY[] {
  const a = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(a), Math.sin(a)];
  return coordinates.map((p) => same(p, pivot) ? p : [
    pivot[0] + (p[0] - pivot[0]) * cos - (p[1] - pivot[1]) * sin,
    pivot[1] + (p[0] - pivot[0]) * sin + (p[1] - pivot[1]) * cos,
  ]);
}

/**
 * The lon/lat to save: a vertex the planner did not move goes back exactly as the server sent
 * it (a round trip through Web Mercator would shift it by 1e-14° and tear it from its node);
 * a moved one is rounded to the 7-decimal grid, so two roads' shared end rounds alike.
 */
export function toSavedLonLat(edited: XY[], loaded: XY[], loadedLonLat: [number, number][], toLonLat: (xy: XY) => number[]): [number, number][] {
  return edited.map((p) => {
    const i = loaded.findIndex((q) => same(p, q));
    return i >= 0 ? loadedLonLat[i] : toLonLat(p).map(roundDegrees) as [number, number];
  });
}
