import {fromLonLat} from 'ol/proj';
import {type App, emit, on} from '../../app/app';
import {ago, badgeText, deadlineLabel, fetchNotifications, KIND_LABELS, markedRead, markRead, mergeNotification,
  type NotificationItem} from './notifyApi';
import {subscribeNotifications} from './notifySocket';
import './notify.css';

/** How often the bell asks while the live socket is down (ms). */
const POLL_MS = 60_000;
/** Half the side of the view a notification's case opens in (m, EPSG:3857). */
const AROUND_M = 120;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

/**
 * The top bar's 通知 bell (issue #14 §5): the unread count as a badge, a list of the newest notifications
 * (新案件 / 即将超期 / 已超期) that opens a case on the map when clicked, and 全部已读. Signed-in users only;
 * live through the `notificationAdded` subscription, polling while the socket is down. The same bell
 * serves the phone (the top bar stays on top of the field view).
 */
export function installNotify(app: App): void {
  const slot = app.element('notify');
  const badge = el('span', {className: 'notify-badge'});
  const bell = el('button', {type: 'button', className: 'notify-bell', textContent: '通知'});
  bell.setAttribute('aria-haspopup', 'dialog');
  bell.append(badge);
  const list = el('ul', {className: 'notify-list'});
  const allRead = el('button', {type: 'button', className: 'notify-all-read', textContent: '全部已读'});
  const close = el('button', {type: 'button', className: 'notify-close', textContent: '×', title: '收起'});
  const panel = el('div', {className: 'notify-panel', hidden: true});
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', '通知');
  const head = el('div', {className: 'notify-head'});
  head.append(el('strong', {textContent: '通知'}), allRead, close);
  panel.append(head, list);
  slot.append(bell, panel);

  let items: NotificationItem[] = [];
  let unread = 0;
  let stopLive: (() => void) | null = null;
  let poll: ReturnType<typeof setInterval> | undefined;

  const render = () => {
    badge.textContent = badgeText(unread);
    badge.hidden = unread <= 0;
    bell.setAttribute('aria-label', unread > 0 ? `通知（${unread} 条未读）` : '通知');
    allRead.disabled = unread <= 0;
    list.replaceChildren(...(items.length ? items.map(row) : [el('li', {className: 'notify-empty', textContent: '暂无通知'})]));
  };

  const row = (n: NotificationItem) => {
    const item = el('li', {className: `notify-item kind-${n.kind.toLowerCase()}${n.read ? '' : ' unread'}`});
    const button = el('button', {type: 'button'});
    button.dataset.caseNumber = n.caseNumber;
    const top = el('span', {className: 'notify-top'});
    top.append(el('span', {className: 'notify-kind', textContent: KIND_LABELS[n.kind]}), el('span', {className: 'notify-case', textContent: n.caseNumber}),
      el('span', {className: 'notify-ago', textContent: ago(n.createdAt)}));
    const what = [n.categoryName, n.description].filter(Boolean).join(' · ');
    button.append(top, el('span', {className: 'notify-what', textContent: what}), el('span', {className: 'notify-deadline', textContent: deadlineLabel(n.deadline)}));
    button.addEventListener('click', () => openCase(n));
    item.append(button);
    return item;
  };

  const refresh = async () => {
    if (!app.session) return;
    try {
      ({items, unread} = await fetchNotifications(app.graphql));
      render();
    } catch {
      // The bell keeps what it showed; the next poll or push tries again.
    }
  };

  const read = async (ids: string[] | null) => {
    items = markedRead(items, ids);
    if (ids) unread = Math.max(0, unread - ids.length);
    else unread = 0;
    render();
    try {
      unread = await markRead(app.graphql, ids);
      render();
    } catch (error) {
      app.status.error("标记已读失败，请稍后重试。", error instanceof Error ? error.message : String(error));
    }
  };

  const openCase = (n: NotificationItem) => {
    panel.hidden = true;
    if (!n.read) void read([n.id]);
    const [x, y] = fromLonLat([n.lon, n.lat]);
    emit(app, 'zoom-to', {extent: [x - AROUND_M, y - AROUND_M, x + AROUND_M, y + AROUND_M]});
    emit(app, 'select', {kind: 'complaint', id: n.complaintId});
  };

  const pushed = (n: NotificationItem) => {
    if (!items.some((i) => i.id === n.id) && !n.read) unread += 1;
    items = mergeNotification(items, n);
    render();
  };

  const start = () => {
    stop();
    slot.hidden = false;
    void refresh();
    stopLive = subscribeNotifications(pushed, (live) => {
      clearInterval(poll);
      // While the socket is down, ask now and then; once it is back, catch up on what was missed.
      if (!live) poll = setInterval(() => void refresh(), POLL_MS);
      else void refresh();
    });
  };
  const stop = () => {
    stopLive?.();
    stopLive = null;
    clearInterval(poll);
    items = [];
    unread = 0;
    panel.hidden = true;
    slot.hidden = true;
    render();
  };

  bell.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    if (!panel.hidden) void refresh();
  });
  close.addEventListener('click', () => (panel.hidden = true));
  allRead.addEventListener('click', () => void read(null));
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !panel.hidden) panel.hidden = true; });
  on(app, 'session-changed', (session) => (session ? start() : stop()));
  if (app.session) start();
  else stop();
  openLinkedCase(app);
}

/** A webhook's link (`/?case=<id>`) opens that case's details. */
function openLinkedCase(app: App): void {
  const id = new URL(location.href).searchParams.get('case');
  if (id && /^\d+$/.test(id)) emit(app, 'select', {kind: 'complaint', id});
}
