import {describe, expect, test} from 'vitest';
import {matches, personInput, phoneProblem, unitInput, unitKindLabel} from './peopleQueries';

const person = {id: '7', code: 'P007', name: '王芳', title: '副镇长', phone: '0572-6011001', unit: {id: '2', name: '桑溪镇人民政府'}};

describe('people and units', () => {
  test('search finds a person by any word of name, code, title, phone or unit', () => {
    expect(matches(person, '王芳')).toBe(true);
    expect(matches(person, 'p007')).toBe(true);
    expect(matches(person, '副镇长 人民政府')).toBe(true);
    expect(matches(person, '6011001')).toBe(true);
    expect(matches(person, '李')).toBe(false);
    expect(matches({id: '1', code: 'U01', name: '施家村村委会', kind: 'village_committee', phone: null}, '村委会')).toBe(true);
  });

  test('a phone follows the database rule; empty is fine', () => {
    expect(phoneProblem('')).toBeNull();
    expect(phoneProblem('(0572) 601-1001')).toBeNull();
    expect(phoneProblem('电话')).toContain('5–24 位');
  });

  test('createPerson takes the township; updatePerson the id and clears emptied fields', () => {
    const form = {code: ' P030 ', name: ' 李明 ', title: '', phone: '', unitId: '2'};
    expect(personInput(form, '330522125000')).toEqual({input: {townshipCode: '330522125000', code: 'P030', name: '李明', title: null, phone: null, unitId: '2'}});
    expect(personInput(form, 'x', '30')).toEqual({input: {id: '30', code: 'P030', name: '李明', title: null, phone: null, unitId: '2'}});
    expect(personInput({...form, name: ''}, 'x')).toEqual({problem: '请填写姓名。'});
  });

  test('a unit needs code, name and kind', () => {
    expect(unitInput({code: 'U99', name: '新物业', kind: 'property_management', phone: ''}, 't'))
      .toEqual({input: {townshipCode: 't', code: 'U99', name: '新物业', kind: 'property_management', phone: null}});
    expect(unitInput({code: '', name: 'x', kind: 'other', phone: ''}, 't')).toEqual({problem: '请填写编号。'});
    expect(unitKindLabel('village_committee')).toBe('村（居）委会');
    expect(unitKindLabel('school')).toBe('school');
  });
});
