import {describe, expect, it} from 'vitest';
import {fallbackLine, ownerRows, type PrintAssignment} from './ownerRows';
import {pageRule, paperMillimetres, parsePaper} from './paper';

const person = (role: string, name: string, isPrimary: boolean, phone: string | null = null): PrintAssignment => ({
  role, isPrimary, validFrom: '2026-01-01T00:00:00+08:00', targetName: '锦绣社区', ownerName: name, ownerPhone: phone,
  owner: {__typename: 'Person', title: '副镇长', unit: {name: '桑溪镇人民政府'}},
});

describe('ownerRows', () => {
  it('lists leaders first and the 责任主体 first within a role, with post and phone', () => {
    const rows = ownerRows([
      person('GRID_WORKER', '网格员甲', false, '13900000001'),
      person('VILLAGE_CADRE', '村干部乙', false),
      person('LEADER', '领导丙', false),
      person('VILLAGE_CADRE', '村干部丁', true, '13900000002'),
    ]);
    expect(rows.map((r) => `${r.role}:${r.name}:${r.primary ? '主' : ''}`))
      .toEqual(['联片领导:领导丙:', '村干部:村干部丁:主', '村干部:村干部乙:', '网格员:网格员甲:']);
    expect(rows[1]).toMatchObject({post: '桑溪镇人民政府 副镇长', phone: '13900000002'});
    expect(rows[2].phone).toBe('');
  });

  it('shows a unit without a post', () => {
    const unit: PrintAssignment = {...person('RESPONSIBLE_UNIT', '桑溪镇环卫所', true), owner: {__typename: 'Unit', kind: 'department'}};
    expect(ownerRows([unit])[0]).toMatchObject({role: '责任单位', post: ''});
  });
});

describe('fallbackLine', () => {
  it("names the zone's own 责任主体, or the ancestor it falls back to", () => {
    expect(fallbackLine(person('VILLAGE_CADRE', '村干部丁', true, '139'), '锦绣社区')).toBe('属地兜底：村干部丁（村干部），电话 139');
    expect(fallbackLine({...person('LEADER', '领导丙', true), targetName: '镇区片区'}, '锦绣社区第一网格'))
      .toBe('属地兜底：领导丙（联片领导，由上级“镇区片区”兜底）');
  });

  it('says what to do when nobody answers for the zone', () => {
    expect(fallbackLine(null, '锦绣社区')).toMatch(/未落实.*请在包联管理中指定/);
  });
});

describe('paper', () => {
  it('sizes the sheet and writes the @page rule', () => {
    expect(paperMillimetres(parsePaper('A4-portrait'))).toEqual([210, 297]);
    expect(paperMillimetres(parsePaper('A3-landscape'))).toEqual([420, 297]);
    expect(pageRule(parsePaper('A3-landscape'))).toBe('@page { size: A3 landscape; margin: 0; }');
  });

  it('falls back to A4 portrait for an unknown choice', () => {
    expect(parsePaper('Letter-sideways')).toEqual({size: 'A4', orientation: 'portrait'});
    expect(parsePaper(null)).toEqual({size: 'A4', orientation: 'portrait'});
  });
});
