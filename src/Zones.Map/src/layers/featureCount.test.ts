import {describe, expect, it} from 'vitest';
import {countFeatures} from './featureCount';

function f(props: Record<string, unknown>, id?: number, xy?: [number, number]) {
  return {get: (k: string) => props[k], getId: () => id, getGeometry: () => (xy ? {getFlatCoordinates: () => xy} : null)};
}

describe('countFeatures', () => {
  it('counts a road cut into three tiles once', () => {
    expect(countFeatures([f({}, 7), f({}, 7), f({}, 7), f({}, 8)])).toBe(2);
  });

  it('adds up cluster counts, a cluster repeated in a neighbour tile buffer once', () => {
    const a = f({cluster: true, count: 120}, 1, [100, 200]);
    const b = f({cluster: true, count: 30}, 1, [900, 200]);
    expect(countFeatures([a, b, f({cluster: true, count: 120}, 5, [100, 200])])).toBe(150);
  });

  it('counts features without id or position one each', () => {
    expect(countFeatures([f({}), f({})])).toBe(2);
  });
});
