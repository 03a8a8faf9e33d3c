import {describe, expect, it} from 'vitest';
import {ASSETS_TABLE, type AssetRow} from './areaTables';
import {countBy} from './countBy';
import {encodeCsv} from './csv';

const asset = (kind: string, status: string): AssetRow => ({
  identifier: `A-${kind}`, kind, subtype: 'SORTING', name: null, status, statusSince: '2026-11-01T08:00:00+08:00',
  maintainer: {name: '桑溪镇环卫所'}, road: null, location: {geojson: {type: 'Point', coordinates: [119.81, 31.03]}},
});

describe('countBy', () => {
  it('counts rows per Chinese label, most first', () => {
    const rows = [asset('BIN', 'GOOD'), asset('STREETLIGHT', 'UNLIT'), asset('BIN', 'DAMAGED'), asset('BIN', 'GOOD')];
    const [byKind, byStatus] = ASSETS_TABLE.breakdowns;
    expect(countBy(rows, byKind.key)).toEqual([{label: '垃圾箱', count: 3}, {label: '路灯', count: 1}]);
    expect(countBy(rows, byStatus.key).map((c) => `${c.label}${c.count}`)).toEqual(['完好2', '不亮1', '损坏1']);
  });

  it('is empty for no rows', () => {
    expect(countBy([], String)).toEqual([]);
  });
});

describe('asset CSV', () => {
  it('has Chinese headers and labels, Beijing time and lon/lat columns', () => {
    const csv = encodeCsv(ASSETS_TABLE.columns, [asset('BIN', 'UNLIT')]);
    expect(csv).toBe('\uFEFF标识码,类型,子类,名称,状态,状态时间,管护单位,所在道路,经度,纬度\r\n' +
      'A-BIN,垃圾箱,SORTING,,不亮,2026-11-01 08:00,桑溪镇环卫所,,119.81,31.03\r\n');
  });
});
