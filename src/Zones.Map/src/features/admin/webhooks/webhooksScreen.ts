import {ADMIN} from '../../../i18n/adminMessages';
import {HOOKS} from '../../../i18n/hooksMessages';
import type {AdminContext} from '../shell/adminContext';
import {button, dateTime, el, messageLine, stackOnPhone, table} from '../shell/adminDom';
import {mutate, mutateForm, read} from '../shell/mutate';
import {secretBox} from '../users/secretBox';
import {type DeliveryLog, deliveryLog} from './deliveryLog';
import {webhookForm} from './webhookForm';
import {
  answerText, DELIVERY_FIELDS, type DeliveryRow, deliveryStatusLabel, eventsLabel, saveRefusal, testResult, toggleInput,
  WEBHOOK_FIELDS, type WebhookForm, webhookInput, type WebhookRow, WEBHOOKS_QUERY,
} from './webhookModel';

/**
 * 通知推送: the township's webhooks (name, address, events, 启用/停用, the newest delivery), 新增 / 修改
 * with the secret shown once and what the receiver checks, 发送测试 with the answer in words, 删除, and
 * the 投递记录 of one webhook. Admins only (adminRoutes); the server keeps each admin to their townships.
 */
export function webhooksScreen(ctx: AdminContext): HTMLElement {
  const root = el('div', 'admin-screen');
  const message = messageLine();
  const secretSlot = el('div');
  const formSlot = el('div');
  const list = el('div');
  const logSlot = el('div');
  let log: DeliveryLog | null = null;

  async function load(): Promise<void> {
    const answer = await read<{webhooks: WebhookRow[]}>(ctx.graphql, WEBHOOKS_QUERY, {t: ctx.township});
    if (!answer.ok) return void list.replaceChildren(el('p', 'admin-message admin-error', answer.message));
    const rows = answer.value.webhooks;
    if (!rows.length) return void list.replaceChildren(el('p', 'admin-hint', HOOKS.none));
    list.replaceChildren(stackOnPhone(table([HOOKS.name, HOOKS.url, HOOKS.events, HOOKS.state, HOOKS.lastDelivery, ''], rows.map((w) => [
      w.name, el('code', 'admin-url', w.url), eventsLabel(w.events), w.enabled ? HOOKS.enabled : HOOKS.disabled, lastCell(w.lastDelivery), actions(w),
    ]), 'admin-webhooks')));
  }

  function lastCell(d: DeliveryRow | null): string {
    if (!d) return HOOKS.never;
    return `${deliveryStatusLabel(d)} · ${dateTime(d.lastAttemptAt ?? d.createdAt)}${d.status === 'DELIVERED' ? '' : ` · ${answerText(d)}`}`;
  }

  function actions(w: WebhookRow): HTMLElement {
    const cell = el('span', 'admin-row-actions');
    cell.dataset.webhook = w.name;
    cell.append(
      button(ADMIN.edit, () => openForm(w)),
      button(w.enabled ? HOOKS.disable : HOOKS.enable, () => toggle(w)),
      button(HOOKS.test, () => test(w), 'primary'),
      button(HOOKS.log, () => openLog(w)),
      button(HOOKS.remove, () => remove(w), 'danger'),
    );
    return cell;
  }

  function openForm(row: WebhookRow | null): void {
    const parts = webhookForm(row, async (form) => save(form, row, parts.show), () => formSlot.replaceChildren());
    formSlot.replaceChildren(parts.form);
    parts.form.scrollIntoView({block: 'nearest'});
  }

  async function save(form: WebhookForm, row: WebhookRow | null, show: (p: Record<string, string>) => void): Promise<string | null> {
    const built = webhookInput(form, ctx.township, row);
    if ('problems' in built) {
      show(built.problems);
      return ADMIN.settings.fixErrors;
    }
    show({});
    const done = await mutateForm<{webhook: WebhookRow; errors: []}>(ctx.graphql, 'saveWebhook', 'SaveWebhookInput', built.input, `webhook { ${WEBHOOK_FIELDS} }`);
    if (!done.ok) {
      const refusal = saveRefusal(done.fields, done.message);
      show(refusal.fields);
      if (refusal.form === HOOKS.conflict) await load();
      return refusal.form || ADMIN.settings.fixErrors;
    }
    message.ok(HOOKS.saved(done.value.webhook.name));
    if (built.secret) secretSlot.replaceChildren(secretBox(built.secret, () => message.clear(), {title: HOOKS.secretTitle, hint: HOOKS.secretNote, more: [how(true)]}));
    await load();
    return null;
  }

  async function toggle(w: WebhookRow): Promise<void> {
    const done = await mutateForm(ctx.graphql, 'saveWebhook', 'SaveWebhookInput', toggleInput(w), 'webhook { id }');
    if (done.ok) message.ok(HOOKS.toggled(w.name, !w.enabled));
    else message.error('expectedVersion' in done.fields ? HOOKS.conflict : done.message);
    await load();
  }

  async function test(w: WebhookRow): Promise<void> {
    message.info(HOOKS.testing);
    const done = await mutate<{delivery: DeliveryRow | null; errors: []}>(ctx.graphql, 'testWebhook', 'TestWebhookInput', {id: w.id}, `delivery { ${DELIVERY_FIELDS} }`);
    if (!done.ok) return message.error(done.message);
    const result = testResult(w.name, done.value.delivery);
    if (result.ok) message.ok(result.text);
    else message.error(result.text);
    await load();
    if (log?.webhookId === w.id) await log.refresh();
  }

  async function remove(w: WebhookRow): Promise<void> {
    if (!confirm(HOOKS.confirmRemove(w.name))) return;
    const done = await mutate(ctx.graphql, 'deleteWebhook', 'DeleteWebhookInput', {id: w.id}, 'id');
    if (!done.ok) return message.error(done.message);
    message.ok(HOOKS.removed(w.name));
    if (log?.webhookId === w.id) closeLog();
    await load();
  }

  function openLog(w: WebhookRow): void {
    log = deliveryLog(ctx, w, closeLog);
    logSlot.replaceChildren(log.node);
    log.node.scrollIntoView({block: 'nearest'});
  }

  function closeLog(): void {
    log = null;
    logSlot.replaceChildren();
  }

  const bar = el('div', 'admin-toolbar');
  bar.append(button(ADMIN.create, () => openForm(null), 'primary'));
  root.append(el('p', 'admin-hint', HOOKS.intro), message.node, bar, secretSlot, formSlot, list, logSlot, how());
  list.append(el('p', 'admin-hint', ADMIN.loading));
  void load();
  return root;
}

/** What is sent and how the receiver checks the signature (WebhookSender.cs), for whoever builds the receiver. */
function how(open = false): HTMLElement {
  const details = el('details', 'admin-how');
  details.open = open;
  const [first, ...items] = HOOKS.how;
  const ul = el('ul', 'admin-lines');
  ul.append(...items.slice(0, -1).map((t) => el('li', undefined, t)));
  details.append(el('summary', undefined, HOOKS.howTitle), el('p', undefined, first), ul, el('p', undefined, items.at(-1)));
  return details;
}
