import {describe, expect, test} from 'vitest';
import {createTownshipInput, expectedCounty, townshipCodeProblem, updateTownshipInput} from './townshipQueries';

describe('township forms', () => {
  test('a 12-digit township code in the admin county passes', () => {
    expect(townshipCodeProblem('330522200000', '330522')).toBeNull();
    expect(townshipCodeProblem('330522200000', null)).toBeNull();
  });

  test('a code of the wrong length says how many digits it has', () => {
    expect(townshipCodeProblem('33052220000', '330522')).toBe('区划代码应为 12 位数字（当前为 11 位）。');
    expect(townshipCodeProblem('3305222000a0', null)).toContain('当前为 11 位');
  });

  test('a village or county code is not a township code', () => {
    expect(townshipCodeProblem('330522200201', null)).toContain('第 10–12 位应为 000');
    expect(townshipCodeProblem('330522000000', null)).toContain('第 7–9 位不能为 000');
  });

  test('a code of another county names the county it should start with', () => {
    expect(townshipCodeProblem('330523100000', '330522')).toBe('代码前 6 位应为本县代码 330522。');
  });

  test('the expected county is the admin county, else their township county, else none', () => {
    expect(expectedCounty({name: 'a', role: 'admin', county: '330522', township: null})).toBe('330522');
    expect(expectedCounty({name: 'a', role: 'admin', township: '330522125000'})).toBe('330522');
    expect(expectedCounty({name: 'a', role: 'admin'})).toBeNull();
  });

  test('createTownship input trims, leaves out an empty county name and refuses a missing name', () => {
    expect(createTownshipInput({code: ' 330522200000 ', name: ' 西苑镇 ', countyName: '', isPublic: true}, '330522'))
      .toEqual({input: {code: '330522200000', name: '西苑镇', isPublic: true}});
    expect(createTownshipInput({code: '330522200000', name: ' ', countyName: '', isPublic: false}, null)).toEqual({problem: '请填写名称。'});
  });

  test('updateTownship input sends only what changed', () => {
    const before = {name: '西苑镇', countyName: '长兴县', isPublic: false};
    expect(updateTownshipInput('330522200000', before, {name: '西苑镇', countyName: '长兴县', isPublic: true}))
      .toEqual({input: {code: '330522200000', isPublic: true}});
    expect(updateTownshipInput('330522200000', before, {name: '新西苑镇', countyName: '长兴县', isPublic: false}))
      .toEqual({input: {code: '330522200000', name: '新西苑镇'}});
  });
});
