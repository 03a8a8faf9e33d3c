import type {Selection} from '../../app/app';
import {COMPLAINT_SOURCE_LABELS, COMPLAINT_STAGE_LABELS} from '../../i18n/enumLabels';
import {el, facts, ownerLine, section} from './dom';
import {deadlineStatus, formatDateTime} from './format';
import {enumLabel, EVENT_LABELS, STAGE_STATE_LABELS} from './labels';
import {reporterCountText} from './complaintReports';
import type {ComplaintDetails, Row} from './loadDetails';
import {link} from './zoneView';

const FINISHED = new Set(['CLOSED', 'VOIDED']);

/**
 * A deadline with how it stands now. `overdue` is the server's verdict for the case deadline (red
 * 已超期 only then); a stage clock passes none and is never red.
 */
export function deadlineNode(deadline: string | null, stage: string, now: Date, overdue?: boolean): Node | null {
  if (!deadline) return null;
  const status = deadlineStatus(deadline, now, !FINISHED.has(stage) && stage !== 'SHELVED', overdue);
  const node = el('span', {textContent: formatDateTime(deadline)});
  if (status) node.append(el('span', {className: status.overdue ? 'details-overdue' : 'details-muted', textContent: `（${status.text}）`}));
  return node;
}

/** A complaint: stage, deadlines (overdue in red), who answers, and its history. Actions come from complaintActions.ts. */
export function complaintView({complaint: c, hasEvents}: ComplaintDetails, select: (s: Selection) => void, now = new Date()): HTMLElement[] {
  const stage = el('span', {className: 'details-stage', textContent: enumLabel(COMPLAINT_STAGE_LABELS, c.stage)});
  stage.dataset.stage = c.stage;
  const badge = c.overdue === true ? el('span', {className: 'details-overdue details-badge', textContent: ' 已超期'}) : '';
  const parts: HTMLElement[] = [
    el('h2', {className: 'details-title', textContent: `案卷 ${c.caseNumber}`}),
    facts([
      ['阶段', el('span', {}, stage, badge)],
      ['类别', `${c.categoryName ?? ''}（${c.categoryCode}）`],
      ['来源', enumLabel(COMPLAINT_SOURCE_LABELS, c.source)],
      ['反映人数', reporterCountText(c)],
      ['紧急程度', c.urgency === 'urgent' ? el('span', {className: 'details-overdue', textContent: '紧急'}) : '一般'],
      ['上报时间', formatDateTime(c.reportedAt)],
      ['处置时限', deadlineNode(c.deadline, c.stage, now, c.overdue === true)],
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

/** Who signed a step: the person's name when the server knows it, else the login; 系统 for the server itself. */
export function signer(e: Row): string {
  if (e.actorName) return String(e.actorName);
  return e.actor === 'system' ? '系统' : String(e.actor ?? '');
}

/** Where a step left the case: "已立案 → 已派遣"; the stage alone when the step kept it (延期). */
export function stageChange(e: Row): string {
  const state = (s: unknown) => (s ? STAGE_STATE_LABELS[String(s).toLowerCase()] ?? String(s) : '');
  const from = state(e.fromStage);
  const to = state(e.toStage);
  if (!to) return '';
  if (!from) return to;
  return from === to ? `仍为${to}` : `${from} → ${to}`;
}

/** The steps of the case, oldest first: time, action, stage change, who, note. */
function historyList(events: Row[]): HTMLElement {
  if (!events.length) return el('p', {className: 'details-muted', textContent: '尚无流转记录。'});
  const sorted = [...events].sort((a, b) => String(a.at).localeCompare(String(b.at)));
  return el('ol', {className: 'details-history'}, ...sorted.map((e) => {
    const action = e.actionLabel ?? EVENT_LABELS[String(e.action).toLowerCase()] ?? e.action;
    const who = signer(e);
    return el('li', {},
      el('time', {textContent: formatDateTime(e.at)}),
      el('strong', {textContent: ` ${action}`}),
      el('span', {className: 'details-stage-change', textContent: ` ${stageChange(e)}`}),
      who ? el('span', {className: 'details-muted details-signer', textContent: ` · ${who}`}) : '',
      e.note ? el('div', {className: 'details-note', textContent: e.note}) : '',
      e.publicNote ? el('div', {className: 'details-note details-public-note', textContent: `公开答复：${e.publicNote}`}) : '');
  }));
}
