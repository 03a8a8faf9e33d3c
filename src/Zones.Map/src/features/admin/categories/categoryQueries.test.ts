import {describe, expect, test} from 'vitest';
import {type CategoryRow, groupCategories, limitLabel, overrideInput} from './categoryQueries';

const row = (code: string, groupName: string): CategoryRow => ({
  kind: 'complaint', code, name: `类别${code}`, groupName, assetKind: null, timeLimit: 3, timeUnit: 'WORK_DAYS', isOverride: false,
});

describe('categories and time limits', () => {
  test('limits read in Chinese units', () => {
    expect(limitLabel({timeLimit: 3, timeUnit: 'WORK_DAYS'})).toBe('3 工作日');
    expect(limitLabel({timeLimit: 0.5, timeUnit: 'DAYS'})).toBe('0.5 自然日');
  });

  test('categories are grouped in the order the server sends', () => {
    const groups = groupCategories([row('01', '市容'), row('02', '环卫'), row('03', '市容')]);
    expect(groups.map(([g, rows]) => [g, rows.map((r) => r.code)])).toEqual([['市容', ['01', '03']], ['环卫', ['02']]]);
  });

  test('an override needs a positive limit and sends the name only when changed', () => {
    expect(overrideInput('t', row('01', '市容'), {timeLimit: '2', timeUnit: 'WORK_HOURS', name: '类别01'}))
      .toEqual({input: {townshipCode: 't', kind: 'complaint', code: '01', timeLimit: 2, timeUnit: 'WORK_HOURS'}});
    expect(overrideInput('t', row('01', '市容'), {timeLimit: '1.5', timeUnit: 'DAYS', name: '新名'})).toMatchObject({input: {name: '新名', timeLimit: 1.5}});
    expect(overrideInput('t', row('01', '市容'), {timeLimit: '0', timeUnit: 'DAYS', name: ''})).toEqual({problem: '时限应为大于 0 的数字。'});
    expect(overrideInput('t', row('01', '市容'), {timeLimit: '三', timeUnit: 'DAYS', name: ''})).toEqual({problem: '时限应为大于 0 的数字。'});
  });
});
