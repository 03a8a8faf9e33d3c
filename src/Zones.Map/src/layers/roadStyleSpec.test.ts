import {describe, expect, it} from 'vitest';
import {ROAD_CLASS_STYLES, UNKNOWN_ROAD_STYLE, roadClassStyle} from './roadStyleSpec';

describe('roadClassStyle', () => {
  it('draws higher road classes wider', () => {
    const order = ['highway', 'arterial', 'secondary', 'branch', 'village'] as const;
    const widths = order.map((c) => ROAD_CLASS_STYLES[c].width);
    expect([...widths].sort((a, b) => b - a)).toEqual(widths);
    expect(new Set(widths).size).toBe(widths.length);
  });

  it('dashes only village roads', () => {
    expect(roadClassStyle('village').lineDash).toBeDefined();
    expect(roadClassStyle('arterial').lineDash).toBeUndefined();
  });

  it('falls back for an unknown class', () => {
    expect(roadClassStyle('motorway')).toBe(UNKNOWN_ROAD_STYLE);
    expect(roadClassStyle(undefined)).toBe(UNKNOWN_ROAD_STYLE);
  });
});
