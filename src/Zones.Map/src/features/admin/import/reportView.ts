import {ADMIN} from '../../../i18n/adminMessages';
import {el, section, table} from '../shell/adminDom';
import type {ImportReport} from './importTypes';
import {changeLines, changeRows, rejectedRows, splitLine, summary, topologyLine} from './reportModel';

const I = ADMIN.import;
const SHOWN = 500; // rows listed; a 10 000-row 台账 report stays readable and quick

/** The per-row report of a dry run or commit: summary, rejected rows, changes field by field, topology, road splits. */
export function reportView(report: ImportReport): HTMLElement {
  const root = el('div', 'admin-report');
  root.dataset.rejected = String(report.rejected);
  const head = el('p', 'admin-summary', summary(report));
  head.dataset.kind = report.rejected ? 'error' : 'ok';
  root.append(head);
  const rejected = rejectedRows(report.problems);
  if (rejected.length) {
    root.append(section(I.rejectedHeading, table([I.row, I.problem], rejected.slice(0, SHOWN).map((r) => [r.row, list(r.messages)]), 'admin-rejected')));
  }
  const {shown, same} = changeRows(report);
  if (shown.length || same) {
    const rows = shown.slice(0, SHOWN).map((c) => [String(c.row), c.key, I.actions[c.action] ?? c.action, list(changeLines(c))]);
    const part = section(I.changesHeading, table([I.row, I.key, I.action, `${I.before} → ${I.after}`], rows, 'admin-changes'));
    if (same) part.append(el('p', 'admin-hint', `另有 ${same} 行与现有数据相同，不作修改。`));
    root.append(part);
  }
  if (report.topology.length) root.append(section(I.topologyHeading, list(report.topology.map(topologyLine))));
  if (report.segments.length) root.append(section(I.splitsHeading, list(report.segments.map(splitLine))));
  if (report.warnings.length) root.append(section('提醒', list(report.warnings.map((w) => (w.row ? `第 ${w.row} 行：` : '') + w.message))));
  return root;
}

function list(lines: readonly string[]): HTMLElement {
  const ul = el('ul', 'admin-lines');
  ul.append(...lines.map((l) => el('li', undefined, l)));
  return ul;
}
