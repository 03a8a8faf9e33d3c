import {describe, expect, it} from 'vitest';
import {clampLonLat, DEFAULT_HEAT_FILTERS, heatmapVariables, heatPeriodLine} from './heatmapQuery';

const now = new Date('2026-11-20T01:00:00Z');
const bbox = [119.7712345678, 30.99, 119.87, 31.07];

describe('heatmapVariables', () => {
  it('asks for all open cases in the view by default, with no date and unset filters left out', () => {
    expect(heatmapVariables(DEFAULT_HEAT_FILTERS, bbox, 200, now)).toEqual({input: {
      bbox: {minLon: 119.771235, minLat: 30.99, maxLon: 119.87, maxLat: 31.07},
      cellSizeM: 200, grid: 'SQUARE', weight: 'COUNT',
      allOpen: true,
    }});
  });

  it('maps 近30天 and 近90天 to a start that many days back, without allOpen', () => {
    const days30 = heatmapVariables({...DEFAULT_HEAT_FILTERS, range: '30d'}, bbox, 200, now).input;
    expect(days30).toMatchObject({from: '2026-10-21T01:00:00.000Z'});
    expect(days30).not.toHaveProperty('allOpen');
    expect(heatmapVariables({...DEFAULT_HEAT_FILTERS, range: '90d'}, bbox, 200, now).input.from).toBe('2026-08-22T01:00:00.000Z');
  });

  it('passes chosen category, stage and source as one-element lists', () => {
    const {input} = heatmapVariables({categoryCodes: ['0102'], stages: ['DISPOSING'], sources: ['HOTLINE_12345'], range: 'open'}, bbox, 50, now);
    expect(input).toMatchObject({categoryCodes: ['0102'], stages: ['DISPOSING'], sources: ['HOTLINE_12345'], cellSizeM: 50, allOpen: true});
  });
});

describe('heatPeriodLine', () => {
  it('says all open cases agree with the case list', () => {
    const line = heatPeriodLine({kind: 'ALL_OPEN', from: null, to: null, description: '所有未办结案卷（不限上报时间，含挂账）'});
    expect(line).toBe('统计范围：所有未办结案卷（不限上报时间，含挂账），与案卷列表的未办结数一致');
  });

  it('says a period leaves older open cases out and how to see them', () => {
    const line = heatPeriodLine({kind: 'CHOSEN', from: '2026-08-22T01:00:00Z', to: null, description: '2026-08-22 09:00 起上报的案卷'});
    expect(line).toBe('统计时段：2026-08-22 09:00 起上报的案卷；更早上报的未办结案卷不计入，时间选「所有未办结案卷」可全部显示');
  });
});

describe('clampLonLat', () => {
  it('keeps a zoomed-out view inside the valid range', () => {
    expect(clampLonLat([-200, -89, 190, 88])).toEqual([-180, -85, 180, 85]);
  });
});
