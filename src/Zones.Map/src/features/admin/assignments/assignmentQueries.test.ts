import {describe, expect, test} from 'vitest';
import {type AssignmentRow, handoverInput, ownerInput, tableVariables} from './assignmentQueries';

const row: AssignmentRow = {
  id: '40', role: 'LEADER', isPrimary: true, validFrom: '2025-01-01T00:00:00Z', validTo: null, note: null,
  targetKind: 'ZONE', targetId: '12', targetName: '施家村', ownerName: '王芳', ownerPhone: null, owner: {__typename: 'Person', id: '7'},
};

describe('包联表', () => {
  test('the table query leaves out blank filters and asks 100 rows', () => {
    expect(tableVariables('330522125000', {targetKind: '', targetSearch: ' ', ownerSearch: '', activeOnly: true}))
      .toEqual({townshipCode: '330522125000', activeOnly: true, first: 100});
  });

  test('filters by target kind, target and owner, and pages with the cursor', () => {
    expect(tableVariables('t', {targetKind: 'ROAD', targetSearch: ' 环镇路 ', ownerSearch: '王', activeOnly: false}, 'c100'))
      .toEqual({townshipCode: 't', activeOnly: false, first: 100, targetKind: 'ROAD', targetSearch: '环镇路', ownerSearch: '王', after: 'c100'});
  });

  test('the owner picker value becomes a oneOf owner input', () => {
    expect(ownerInput('p:7')).toEqual({personId: '7'});
    expect(ownerInput('u:3')).toEqual({unitId: '3'});
    expect(ownerInput('')).toBeNull();
  });

  test('a handover is assignOwner of the same target and role as the primary', () => {
    expect(handoverInput(row, 'p:9', ' 工作调动 ')).toEqual({targetKind: 'ZONE', targetId: '12', owner: {personId: '9'}, role: 'LEADER', isPrimary: true, note: '工作调动'});
    expect(handoverInput(row, '', '')).toBeNull();
  });
});
