import {describe, expect, it} from 'vitest';
import {GAP_KIND_COLORS} from './gapStyleSpec';
import {REACH_KIND_COLORS, reachStyleSpec} from './reachStyleSpec';

describe('reachStyleSpec', () => {
  it('draws walking reach with a solid edge and the straight-line circle dashed', () => {
    expect(reachStyleSpec('TOILET', 'NETWORK').lineDash).toBeNull();
    expect(reachStyleSpec('toilet', 'STRAIGHT_LINE').lineDash).toEqual([6, 4]);
  });

  it('tints toilets and collection points apart, translucent, never in a gap colour', () => {
    const toilet = reachStyleSpec('TOILET', 'NETWORK');
    const point = reachStyleSpec('COLLECTION_POINT', 'NETWORK');
    expect(toilet.stroke).not.toBe(point.stroke);
    expect(toilet.fill).toMatch(/^rgba\(.+,0\.16\)$/);
    for (const color of Object.values(REACH_KIND_COLORS)) expect(Object.values(GAP_KIND_COLORS)).not.toContain(color);
  });
});
