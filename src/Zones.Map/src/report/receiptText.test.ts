import {describe, expect, it} from 'vitest';
import type {Receipt} from './api';
import {deadlineWords, receiptLines, statusHref} from './receiptText';

const receipt: Receipt = {caseNumber: '330522125000-E0101202612070003', folded: false, reporterCount: 1, promise: '3 个工作日内处理',
  deadline: '2026-12-10T10:00:00Z', zone: '溪东社区', photos: 2, stage: '已收到，正在受理'};

describe('the receipt', () => {
  it('promises the deadline in words', () => {
    expect(receiptLines(receipt)).toEqual({headline: '上报成功，已受理', promise: '将在 3 个工作日内处理', folded: null});
  });

  it('says how many reported a folded case and names the existing number', () => {
    expect(receiptLines({...receipt, folded: true, reporterCount: 3}).folded).toBe('已有 3 人反映，合并到案卷 330522125000-E0101202612070003。');
  });

  it('writes the deadline in Beijing time whatever the phone\'s zone', () => {
    expect(deadlineWords('2026-12-10T10:00:00Z')).toBe('12月10日 18:00');
    expect(deadlineWords(null)).toBeNull();
  });

  it('links the status page with the number filled in', () => {
    expect(statusHref('330522125000-E0101202612070003')).toBe('/report/status?id=330522125000-E0101202612070003');
  });
});
