/** One effective day of the working calendar (contract B): a township row over the national one. */
export interface CalendarDay {
  date: string; // YYYY-MM-DD
  isWorkday: boolean;
  note: string | null;
  townshipCode: string | null; // null = national (shipped)
}

export interface Coverage {
  coveredUntil: string | null;
  coversNext60Days: boolean;
  message: string | null;
}

export const CALENDAR_QUERY = `query($t: String!, $from: Date!, $to: Date!, $code: String!) {
  calendarDays(townshipCode: $t, from: $from, to: $to) { date isWorkday note townshipCode }
  township(code: $code) { calendarCoverage { coveredUntil coversNext60Days message } }
}`;

export function yearVariables(township: string, year: number): Record<string, unknown> {
  return {t: township, code: township, from: `${year}-01-01`, to: `${year}-12-31`};
}

/** How a day counts: a holiday or 调休 workday from the calendar rows, else by the weekday. */
export type DayKind = 'holiday' | 'makeup' | 'weekend' | 'workday';

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Monday = 0 … Sunday = 6, for a date string (no time zone involved). */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return (new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay() + 6) % 7;
}

/** The weeks of a month, Monday first: each week seven dates or null for days of the next/previous month. */
export function monthGrid(year: number, month: number): (string | null)[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: (string | null)[] = Array(weekdayOf(iso(year, month, 1))).fill(null);
  for (let d = 1; d <= days; d++) cells.push(iso(year, month, d));
  while (cells.length % 7) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export function dayKind(date: string, row: CalendarDay | undefined): DayKind {
  const weekend = weekdayOf(date) >= 5;
  if (!row) return weekend ? 'weekend' : 'workday';
  if (row.isWorkday) return weekend ? 'makeup' : 'workday';
  return 'holiday';
}

/** Whether the day is worked, the row deciding over the weekday. */
export function isWorked(date: string, row: CalendarDay | undefined): boolean {
  return row ? row.isWorkday : weekdayOf(date) < 5;
}

/** The rows by date. */
export function byDate(days: readonly CalendarDay[]): Map<string, CalendarDay> {
  return new Map(days.map((d) => [d.date, d]));
}

/**
 * setCalendarDays' input for one click: the day as worked or not, with the note, in the
 * chosen scope (township code, or null for the national rows only an installation admin sets).
 */
export function setDayInput(scope: string | null, date: string, isWorkday: boolean, note: string): Record<string, unknown> {
  return {townshipCode: scope, days: [{date, isWorkday, note: note.trim() || null}]};
}

/** A row may be put back to the national arrangement only when it is this scope's own. */
export function canRestore(row: CalendarDay | undefined, scope: string | null): boolean {
  return !!row && scope !== null && row.townshipCode === scope;
}

/** The warning of the coverage, or null when the next 60 days are covered. */
export function coverageWarning(coverage: Coverage | null | undefined): string | null {
  if (!coverage || coverage.coversNext60Days) return null;
  return coverage.message ?? (coverage.coveredUntil ? `工作日历只覆盖到 ${coverage.coveredUntil}，之后的期限可能算错，请导入下一年的安排。` : '工作日历没有覆盖未来 60 天，请导入节假日安排。');
}
