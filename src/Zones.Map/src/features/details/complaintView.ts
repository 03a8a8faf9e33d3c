import type {Selection} from '../../app/app';
import {COMPLAINT_SOURCE_LABELS, COMPLAINT_STAGE_LABELS} from '../../i18n/enumLabels';
import {el, facts, ownerLine, section} from './dom';
import {deadlineStatus, formatDateTime} from './format';
import {enumLabel, EVENT_LABELS} from './labels';
import type {ComplaintDetails, Row} from './loadDetails';
import {link} from './zoneView';

const FINISHED = new Set(['CLOSED', 'VOIDED']);

/** A deadline with how it stands now; red once passed while the case is open. */
export function deadlineNode(deadline: string | null, stage: string, now: Date): Node | null {
  if (!deadline) return null;
  const status = deadlineStatus(deadline, now, !FINISHED.has(stage) && stage !== 'SHELVED');
  const node = el('span', {textContent: formatDateTime(deadline)});
  if (status) node.append(el('span', {className: status.overdue ? 'details-overdue' : 'details-muted', textContent: `（${status.text}）`}));
  return node;
}

/** A complaint: stage, deadlines (overdue in red), who answers, and its history. Actions come from complaintActions.ts. */
export function complaintView({complaint: c, hasEvents}: ComplaintDetails, select: (s: Selection) => void, now = new Date()): HTMLElement[] {
  const stage = el('span', {className: 'details-stage', textContent: enumLabel(COMPLAINT_STAGE_LABELS, c.stage)});
  stage.dataset.stage = c.stage;
  const parts: HTMLElement[] = [
    el('h2', {className: 'details-title', textContent: `案卷 ${c.caseNumber}`}),
    facts([
      ['阶段', stage],
      ['类别', `${c.categoryName ?? ''}（${c.categoryCode}）`],
      ['来源', enumLabel(COMPLAINT_SOURCE_LABELS, c.source)],
      ['紧急程度', c.urgency === 'urgent' ? el('span', {className: 'details-overdue', textContent: '紧急'}) : '一般'],
      ['上报时间', formatDateTime(c.reportedAt)],
      ['处置时限', deadlineNode(c.deadline, c.stage, now)],
      ['本阶段时限', FINISHED.has(c.stage) ? null : deadlineNode(c.stageDeadline, c.stage, now)],
      ['结案时间', c.closedAt ? formatDateTime(c.closedAt) : null],
      ['地址', c.address],
      ['片区', c.zone ? link(c.zone.name, {kind: 'zone', id: c.zone.id}, select) : null],
      ['部件', c.asset ? link(c.asset.name ?? c.asset.identifier, {kind: 'asset', id: c.asset.id}, select) : null],
      ['首问负责', ownerLine(c.firstResponsible)],
      ['当前承办', ownerLine(c.responsible)],
      ['返工 / 延期', c.reworkCount || c.extensionCount ? `${c.reworkCount} 次 / ${c.extensionCount} 次` : null],
    ]),
    el('p', {className: 'details-description', textContent: c.description}),
  ];
  parts.push(section('流转记录', 'history', hasEvents ? historyList(c.events ?? []) : el('p', {className: 'details-muted', textContent: '服务器暂未提供流转记录。'})));
  return parts;
}

/** The steps of the case, oldest first: time, action, stage change, who, note. */
function historyList(events: Row[]): HTMLElement {
  if (!events.length) return el('p', {className: 'details-muted', textContent: '尚无流转记录。'});
  const sorted = [...events].sort((a, b) => String(a.at).localeCompare(String(b.at)));
  return el('ol', {className: 'details-history'}, ...sorted.map((e) => {
    const action = EVENT_LABELS[String(e.action).toLowerCase()] ?? e.action;
    const to = e.toStage ? ` → ${enumLabel(COMPLAINT_STAGE_LABELS, e.toStage)}` : '';
    return el('li', {},
      el('time', {textContent: formatDateTime(e.at)}),
      el('strong', {textContent: ` ${action}`}), to,
      e.actor ? el('span', {className: 'details-muted', textContent: ` · ${e.actor}`}) : '',
      e.note ? el('div', {className: 'details-note', textContent: e.note}) : '');
  }));
}
