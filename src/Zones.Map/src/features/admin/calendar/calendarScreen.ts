import {ADMIN} from '../../../i18n/adminMessages';
import type {AdminContext} from '../shell/adminContext';
import {button, el, field, input, messageLine, select} from '../shell/adminDom';
import {mutate, read} from '../shell/mutate';
import {calendarImport} from './calendarImport';
import {byDate, CALENDAR_QUERY, type CalendarDay, canRestore, type Coverage, coverageWarning, dayKind, monthGrid, setDayInput, yearVariables} from './calendarModel';

const C = ADMIN.calendar;

/**
 * 工作日历: a year as twelve months; holidays (休) and 调休 workdays (班) marked, the township's
 * own days framed. A click opens the day: 设为休息日 / 设为上班日 with a note, or 恢复全国安排.
 */
export function calendarScreen(ctx: AdminContext): HTMLElement {
  const root = el('div', 'admin-screen');
  const message = messageLine();
  const warning = el('p', 'admin-message');
  const thisYear = new Date().getFullYear();
  const year = select('year', [thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => [String(y), `${y} 年`] as const), String(thisYear));
  // National rows are the installation admin's; everyone else edits their township's.
  const installation = !ctx.session.township && !ctx.session.county;
  const scopeSelect = select('scope', [[ctx.township, C.local], ...(installation ? [['', C.national] as const] : [])], ctx.township);
  const scope = () => scopeSelect.value || null;
  const months = el('div', 'admin-months');
  const daySlot = el('div');
  let rows = new Map<string, CalendarDay>();

  async function load(): Promise<void> {
    months.replaceChildren(el('p', 'admin-hint', ADMIN.loading));
    const answer = await read<{calendarDays: CalendarDay[]; township: {calendarCoverage: Coverage} | null}>(
      ctx.graphql, CALENDAR_QUERY, yearVariables(ctx.township, Number(year.value)));
    if (!answer.ok) return void months.replaceChildren(el('p', 'admin-message admin-error', answer.message));
    rows = byDate(answer.value.calendarDays);
    const warn = coverageWarning(answer.value.township?.calendarCoverage);
    warning.textContent = warn ?? '';
    warning.dataset.kind = warn ? 'error' : '';
    months.replaceChildren(...Array.from({length: 12}, (_, i) => month(Number(year.value), i + 1)));
  }

  function month(y: number, m: number): HTMLElement {
    const t = el('table', 'admin-month');
    t.createCaption().textContent = `${m} 月`;
    const head = el('tr');
    head.append(...C.weekdays.map((d) => el('th', undefined, d)));
    t.createTHead().append(head);
    const body = t.createTBody();
    for (const week of monthGrid(y, m)) {
      const tr = el('tr');
      for (const date of week) {
        const td = el('td');
        if (date) td.append(dayButton(date));
        tr.append(td);
      }
      body.append(tr);
    }
    return t;
  }

  function dayButton(date: string): HTMLButtonElement {
    const row = rows.get(date);
    const kind = dayKind(date, row);
    const b = el('button', 'admin-day', String(Number(date.slice(8))));
    b.type = 'button';
    b.dataset.date = date;
    b.dataset.kind = kind;
    if (row?.townshipCode) b.dataset.local = 'true';
    if (kind === 'holiday' || kind === 'makeup') b.append(el('small', undefined, kind === 'holiday' ? C.holiday : C.workday));
    b.title = [date, row?.note, row ? (row.townshipCode ? C.local : C.national) : ''].filter(Boolean).join(' · ');
    b.addEventListener('click', () => daySlot.replaceChildren(dayForm(date, row)));
    return b;
  }

  function dayForm(date: string, row: CalendarDay | undefined): HTMLElement {
    const form = el('div', 'admin-form');
    form.setAttribute('aria-label', C.dayTitle(date));
    const note = input('note', row?.note ?? '');
    const set = (isWorkday: boolean) => async () => {
      const done = await mutate(ctx.graphql, 'setCalendarDays', 'SetCalendarDaysInput', setDayInput(scope(), date, isWorkday, note.value), 'days { date }');
      if (!done.ok) return message.error(done.message);
      message.ok(ADMIN.saved);
      form.remove();
      await load();
    };
    const actions = el('div', 'admin-actions');
    actions.append(button(C.makeHoliday, set(false)), button(C.makeWorkday, set(true)));
    if (canRestore(row, scope())) actions.append(button(C.restore, async () => {
      const done = await mutate(ctx.graphql, 'removeCalendarDays', 'RemoveCalendarDaysInput', {townshipCode: scope(), dates: [date]}, 'removed');
      if (!done.ok) return message.error(done.message);
      message.ok(ADMIN.saved);
      form.remove();
      await load();
    }, 'danger'));
    actions.append(button(ADMIN.cancel, () => form.remove()));
    form.append(el('h4', undefined, C.dayTitle(date)), field(C.note, note), actions);
    return form;
  }

  year.addEventListener('change', () => void load());
  const bar = el('div', 'admin-toolbar');
  bar.append(field(C.year, year), ...(installation ? [field(C.scope, scopeSelect)] : []));
  const legend = el('p', 'admin-legend');
  legend.append(el('span', 'admin-day', C.holiday), C.legendHoliday, ' ', el('span', 'admin-day', C.workday), C.legendWorkday, ' ', C.legendLocal);
  legend.children[0]!.setAttribute('data-kind', 'holiday');
  legend.children[1]!.setAttribute('data-kind', 'makeup');
  root.append(bar, warning, message.node, el('p', 'admin-hint', C.clickHint), legend, daySlot, months, calendarImport(ctx, scope, message, () => void load()));
  void load();
  return root;
}
