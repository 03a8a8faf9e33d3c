import {describe, expect, it} from 'vitest';
import {asOfQuery, endOfDay, todayInBeijing, versionProps, type ZoneVersionRow} from './asOf';

const version = (owners: ZoneVersionRow['owners']): ZoneVersionRow => ({
  zoneId: '7', code: '330522125000005', name: '城东片区', level: 'AREA', status: 'PUBLISHED', version: 2,
  boundary: {geojson: {type: 'MultiPolygon', coordinates: []}}, owners,
});

describe('the zones as they were on a day', () => {
  it('stands for the last second of the day in Beijing time', () => {
    expect(endOfDay('2026-03-01')).toBe('2026-03-01T23:59:59+08:00');
    expect(() => endOfDay('2026-3-1')).toThrow('不是日期');
  });

  it('knows today in Beijing even when the UTC date is still yesterday', () => {
    expect(todayInBeijing(new Date('2026-03-01T17:30:00Z'))).toBe('2026-03-02');
  });

  it('asks every readable township in one document, keeping only digits of a code', () => {
    const q = asOfQuery(['330522125000', '3305"22']);
    expect(q).toContain('t0: zonesAsOf(townshipCode: "330522125000", at: $at)');
    expect(q).toContain('t1: zonesAsOf(townshipCode: "330522", at: $at)');
  });

  it('colours a version by its primary owner with the properties the live tiles carry', () => {
    const props = versionProps(version([
      {ownerName: '王五', isPrimary: false, owner: {__typename: 'Unit', id: '3'}},
      {ownerName: '李四', isPrimary: true, owner: {__typename: 'Person', id: '8'}},
    ]));
    expect(props).toMatchObject({level: 'area', status: 'published', owner_id: '8', owner_kind: 'person', owner_name: '李四'});
  });

  it('leaves a version with nobody in force unowned', () => {
    expect(versionProps(version([]))).toMatchObject({owner_id: null, owner_kind: null, owner_name: null});
  });
});
