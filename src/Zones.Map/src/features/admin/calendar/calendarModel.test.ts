import {describe, expect, test} from 'vitest';
import {byDate, canRestore, type CalendarDay, coverageWarning, dayKind, isWorked, monthGrid, setDayInput, weekdayOf, yearVariables} from './calendarModel';

const national = (date: string, isWorkday: boolean, note: string): CalendarDay => ({date, isWorkday, note, townshipCode: null});

describe('working calendar', () => {
  test('February 2026 starts on a Sunday: six blanks, then 28 days, four full weeks and one more', () => {
    const weeks = monthGrid(2026, 2);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-02-01']);
    expect(weeks.flat().filter(Boolean)).toHaveLength(28);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks.at(-1)!.at(-1)).toBe(null);
  });

  test('weekdays count Monday as 0', () => {
    expect(weekdayOf('2026-12-07')).toBe(0);
    expect(weekdayOf('2026-02-14')).toBe(5);
  });

  test('春节 2026 is a holiday; the 调休 Saturday 2026-02-14 is a make-up workday; a plain Sunday is a weekend', () => {
    const rows = byDate([national('2026-02-17', false, '春节'), national('2026-02-14', true, '春节调休')]);
    expect(dayKind('2026-02-17', rows.get('2026-02-17'))).toBe('holiday');
    expect(dayKind('2026-02-14', rows.get('2026-02-14'))).toBe('makeup');
    expect(dayKind('2026-02-08', rows.get('2026-02-08'))).toBe('weekend');
    expect(dayKind('2026-02-09', undefined)).toBe('workday');
    expect(isWorked('2026-02-14', rows.get('2026-02-14'))).toBe(true);
    expect(isWorked('2026-02-08', undefined)).toBe(false);
  });

  test('a click sets one day in the chosen scope, an empty note as null', () => {
    expect(setDayInput('330522125000', '2026-05-06', false, ' 镇庆 ')).toEqual({townshipCode: '330522125000', days: [{date: '2026-05-06', isWorkday: false, note: '镇庆'}]});
    expect(setDayInput(null, '2027-01-01', false, '')).toEqual({townshipCode: null, days: [{date: '2027-01-01', isWorkday: false, note: null}]});
  });

  test('only the scope own row can be put back', () => {
    const local = {date: '2026-05-06', isWorkday: false, note: null, townshipCode: 't'};
    expect(canRestore(local, 't')).toBe(true);
    expect(canRestore(national('2026-05-01', false, '劳动节'), 't')).toBe(false);
    expect(canRestore(local, null)).toBe(false);
  });

  test('the year query spans the whole year of the township', () => {
    expect(yearVariables('t', 2027)).toEqual({t: 't', code: 't', from: '2027-01-01', to: '2027-12-31'});
  });

  test('the coverage warning uses the server message, else names the last covered day', () => {
    expect(coverageWarning({coveredUntil: '2026-12-31', coversNext60Days: true, message: null})).toBeNull();
    expect(coverageWarning({coveredUntil: '2026-12-31', coversNext60Days: false, message: '日历只到 2026-12-31'})).toBe('日历只到 2026-12-31');
    expect(coverageWarning({coveredUntil: '2026-12-31', coversNext60Days: false, message: null})).toContain('2026-12-31');
  });
});
