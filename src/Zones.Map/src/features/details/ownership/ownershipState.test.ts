import {describe, expect, it} from 'vitest';
import {type AssignmentRow, defaultRole, filterCandidates, handoverNote, historyLine, periodText, splitAssignments, toCandidates} from './ownershipState';

const row = (id: string, ownerName: string, isPrimary: boolean, validFrom: string, validTo: string | null): AssignmentRow =>
  ({id, role: 'LEADER', isPrimary, validFrom, validTo, ownerName, owner: {__typename: 'Person', id, name: ownerName}});
const now = new Date('2026-12-07T02:00:00Z');

describe('ownership state', () => {
  it('splits the history: running now with the primary first, later ones, ended newest first', () => {
    const rows = [
      row('1', '甲', false, '2026-01-01T00:00:00Z', null),
      row('2', '乙', true, '2026-03-01T00:00:00Z', null),
      row('3', '丙', true, '2025-01-01T00:00:00Z', '2026-03-01T00:00:00Z'),
      row('4', '丁', true, '2024-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
      row('5', '戊', false, '2027-01-01T00:00:00Z', null),
    ];
    const {current, upcoming, past} = splitAssignments(rows, now);
    expect(current.map((a) => a.ownerName)).toEqual(['乙', '甲']);
    expect(upcoming.map((a) => a.ownerName)).toEqual(['戊']);
    expect(past.map((a) => a.ownerName)).toEqual(['丙', '丁']);
  });

  it('after a handover the old primary is history and the new one current', () => {
    const at = '2026-12-07T01:59:00Z';
    const {current, past} = splitAssignments([row('1', '甲', true, '2026-01-01T00:00:00Z', at), row('2', '乙', true, at, null)], now);
    expect(current.map((a) => a.ownerName)).toEqual(['乙']);
    expect(historyLine(past[0])).toBe('甲 · 领导联片 · 主责 · 2026-01-01 至 2026-12-07');
  });

  it('an ended assignment leaves nothing current', () => {
    const {current, past} = splitAssignments([row('1', '甲', true, '2026-01-01T00:00:00Z', '2026-12-07T01:00:00Z')], now);
    expect(current).toEqual([]);
    expect(past).toHaveLength(1);
  });

  it('periods are China dates; an open one runs 至今', () => {
    expect(periodText({validFrom: '2026-02-28T16:00:00Z', validTo: null})).toBe('2026-03-01 至今');
  });

  it('a primary assignment over a current primary is announced as a handover', () => {
    const current = [row('1', '甲', true, '2026-01-01T00:00:00Z', null)];
    expect(handoverNote(current, true, '乙')).toBe('交接：“甲”的责任主体将在“乙”开始时结束。');
    expect(handoverNote(current, false, '乙')).toBeNull();
    expect(handoverNote([], true, '乙')).toBeNull();
  });

  it('the default role follows the target and the owner', () => {
    expect(defaultRole('ZONE', 'person')).toBe('LEADER');
    expect(defaultRole('ZONE', 'unit')).toBe('RESPONSIBLE_UNIT');
    expect(defaultRole('ROAD', 'unit')).toBe('DEPARTMENT');
    expect(defaultRole('SHOP', 'person')).toBe('CADRE');
  });

  it('people and units are one list, searchable by name, unit or code', () => {
    const list = toCandidates({
      people: [{id: '1', code: 'P001', name: '孙学军', title: '副镇长', unit: {name: '桑溪镇人民政府'}}, {id: '2', code: 'P002', name: '田建国', title: null, unit: null}],
      units: [{id: '9', code: 'U004', name: '长兴亮源照明工程有限公司', kind: 'company'}],
    });
    expect(list.map((c) => c.kind)).toEqual(['person', 'person', 'unit']);
    expect(filterCandidates(list, '镇人民').map((c) => c.name)).toEqual(['孙学军']);
    expect(filterCandidates(list, 'u004').map((c) => c.id)).toEqual(['9']);
    expect(filterCandidates(list, '')).toHaveLength(3);
  });
});
