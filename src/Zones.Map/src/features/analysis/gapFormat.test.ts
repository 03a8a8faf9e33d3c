import {describe, expect, it} from 'vitest';
import {formatArea, formatLength, gapListLines, gapListQuery, type GapItem} from './gapFormat';

const gap = (over: Partial<GapItem>): GapItem => ({
  kind: 'UNCOVERED_LAND', label: '未划入片区的土地', description: '东部片区有一块土地未划入任何村', areaM2: 30242, lengthM: null,
  lightsNeeded: null, geometry: {geojson: null}, zone: {name: '东部片区'}, owner: {ownerName: '田建国'}, ...over,
});

describe('formatArea / formatLength', () => {
  it('speaks in 平方米, 万平方米 and 平方公里', () => {
    expect(formatArea(850.4)).toBe('850 平方米');
    expect(formatArea(30242)).toBe('3.02 万平方米');
    expect(formatArea(2_500_000)).toBe('2.50 平方公里');
  });

  it('speaks in 米 and 公里', () => {
    expect(formatLength(739.2)).toBe('739 米');
    expect(formatLength(1234)).toBe('1.2 公里');
  });
});

describe('gapListLines', () => {
  it('puts the sentence first, then size, zone and owner', () => {
    expect(gapListLines(gap({}))).toEqual({title: '东部片区有一块土地未划入任何村', detail: '3.02 万平方米 · 所在片区：东部片区 · 责任人：田建国'});
  });

  it('does not repeat a size the sentence already has', () => {
    const lines = gapListLines(gap({kind: 'UNLIT_ROAD', description: '河埠路 739 米无路灯，需增设 27 盏', areaM2: null, lengthM: 739, owner: null}));
    expect(lines.detail).toBe('所在片区：东部片区');
  });

  it('says which distance a reach gap used, unless its sentence already does', () => {
    const reach = gap({kind: 'TOILET_REACH', description: '锦绣社区有 1.03 万平方米在公厕服务范围外', method: 'NETWORK', owner: null});
    expect(gapListLines(reach).detail).toBe('按步行距离 · 所在片区：东部片区');
    expect(gapListLines({...reach, description: '锦绣社区 1 户在公厕 300 米外（按直线距离）', method: 'STRAIGHT_LINE'}).detail).toBe('所在片区：东部片区');
  });

  it('asks the method only for the reach kinds', () => {
    expect(gapListQuery('TOILET_REACH')).toMatch(/\bmethod\b/);
    expect(gapListQuery('COLLECTION_POINT_REACH')).toMatch(/\bmethod\b/);
    expect(gapListQuery('UNLIT_ROAD')).not.toMatch(/\bmethod\b/);
  });

  it('falls back to the kind label when the sentence is empty', () => {
    expect(gapListLines(gap({description: '', zone: null, owner: null, areaM2: null})).title).toBe('未划入片区的土地');
  });
});
