import {describe, expect, it} from 'vitest';
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
