import {describe, expect, it} from 'vitest';
import {nearestOnSegment, snapToRoad} from './snapToRoad';
import {suggestedCode} from './townshipAt';

const roads = [
  {id: 'east-west', coordinates: [[0, 0], [100, 0]] as [number, number][]},
  {id: 'north-south', coordinates: [[50, 20], [50, 100]] as [number, number][]},
];

describe('snapping a new asset to a road', () => {
  it('lands on the nearest point of the nearest road within the tolerance', () => {
    expect(snapToRoad([30, 10], roads, 15)).toEqual({point: [30, 0], roadId: 'east-west'});
    expect(snapToRoad([58, 60], roads, 15)).toEqual({point: [50, 60], roadId: 'north-south'});
  });

  it('stays where clicked, on no road, beyond the tolerance', () => {
    expect(snapToRoad([30, 16], roads, 15)).toEqual({point: [30, 16], roadId: null});
  });

  it('past a line\'s end it snaps to the end vertex', () => {
    expect(nearestOnSegment([110, 5], [0, 0], [100, 0])).toEqual([100, 0]);
    expect(nearestOnSegment([5, 5], [1, 1], [1, 1])).toEqual([1, 1]);
  });

  it('suggests codes from the time in China', () => {
    expect(suggestedCode('R', new Date('2026-12-07T01:30:15Z'))).toBe('R261207093015');
  });
});
