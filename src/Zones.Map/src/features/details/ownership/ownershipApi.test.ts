import {describe, expect, it} from 'vitest';
import {assignVariables, dayStart, endVariables, today} from './ownershipApi';

const target = {kind: 'ZONE' as const, id: '22', name: '施家村', townshipCode: '330522125000'};
const now = new Date('2026-12-07T01:30:00Z'); // 09:30 in China

describe('ownership mutation variables', () => {
  it('a person as primary owner from today starts now (the server default)', () => {
    expect(assignVariables(target, {owner: {kind: 'person', id: '7'}, role: 'LEADER', isPrimary: true, validFrom: '2026-12-07'}, now)).toEqual({
      input: {targetKind: 'ZONE', targetId: '22', owner: {personId: '7'}, role: 'LEADER', isPrimary: true},
    });
  });

  it('a unit assisting from another day starts at that day\'s midnight in China, with the note', () => {
    const v = assignVariables({...target, kind: 'ROAD'}, {owner: {kind: 'unit', id: '3'}, role: 'DEPARTMENT', isPrimary: false, validFrom: '2026-11-01', note: ' 补录 '}, now);
    expect(v.input).toEqual({targetKind: 'ROAD', targetId: '22', owner: {unitId: '3'}, role: 'DEPARTMENT', isPrimary: false,
      validFrom: '2026-11-01T00:00:00+08:00', note: '补录'});
  });

  it('ending is now unless another day is given', () => {
    expect(endVariables('41', undefined, now)).toEqual({input: {id: '41'}});
    expect(endVariables('41', '2026-12-07', now)).toEqual({input: {id: '41'}});
    expect(endVariables('41', '2026-12-31', now)).toEqual({input: {id: '41', at: dayStart('2026-12-31')}});
  });

  it('today is the date in China, not in UTC', () => {
    expect(today(new Date('2026-12-06T17:00:00Z'))).toBe('2026-12-07');
  });
});
