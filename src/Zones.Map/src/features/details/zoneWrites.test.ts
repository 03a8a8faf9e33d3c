import {describe, expect, it} from 'vitest';
import {nameProblem, renameVariables, retireVariables} from './zoneWrites';

describe('zone rename and retire', () => {
  it('rename sends the trimmed name with the version read', () => {
    expect(renameVariables({id: '22', version: 5}, ' 施家新村 ')).toEqual({input: {id: '22', expectedVersion: 5, name: '施家新村'}});
    expect(retireVariables({id: '22', version: 5})).toEqual({input: {id: '22', expectedVersion: 5}});
  });

  it('an empty or unchanged name is not sent', () => {
    expect(nameProblem('  ', '施家村')).toBe('请填写新名称。');
    expect(nameProblem('施家村 ', '施家村')).toBe('新名称与原名称相同。');
    expect(nameProblem('施家新村', '施家村')).toBeNull();
  });
});
