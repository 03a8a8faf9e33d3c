import {ADMIN} from '../../../i18n/adminMessages';
import type {AdminContext} from '../shell/adminContext';
import {button, el, type MessageLine} from '../shell/adminDom';
import {mutate} from '../shell/mutate';

const C = ADMIN.calendar;

/** 导入日历（CSV）: paste or pick a file, 预览 (dry run on the server), then 导入. */
export function calendarImport(ctx: AdminContext, scope: () => string | null, message: MessageLine, onImported: () => void): HTMLElement {
  const box = el('details', 'admin-section');
  const text = el('textarea');
  text.name = 'calendarCsv';
  text.rows = 5;
  text.placeholder = '日期,上班,说明\n2027-01-01,否,元旦';
  const file = Object.assign(el('input'), {type: 'file', accept: '.csv,text/csv'});
  file.addEventListener('change', async () => {
    const picked = file.files?.[0];
    if (picked) text.value = await picked.text();
  });
  const run = async (dryRun: boolean) => {
    if (!text.value.trim()) return message.error(ADMIN.import.chooseFile);
    const done = await mutate<{days: unknown[]; errors: []}>(ctx.graphql, 'importCalendar', 'ImportCalendarInput',
      {townshipCode: scope(), content: text.value, dryRun}, 'days { date }');
    if (!done.ok) return message.error(done.message);
    if (dryRun) return message.info(C.previewed(done.value.days.length));
    message.ok(C.imported(done.value.days.length));
    onImported();
  };
  box.append(el('summary', undefined, C.importHeading), el('p', 'admin-hint', C.importHint), file, text,
    button(C.preview, () => run(true)), button(C.importDo, () => run(false), 'primary'));
  return box;
}
