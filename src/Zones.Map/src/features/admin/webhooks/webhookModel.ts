import {HOOKS} from '../../../i18n/hooksMessages';

// The webhook API (Schema/Types/WebhookTypes.cs, Mutations/NotificationMutations.cs) as the 通知推送 screen uses it.
export const DELIVERY_FIELDS = 'id complaintId kind status attempts nextAttemptAt lastAttemptAt lastStatus lastResponse lastError createdAt deliveredAt payload';
export const WEBHOOK_FIELDS = `id townshipCode name url events enabled version updatedAt lastDelivery { ${DELIVERY_FIELDS} }`;
export const WEBHOOKS_QUERY = `query($t: String) { webhooks(townshipCode: $t) { ${WEBHOOK_FIELDS} } }`;
export const DELIVERIES_QUERY = `query($id: ID!, $status: DeliveryStatus) { webhookDeliveries(webhookId: $id, status: $status, first: 100) { ${DELIVERY_FIELDS} } }`;

/** The events a webhook may subscribe to, in the order of the form (TEST is only ever a delivery). */
export const EVENTS = ['NEW', 'DUE_SOON', 'OVERDUE'] as const;

export interface DeliveryRow {
  id: string; complaintId: string | null; kind: string; status: 'PENDING' | 'DELIVERED' | 'FAILED'; attempts: number;
  nextAttemptAt: string; lastAttemptAt: string | null; lastStatus: number | null; lastResponse: string | null;
  lastError: string | null; createdAt: string; deliveredAt: string | null; payload: string;
}

export interface WebhookRow {
  id: string; townshipCode: string; name: string; url: string; events: string[]; enabled: boolean; version: number;
  updatedAt: string; lastDelivery: DeliveryRow | null;
}

/** What the add/edit form holds. */
export interface WebhookForm {
  name: string; url: string; events: string[]; enabled: boolean;
  /** Typed secret; '' = generate one. */
  secret: string;
  /** Editing: send a new secret (a new webhook always gets one). */
  changeSecret: boolean;
}

export const eventLabel = (event: string): string => HOOKS.eventLabels[event] ?? event;
export const eventsLabel = (events: readonly string[]): string => events.map(eventLabel).join('、');

/** The form's own check of the address, as the server's (WebhookAddressPolicy.UrlProblem) minus the address ranges, which only the server knows are allowed. */
export function urlProblem(url: string): string | null {
  const text = url.trim();
  if (!text) return HOOKS.urlMissing;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return HOOKS.urlBad;
  }
  if (!['http:', 'https:'].includes(parsed.protocol) || !parsed.hostname) return HOOKS.urlBad;
  if (parsed.username || parsed.password) return HOOKS.urlUser;
  return null;
}

