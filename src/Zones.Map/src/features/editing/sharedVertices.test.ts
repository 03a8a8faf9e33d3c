import {describe, expect, it} from 'vitest';
import type {Coords} from './commandStack';
import {brokenShares, changedZoneIds, sharedVertices} from './sharedVertices';

// Two unit squares side by side sharing the edge (1,0)–(1,1); C touches B only at (2,1).
const a: Coords = [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]];
const b: Coords = [[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]]];
const c: Coords = [[[[2, 1], [3, 1], [3, 2], [2, 1]]]]; // a multipolygon
// The shared vertex (1,1) dragged to (1.5,1.2) in both squares.
const aMoved: Coords = [[[0, 0], [1, 0], [1.5, 1.2], [0, 1], [0, 0]]];
const bMoved: Coords = [[[1, 0], [2, 0], [2, 1], [1.5, 1.2], [1, 0]]];

describe('sharedVertices', () => {
  it('maps each vertex of two or more zones to those zones', () => {
    const shared = sharedVertices(new Map<string, Coords>([['A', a], ['B', b], ['C', c]]));
    expect([...shared.keys()].sort()).toEqual(['1,0', '1,1', '2,1']);
    expect([...shared.get('1,1')!]).toEqual(['A', 'B']);
    expect([...shared.get('2,1')!]).toEqual(['B', 'C']);
  });
});

describe('brokenShares', () => {
  it('is empty when a shared vertex moved in both zones', () => {
    const before = new Map([['A', a], ['B', b]]);
    expect(brokenShares(before, new Map([['A', aMoved], ['B', bMoved]]))).toEqual([]);
  });

  it('names the vertex moved in one zone but kept in the other', () => {
    const before = new Map([['A', a], ['B', b]]);
    expect(brokenShares(before, new Map([['A', aMoved], ['B', b]]))).toEqual([{vertex: [1, 1], movedIn: 'A', keptIn: 'B'}]);
  });
});

describe('changedZoneIds', () => {
  it('lists the zones whose geometry differs from the loaded one', () => {
    const loaded = new Map<string, Coords>([['A', a], ['B', b], ['C', c]]);
    expect(changedZoneIds(loaded, new Map<string, Coords>([['A', aMoved], ['B', bMoved], ['C', c]]))).toEqual(['A', 'B']);
  });
});
