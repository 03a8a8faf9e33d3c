import type {GraphQLClient} from '../../api/graphql';

/** What a notification says about its case (GraphQL NotificationKind). */
export type NotificationKind = 'NEW' | 'DUE_SOON' | 'OVERDUE';

/** One notification as the list shows it. */
export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  complaintId: string;
  caseNumber: string;
  categoryName: string | null;
  description: string;
  lon: number;
  lat: number;
  deadline: string | null;
  createdAt: string;
  read: boolean;
}

export const KIND_LABELS: Record<NotificationKind, string> = {NEW: '新案件', DUE_SOON: '即将超期', OVERDUE: '已超期'};

/** The fields every query and the subscription select, in NotificationItem's shape. */
export const NOTIFICATION_FIELDS = 'id kind complaintId caseNumber categoryName description lon lat deadline createdAt read';

/** How many the list keeps (newest first); older ones are a page away in the API, not in the bell. */
export const LIST_SIZE = 30;

const LIST_QUERY = `query Notifications($first: Int) {
  myNotifications(first: $first) { edges { node { ${NOTIFICATION_FIELDS} } } }
  unreadNotificationCount
}`;

const MARK_READ = `mutation MarkRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) { count unreadCount errors { ... on UserError { message } } }
}`;

/** The newest notifications and the unread count, in one request. */
export async function fetchNotifications(graphql: GraphQLClient): Promise<{items: NotificationItem[]; unread: number}> {
  const data = await graphql<{myNotifications: {edges: {node: NotificationItem}[]}; unreadNotificationCount: number}>(LIST_QUERY, {first: LIST_SIZE});
  return {items: data.myNotifications.edges.map((e) => e.node), unread: data.unreadNotificationCount};
}

/** Marks these notifications read (all of them when `ids` is null); resolves with the unread count after. */
export async function markRead(graphql: GraphQLClient, ids: string[] | null): Promise<number> {
  const input = ids ? {ids} : {all: true};
  const data = await graphql<{markNotificationsRead: {unreadCount: number; errors: {message: string}[]}}>(MARK_READ, {input});
  const payload = data.markNotificationsRead;
  if (payload.errors.length) throw new Error(payload.errors.map((e) => e.message).join('；'));
  return payload.unreadCount;
}

/** A pushed notification added to the list: newest first, no duplicates, at most LIST_SIZE. */
export function mergeNotification(list: NotificationItem[], item: NotificationItem): NotificationItem[] {
  const rest = list.filter((n) => n.id !== item.id);
  return [item, ...rest].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || Number(b.id) - Number(a.id)).slice(0, LIST_SIZE);
}

/** The list with these ids (all when null) marked read. */
export function markedRead(list: NotificationItem[], ids: string[] | null): NotificationItem[] {
  return list.map((n) => (ids === null || ids.includes(n.id) ? {...n, read: true} : n));
}

/** The badge's text: the count, 99+ above 99, nothing at 0. */
export function badgeText(unread: number): string {
  return unread <= 0 ? '' : unread > 99 ? '99+' : String(unread);
}

/** "刚刚", "5 分钟前", "3 小时前", "2 天前" — how long ago, for the list. */
export function ago(iso: string, now: Date = new Date()): string {
  const minutes = Math.floor((now.getTime() - new Date(iso).getTime()) / 60_000);
  if (minutes < 1) return '刚刚';
  if (minutes < 60) return `${minutes} 分钟前`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} 小时前`;
  return `${Math.floor(minutes / (24 * 60))} 天前`;
}

/** The deadline in local words: "期限 11月23日 09:30". */
export function deadlineLabel(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `期限 ${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