/** 24 random bytes as 48 hex characters: enough for HMAC-SHA256, and safe to paste anywhere. */
export function generateSecret(fill: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return [...fill(new Uint8Array(24))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * saveWebhook's input from the form, with the secret to show once (null when the stored one is kept),
 * or the problems by field name. Editing sends the version read, so another admin's change is not overwritten.
 */
export function webhookInput(form: WebhookForm, township: string, existing: WebhookRow | null, generate = generateSecret):
  {input: Record<string, unknown>; secret: string | null} | {problems: Record<string, string>} {
  const problems: Record<string, string> = {};
  const name = form.name.trim();
  if (!name) problems.name = HOOKS.nameMissing;
  else if (name.length > 100) problems.name = HOOKS.nameLong;
  const url = urlProblem(form.url);
  if (url) problems.url = url;
  const sendSecret = !existing || form.changeSecret;
  const typed = form.secret.trim();
  if (sendSecret && typed && (typed.length < 16 || typed.length > 200)) problems.secret = HOOKS.secretLength;
  const events = EVENTS.filter((e) => form.events.includes(e));
  if (!events.length) problems.events = HOOKS.eventsMissing;
  if (Object.keys(problems).length) return {problems};
  const secret = sendSecret ? typed || generate() : null;
  const input: Record<string, unknown> = existing
    ? {id: existing.id, expectedVersion: existing.version}
    : {townshipCode: township};
  Object.assign(input, {name, url: form.url.trim(), events, enabled: form.enabled}, secret ? {secret} : {});
  return {input, secret};
}

/** The input that flips 启用/停用 and keeps everything else (the secret too). */
export function toggleInput(row: WebhookRow): Record<string, unknown> {
  return {id: row.id, expectedVersion: row.version, name: row.name, url: row.url, events: row.events, enabled: !row.enabled};
}

/**
 * The server's refusal of a save, field by field as the form shows it: the address refusal (SSRF) in
 * words a clerk understands with what to do, a stale version as one sentence for the whole form.
 */
export function saveRefusal(fields: Record<string, string>, message: string): {fields: Record<string, string>; form: string} {
  const shown: Record<string, string> = {...fields};
  const refused = shown.url ? /不能发往\s*(\S+?)：/.exec(shown.url) : null;
  if (refused) shown.url = HOOKS.urlRefusedHost(refused[1]!);
  const conflict = 'expectedVersion' in shown;
  delete shown.expectedVersion;
  const form = conflict ? HOOKS.conflict : Object.keys(shown).length ? '' : message;
  return {fields: shown, form};
}

/** 成功 / 等待重试 / 等待发送 / 失败. */
export function deliveryStatusLabel(d: Pick<DeliveryRow, 'status' | 'attempts'>): string {
  if (d.status === 'PENDING' && d.attempts === 0) return HOOKS.waiting;
  return HOOKS.statuses[d.status] ?? d.status;
}

/** A connection error of the sender (WebhookSender.PostAsync) in words. */
export function errorWords(error: string): string {
  const E = HOOKS.errors;
  const timeout = /^timeout after (\d+) s/.exec(error);
  if (timeout) return E.timeout(timeout[1]!);
  if (/refused addresses/.test(error)) return E.refusedAddress;
  if (/Connection refused|actively refused/i.test(error)) return E.connectionRefused;
  if (/Name or service not known|No such host|nodename nor servname|No address associated|Resource temporarily unavailable/i.test(error)) return E.unknownHost;
  return E.other(error);
}

/** The last answer: "HTTP 500：receiver busy", or the connection error in words, or "—" before the first attempt. */
export function answerText(d: Pick<DeliveryRow, 'lastStatus' | 'lastResponse' | 'lastError' | 'attempts'>): string {
  if (d.lastStatus !== null) {
    const body = (d.lastResponse ?? '').trim().slice(0, 120);
    return body ? `HTTP ${d.lastStatus}：${body}` : `HTTP ${d.lastStatus}`;
  }
  if (d.lastError) return errorWords(d.lastError);
  return d.attempts > 0 ? HOOKS.errors.noAnswer : '—';
}

/** What testWebhook's delivery means to the clerk. */
export function testResult(name: string, d: DeliveryRow | null): {ok: boolean; text: string} {
  if (d?.status === 'DELIVERED') return {ok: true, text: HOOKS.testOk(name, d.lastStatus ?? 200)};
  const why = !d ? HOOKS.errors.noAnswer : d.lastStatus !== null ? `对方返回 HTTP ${d.lastStatus}` : errorWords(d.lastError ?? '');
  return {ok: false, text: HOOKS.testFailed(name, why)};
}

/** The case a delivery is about, by its number in the payload (the id when the payload has none); "—" for a test. */
export function caseLabel(d: Pick<DeliveryRow, 'payload' | 'complaintId'>): string {
  try {
    const body = JSON.parse(d.payload) as {case?: {caseNumber?: string; publicId?: string}};
    const number = body.case?.publicId ?? body.case?.caseNumber;
    if (number) return number;
  } catch {
    // a payload that is not JSON is shown as it is under 查看
  }
  return d.complaintId ?? '—';
}

/** The payload indented for reading. */
export function prettyPayload(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}
