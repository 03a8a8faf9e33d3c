import {describe, expect, test} from 'vitest';
import {deadlineStatus, formatArea, formatDate, formatDateTime, formatDuration, formatPhone, formatRate, telHref} from './format';

describe('details formatting', () => {
  test('mobiles in groups of 3-4-4, landlines as written, none as a dash', () => {
    expect(formatPhone('13812345678')).toBe('138 1234 5678');
    expect(formatPhone('138-1234-5678')).toBe('138 1234 5678');
    expect(formatPhone('0572-6012345')).toBe('0572-6012345');
    expect(formatPhone(null)).toBe('—');
    expect(formatPhone('  ')).toBe('—');
    expect(telHref('0572-6012345')).toBe('tel:05726012345');
  });

  test('times as sent in Beijing time, whatever the PC zone', () => {
    expect(formatDateTime('2026-11-20T09:05:00+08:00')).toBe('2026-11-20 09:05');
    expect(formatDate('2026-11-20T09:05:00+08:00')).toBe('2026-11-20');
    expect(formatDateTime(null)).toBe('—');
  });

  test('durations: the two largest units, rounded down', () => {
    expect(formatDuration(30_000)).toBe('不到 1 分钟');
    expect(formatDuration(12 * 60_000 + 59_000)).toBe('12 分钟');
    expect(formatDuration(5 * 3_600_000 + 20 * 60_000)).toBe('5 小时 20 分钟');
    expect(formatDuration(3 * 3_600_000)).toBe('3 小时');
    expect(formatDuration(2 * 86_400_000 + 3 * 3_600_000 + 59 * 60_000)).toBe('2 天 3 小时');
    expect(formatDuration(-86_400_000)).toBe('1 天');
  });

  test('a deadline says what is left, or how late when the server says overdue, while open', () => {
    const now = new Date('2026-11-20T09:00:00+08:00');
    expect(deadlineStatus('2026-11-22T12:00:00+08:00', now, true, false)).toEqual({text: '剩余 2 天 3 小时', overdue: false});
    expect(deadlineStatus('2026-11-19T08:00:00+08:00', now, true, true)).toEqual({text: '已超期 1 天 1 小时', overdue: true});
    expect(deadlineStatus('2026-11-19T08:00:00+08:00', now, false, true)).toBeNull();
    expect(deadlineStatus(null, now, true, true)).toBeNull();
  });

  // Issue #13: fed back before the deadline, a case waiting for 核查 is not late, though the deadline has passed.
  test('a passed deadline the server does not call overdue is not red', () => {
    const now = new Date('2026-11-20T09:00:00+08:00');
    expect(deadlineStatus('2026-11-19T08:00:00+08:00', now, true, false)).toEqual({text: '已按期处置', overdue: false});
    expect(deadlineStatus('2026-11-19T08:00:00+08:00', now, true)).toEqual({text: '已过 1 天 1 小时', overdue: false});
  });

  test('rates and areas', () => {
    expect(formatRate(93.456)).toBe('93.5%');
    expect(formatRate(100)).toBe('100%');
    expect(formatRate(null)).toBe('—');
    expect(formatArea(3_790_000)).toBe('3.79 平方公里');
    expect(formatArea(5230.4)).toBe('5230 平方米');
  });
});
