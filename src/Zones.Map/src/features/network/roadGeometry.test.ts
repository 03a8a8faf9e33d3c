import {describe, expect, it} from 'vitest';
import {followJunctions, rotate, rotationPivot, toSavedLonLat, type EditRoad} from './roadGeometry';
import type {XY} from './snapToRoad';

const road = (id: string, startNode: string, endNode: string, coordinates: XY[]): EditRoad => ({id, startNode, endNode, coordinates});

describe('a road edit at a junction', () => {
  const main = road('1', 'a', 'j', [[0, 0], [100, 0]]);
  const north = road('2', 'j', 'b', [[100, 0], [100, 100]]);
  const south = road('3', 'c', 'j', [[100, -100], [100, 0]]);
  const far = road('4', 'b', 'd', [[100, 100], [200, 100]]);

  it('moves the matching end of every road that meets at the moved end, and no other road', () => {
    const moved = followJunctions(main, main.coordinates, [[0, 0], [110, 5]], [main, north, south, far]);
    expect(moved.map((r) => [r.id, r.coordinates])).toEqual([['2', [[110, 5], [100, 100]]], ['3', [[100, -100], [110, 5]]]]);
  });

  it('leaves the others alone when only an inner vertex moved', () => {
    expect(followJunctions(main, [[0, 0], [50, 0], [100, 0]], [[0, 0], [50, 9], [100, 0]], [north, south])).toEqual([]);
  });
});

describe('turning a road', () => {
  const joinedAt = (...nodes: string[]) => (n: string | null) => n !== null && nodes.includes(n);
  const spur = road('1', 'j', 'free', [[0, 0], [100, 0]]);

  it('swings a dead-end road about its junction end, which stays exactly put', () => {
    const pivot = rotationPivot(spur, joinedAt('j'))!;
    const turned = rotate(spur.coordinates, pivot, 90);
    expect(turned[0]).toBe(spur.coordinates[0]);
    expect(turned[1][0]).toBeCloseTo(0, 9);
    expect(turned[1][1]).toBeCloseTo(100, 9);
  });

  it('turns a road that meets nothing about its middle, and refuses one tied at both ends', () => {
    expect(rotationPivot(spur, joinedAt())).toEqual([50, 0]);
    expect(rotationPivot(spur, joinedAt('j', 'free'))).toBeNull();
  });
});

describe('the lon/lat saved', () => {
  it('sends untouched vertices back as loaded and rounds moved ones to 7 decimals', () => {
    const loaded: XY[] = [[1, 1], [2, 2]];
    const lonLat: [number, number][] = [[120.123456789012, 30.1], [120.2, 30.2]];
    expect(toSavedLonLat([[1, 1], [3, 3]], loaded, lonLat, ([x, y]) => [x + 120.000000012345, y + 30])).toEqual([[120.123456789012, 30.1], [123.0000000, 33]]);
  });
});
