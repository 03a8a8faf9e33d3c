import {describe, expect, it} from 'vitest';
import {ALL_TIME_FROM, clampLonLat, DEFAULT_HEAT_FILTERS, heatmapVariables} from './heatmapQuery';

const now = new Date('2026-11-20T01:00:00Z');
const bbox = [119.7712345678, 30.99, 119.87, 31.07];

describe('heatmapVariables', () => {
  it('sends the view, cell size and "since 90 days" by default, leaving unset filters out', () => {
    expect(heatmapVariables(DEFAULT_HEAT_FILTERS, bbox, 200, now)).toEqual({input: {
      bbox: {minLon: 119.771235, minLat: 30.99, maxLon: 119.87, maxLat: 31.07},
      cellSizeM: 200, grid: 'SQUARE', weight: 'COUNT',
      from: '2026-08-22T01:00:00.000Z',
    }});
  });

  it('maps 近30天 to 30 days back and 全部 to an early start (no date would mean the default 30 days)', () => {
    expect(heatmapVariables({...DEFAULT_HEAT_FILTERS, range: '30d'}, bbox, 200, now).input.from).toBe('2026-10-21T01:00:00.000Z');
    expect(heatmapVariables({...DEFAULT_HEAT_FILTERS, range: 'all'}, bbox, 200, now).input.from).toBe(ALL_TIME_FROM);
  });

  it('passes chosen category, stage and source as one-element lists', () => {
    const {input} = heatmapVariables({categoryCodes: ['0102'], stages: ['DISPOSING'], sources: ['HOTLINE_12345'], range: 'all'}, bbox, 50, now);
    expect(input).toMatchObject({categoryCodes: ['0102'], stages: ['DISPOSING'], sources: ['HOTLINE_12345'], cellSizeM: 50});
  });
});

describe('clampLonLat', () => {
  it('keeps a zoomed-out view inside the valid range', () => {
    expect(clampLonLat([-200, -89, 190, 88])).toEqual([-180, -85, 180, 85]);
  });
});
