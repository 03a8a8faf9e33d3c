import {describe, expect, it} from 'vitest';
import {overduePage} from './overduePages';
import {dayOf, overdueCases} from './overdueQuery';

const node = (id: string, geojson: object) => ({node: {id, caseNumber: `E0102${id}`, categoryName: '暴露垃圾', stage: 'DISPOSING',
  deadline: '2026-11-18T17:00:00+08:00', address: null, location: {geojson}}});

describe('overdueCases', () => {
  it('keeps the cases with a point and their lon/lat', () => {
    const cases = overdueCases({complaints: {totalCount: 2, edges: [
      node('1', {type: 'Point', coordinates: [119.807722, 31.0327959]}),
      node('2', {type: 'LineString', coordinates: [[0, 0], [1, 1]]}),
    ]}});
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({id: '1', caseNumber: 'E01021', lonLat: [119.807722, 31.0327959]});
  });
});

describe('dayOf', () => {
  it('takes the date in the server offset, not the browser one', () => {
    expect(dayOf('2026-11-18T23:30:00+08:00')).toBe('2026-11-18');
    expect(dayOf(null)).toBe('—');
  });
});

describe('overduePage', () => {
  it('pages ten at a time and counts against the total (issue #13: 20 of 24 with no way on)', () => {
    expect(overduePage(0, 24, 24)).toEqual({page: 0, start: 0, end: 10, label: '第 1–10 条，共 24 条', hasPrevious: false, hasNext: true});
    expect(overduePage(2, 24, 24)).toMatchObject({start: 20, end: 24, label: '第 21–24 条，共 24 条', hasNext: false, hasPrevious: true});
    expect(overduePage(9, 24, 24).page).toBe(2);
  });

  it('says when the map loaded fewer cases than there are, and nothing without cases', () => {
    expect(overduePage(1, 20, 350, 10).label).toBe('第 11–20 条，共 350 条（列表只含最急的 20 条）');
    expect(overduePage(0, 0, 0)).toMatchObject({label: '', hasNext: false, hasPrevious: false});
  });
});
