import {HOOKS} from '../../../i18n/hooksMessages';
import type {AdminContext} from '../shell/adminContext';
import {button, dateTime, el, field, select, stackOnPhone, table} from '../shell/adminDom';
import {read} from '../shell/mutate';
import {answerText, caseLabel, DELIVERIES_QUERY, type DeliveryRow, deliveryStatusLabel, eventLabel, prettyPayload, type WebhookRow} from './webhookModel';

/** The 投递记录 of one webhook: newest first, filtered by status, 刷新 reads it again. */
export interface DeliveryLog {
  node: HTMLElement;
  webhookId: string;
  refresh(): Promise<void>;
}

export function deliveryLog(ctx: AdminContext, hook: WebhookRow, onClose: () => void): DeliveryLog {
  const node = el('section', 'admin-section admin-deliveries');
  node.setAttribute('aria-label', HOOKS.log);
  const status = select('deliveryStatus', [['', HOOKS.all], ...Object.entries(HOOKS.statuses)], '');
  const list = el('div');

  async function refresh(): Promise<void> {
    list.replaceChildren(el('p', 'admin-hint', '正在读取 …'));
    const answer = await read<{webhookDeliveries: DeliveryRow[]}>(ctx.graphql, DELIVERIES_QUERY, {id: hook.id, status: status.value || null});
    if (!answer.ok) return void list.replaceChildren(el('p', 'admin-message admin-error', answer.message));
    const rows = answer.value.webhookDeliveries;
    if (!rows.length) return void list.replaceChildren(el('p', 'admin-hint', HOOKS.noDeliveries));
    list.replaceChildren(stackOnPhone(table([HOOKS.time, HOOKS.events, HOOKS.case, HOOKS.status, HOOKS.attempts, HOOKS.nextAttempt, HOOKS.answer, HOOKS.payload],
      rows.map((d) => [dateTime(d.createdAt), eventLabel(d.kind), caseLabel(d), statusCell(d), String(d.attempts),
        d.status === 'PENDING' ? dateTime(d.nextAttemptAt) : '—', answerText(d), payloadCell(d)]))));
  }

  status.addEventListener('change', () => void refresh());
  const bar = el('div', 'admin-toolbar');
  bar.append(field(HOOKS.filter, status), button(HOOKS.refresh, refresh), button(HOOKS.close, onClose));
  node.append(el('h3', undefined, HOOKS.logTitle(hook.name)), bar, list);
  void refresh();
  return {node, webhookId: hook.id, refresh};
}

function statusCell(d: DeliveryRow): HTMLElement {
  const s = el('span', 'admin-delivery-status', deliveryStatusLabel(d));
  s.dataset.status = d.status;
  return s;
}

/** 查看 opens the JSON that was sent, so the receiver's maintainer sees a real sample. */
function payloadCell(d: DeliveryRow): HTMLElement {
  const details = el('details', 'admin-payload');
  details.append(el('summary', undefined, HOOKS.show), el('pre', undefined, prettyPayload(d.payload)));
  return details;
}
