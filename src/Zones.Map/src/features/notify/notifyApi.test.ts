import {describe, expect, it} from 'vitest';
import {ago, badgeText, deadlineLabel, fetchNotifications, markedRead, markRead, mergeNotification, type NotificationItem} from './notifyApi';

const item = (id: string, createdAt: string, read = false): NotificationItem => ({
  id, kind: 'NEW', complaintId: '7', caseNumber: 'E0102202611200001', categoryName: '暴露垃圾', description: '路边有暴露垃圾',
  lon: 119.8, lat: 31.03, deadline: '2026-11-23T01:30:00Z', createdAt, read,
});

describe('notifyApi', () => {
  it('merges a pushed notification newest first without duplicates', () => {
    const list = [item('2', '2026-11-20T09:00:00Z'), item('1', '2026-11-20T08:00:00Z')];
    expect(mergeNotification(list, item('3', '2026-11-20T10:00:00Z')).map((n) => n.id)).toEqual(['3', '2', '1']);
    expect(mergeNotification(list, item('2', '2026-11-20T09:00:00Z', true)).map((n) => [n.id, n.read])).toEqual([['2', true], ['1', false]]);
  });

  it('marks the given notifications read, or all of them', () => {
    const list = [item('2', 'b'), item('1', 'a')];
    expect(markedRead(list, ['1']).map((n) => n.read)).toEqual([false, true]);
    expect(markedRead(list, null).every((n) => n.read)).toBe(true);
  });

  it('shows the count on the badge, 99+ above 99 and nothing at 0', () => {
    expect([badgeText(0), badgeText(5), badgeText(120)]).toEqual(['', '5', '99+']);
  });

  it('says how long ago in Chinese', () => {
    const now = new Date('2026-11-20T10:00:00Z');
    expect(['2026-11-20T09:59:40Z', '2026-11-20T09:55:00Z', '2026-11-20T07:00:00Z', '2026-11-18T09:00:00Z'].map((t) => ago(t, now)))
      .toEqual(['刚刚', '5 分钟前', '3 小时前', '2 天前']);
  });

  it('writes the deadline in local words', () => {
    expect(deadlineLabel(null)).toBe('');
    expect(deadlineLabel('2026-11-23T09:30:00')).toBe('期限 11月23日 09:30');
  });

  it('asks for the list and the unread count in one request', async () => {
    const asked: unknown[] = [];
    const graphql = (async (_q: string, v?: Record<string, unknown>) => {
      asked.push(v);
      return {myNotifications: {edges: [{node: item('1', 'a')}]}, unreadNotificationCount: 4};
    }) as Parameters<typeof fetchNotifications>[0];
    expect(await fetchNotifications(graphql)).toEqual({items: [item('1', 'a')], unread: 4});
    expect(asked).toEqual([{first: 30}]);
  });

  it('marks read by ids or all, and fails with the server\'s words', async () => {
    const inputs: unknown[] = [];
    const ok = (async (_q: string, v?: Record<string, unknown>) => {
      inputs.push(v?.input);
      return {markNotificationsRead: {unreadCount: 2, errors: []}};
    }) as Parameters<typeof markRead>[0];
    expect(await markRead(ok, ['5'])).toBe(2);
    await markRead(ok, null);
    expect(inputs).toEqual([{ids: ['5']}, {all: true}]);
    const refused = (async () => ({markNotificationsRead: {unreadCount: 0, errors: [{message: '请先登录。'}]}})) as Parameters<typeof markRead>[0];
    await expect(markRead(refused, null)).rejects.toThrow('请先登录。');
  });
});
