import type {GraphQLClient} from '../../api/graphql';
import {COMPLAINT_SOURCE_LABELS} from '../../i18n/enumLabels';
import {el, phoneLink, section} from './dom';
import {formatDateTime} from './format';
import {enumLabel} from './labels';
import {SPLIT_MUTATION} from './detailsQueries';
import type {Row} from './loadDetails';

/** "3 人反映"; null when the server does not count reporters. */
export function reporterCountText(c: Row): string | null {
  return typeof c.reporterCount === 'number' ? `${c.reporterCount} 人反映` : null;
}

/** Only planners and admins split (the server says the same and refuses anyone else). */
export function maySplit(role: string | undefined): boolean {
  return role === 'admin' || role === 'planner';
}

/**
 * 并案的反映: every further report folded into the case (staff see them; the server sends others an
 * empty list) — when, how, who with phone, how far from the case, what they said. With `canSplit`, each
 * has a 拆分 button that asks first and then makes the report a case of its own; `done` reloads the panel.
 */
export function reportsSection(graphql: GraphQLClient, c: Row, canSplit: boolean, done: () => void): HTMLElement | null {
  const reports: Row[] = c.reports ?? [];
  if (!reports.length) return null;
  const confirm = el('div', {className: 'details-confirm', hidden: true});
  const list = el('ol', {className: 'details-reports'}, ...reports.map((r) => {
    const who = [r.reporterName, enumLabel(COMPLAINT_SOURCE_LABELS, r.source)].filter(Boolean).join(' · ');
    const li = el('li', {},
      el('time', {textContent: formatDateTime(r.reportedAt)}),
      el('span', {className: 'details-muted', textContent: ` ${who} `}),
      r.reporterPhone ? phoneLink(r.reporterPhone) : '',
      el('span', {className: 'details-muted', textContent: ` 距案卷 ${Math.round(r.distanceM)} 米`}),
      el('div', {className: 'details-note', textContent: r.description}));
    li.dataset.reportId = String(r.id);
    if (canSplit) {
      const button = el('button', {type: 'button', className: 'details-split', textContent: '拆分'});
      button.addEventListener('click', () => openConfirm(graphql, c, r, confirm, done));
      li.append(button);
    }
    return li;
  }));
  return section(`并案的反映（${reports.length} 条）`, 'reports', list, confirm);
}

function openConfirm(graphql: GraphQLClient, c: Row, r: Row, box: HTMLElement, done: () => void): void {
  const error = el('p', {className: 'details-error'});
  error.setAttribute('role', 'alert');
  const ok = el('button', {type: 'button', className: 'details-primary', textContent: '确认拆分'});
  const cancel = el('button', {type: 'button', textContent: '取消'});
  cancel.addEventListener('click', () => { box.hidden = true; box.replaceChildren(); });
  ok.addEventListener('click', async () => {
    ok.disabled = true;
    error.textContent = '';
    try {
      const data = await graphql<{splitComplaintReport: {complaint: {caseNumber: string} | null; errors: {message: string}[]}}>(
        SPLIT_MUTATION, {input: {reportId: r.id, expectedVersion: c.version}});
      const {errors} = data.splitComplaintReport;
      if (errors.length) error.textContent = errors.map((p) => p.message).join('；');
      else done();
    } catch (e) {
      error.textContent = `拆分失败：${(e as Error).message}`;
    } finally {
      ok.disabled = false;
    }
  });
  box.replaceChildren(
    el('p', {textContent: `确定把 ${formatDateTime(r.reportedAt)} 的这条反映从案卷 ${c.caseNumber} 拆分出来、单独立一个案卷吗？` +
      '新案卷按原反映时间计算处置时限。'}),
    error, el('div', {className: 'details-actions'}, ok, cancel));
  box.hidden = false;
  ok.focus();
}
