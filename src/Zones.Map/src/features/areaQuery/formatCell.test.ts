import {describe, expect, it} from 'vitest';
import {ASSET_STATUS_LABELS} from '../../i18n/enumLabels';
import {enumLabel, formatDateTime, pointLonLat} from './formatCell';

describe('formatCell', () => {
  it('writes times in Beijing time whatever offset the server used', () => {
    expect(formatDateTime('2026-11-20T09:05:00+08:00')).toBe('2026-11-20 09:05');
    expect(formatDateTime('2026-11-19T16:30:00Z')).toBe('2026-11-20 00:30');
    expect(formatDateTime(null)).toBe('');
  });

  it('labels UPPER_SNAKE enum values with the lower-case wire tables', () => {
    expect(enumLabel(ASSET_STATUS_LABELS, 'UNLIT')).toBe('不亮');
    expect(enumLabel(ASSET_STATUS_LABELS, 'MELTED')).toBe('未知（melted）');
  });

  it('reads lon/lat of a point only', () => {
    expect(pointLonLat({type: 'Point', coordinates: [119.8, 31.03]})).toEqual([119.8, 31.03]);
    expect(pointLonLat({type: 'LineString', coordinates: [[0, 0]]})).toEqual([null, null]);
  });
});
