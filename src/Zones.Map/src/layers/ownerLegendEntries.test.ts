import {describe, expect, it} from 'vitest';
import {UNOWNED_COLOR, ownerColor} from './ownerColors';
import {buildOwnerLegend, sameLegend} from './ownerLegendEntries';

function zone(id: number, level: string, owner?: [number, 'person' | 'unit', string]) {
  const p: Record<string, unknown> = {id, level};
  if (owner) Object.assign(p, {owner_id: owner[0], owner_kind: owner[1], owner_name: owner[2]});
  return {get: (k: string) => p[k], getId: () => id};
}

describe('buildOwnerLegend', () => {
  it('lists each owner once with the number of their zones, by Chinese name', () => {
    const rows = buildOwnerLegend([
      zone(1, 'village', [5, 'person', '张伟']),
      zone(2, 'village', [6, 'person', '李娜']),
      zone(3, 'village', [5, 'person', '张伟']),
    ], 'village');
    expect(rows.map((r) => [r.name, r.zones])).toEqual([['李娜', 1], ['张伟', 2]]);
    expect(rows[1].color).toBe(ownerColor({id: '5', kind: 'person'}));
  });

  it('counts a zone cut by tile edges once', () => {
    const rows = buildOwnerLegend([zone(1, 'village', [5, 'person', '张伟']), zone(1, 'village', [5, 'person', '张伟'])], 'village');
    expect(rows).toHaveLength(1);
    expect(rows[0].zones).toBe(1);
  });

  it('adds the unowned zones as a grey last row', () => {
    const rows = buildOwnerLegend([zone(1, 'village'), zone(2, 'village', [1, 'unit', '城建办']), zone(3, 'village')], 'village');
    expect(rows.at(-1)).toEqual({key: '', name: '', kind: null, color: UNOWNED_COLOR, zones: 2});
  });

  it('only counts zones of the coloured level', () => {
    expect(buildOwnerLegend([zone(1, 'area', [1, 'person', '王强']), zone(2, 'group')], 'village')).toEqual([]);
  });
});

describe('sameLegend', () => {
  it('notices a changed zone count', () => {
    const a = buildOwnerLegend([zone(1, 'village', [5, 'person', '张伟'])], 'village');
    const b = buildOwnerLegend([zone(1, 'village', [5, 'person', '张伟']), zone(2, 'village', [5, 'person', '张伟'])], 'village');
    expect(sameLegend(a, a)).toBe(true);
    expect(sameLegend(a, b)).toBe(false);
  });
});
