import {describe, expect, it} from 'vitest';
import {csvFileName} from './downloadCsv';

describe('csvFileName', () => {
  it('names the area, the table and the day, without characters Windows forbids', () => {
    expect(csvFileName('锦绣社区', '设施', new Date(2026, 10, 20, 9))).toBe('区域查询_锦绣社区_设施_20261120.csv');
    expect(csvFileName('手绘范围 1.2 km²/东', '投诉', new Date(2026, 0, 5))).toBe('区域查询_手绘范围_1.2_km²_东_投诉_20260105.csv');
  });
});
