import {describe, expect, it} from 'vitest';
import {heatCellSize, heatColor} from './heatRamp';

describe('heatColor', () => {
  it('runs from light yellow to dark red with rising alpha', () => {
    expect(heatColor(0)).toBe('rgba(255,237,160,0.5)');
    expect(heatColor(1)).toBe('rgba(165,0,38,0.85)');
  });

  it('passes through the middle stops exactly', () => {
    expect(heatColor(0.35)).toBe('rgba(254,178,76,0.65)');
    expect(heatColor(0.7)).toBe('rgba(240,59,32,0.75)');
  });

  it('interpolates in between: a quarter of the way from 0 to 0.35', () => {
    // 255 + (254-255)/4 = 254.75 → 255; 237 + (178-237)/4 = 222.25 → 222; 160 + (76-160)/4 = 139; 0.5 + 0.15/4 = 0.5375 → 0.54.
    expect(heatColor(0.0875)).toBe('rgba(255,222,139,0.54)');
  });

  it('clamps out-of-range and missing intensities', () => {
    expect(heatColor(7)).toBe(heatColor(1));
    expect(heatColor(-1)).toBe(heatColor(0));
    expect(heatColor(Number.NaN)).toBe(heatColor(0));
  });
});

describe('heatCellSize', () => {
  it('takes the next 1-2-5 step above 24 px of ground', () => {
    expect(heatCellSize(4)).toBe(100); // 96 m
    expect(heatCellSize(10)).toBe(500); // 240 m
  });

  it('stays within the API range 20..5000 m', () => {
    expect(heatCellSize(0.1)).toBe(20);
    expect(heatCellSize(10_000)).toBe(5000);
  });
});
