import {describe, expect, it} from 'vitest';
import {changeText, type ZoneChangeRow} from './historyText';

const change = (c: Partial<ZoneChangeRow>): ZoneChangeRow => ({
  at: '2026-03-01T09:00:00+08:00', kind: 'CREATED', actor: 'planner', actorName: null, version: null,
  before: null, after: null, boundaryBefore: null, boundaryAfter: null, ...c,
});

describe('a zone history row in words', () => {
  it('signs a change with the person\'s name, not the login', () => {
    expect(changeText(change({actor: 'zhangsan', actorName: '张三'})).who).toBe('张三');
  });

  it('signs what the loader or a tool wrote as 系统 and keeps an unknown login as it is', () => {
    expect(changeText(change({actor: 'demo-loader'})).who).toBe('系统');
    expect(changeText(change({actor: 'apikey:12345热线'})).who).toBe('apikey:12345热线');
  });

  it('says a handover from the old owner to the new one', () => {
    expect(changeText(change({kind: 'OWNER_ASSIGNED', before: '王联片', after: '李联片'})).what).toBe('包联交接：王联片 → 李联片');
    expect(changeText(change({kind: 'OWNER_ASSIGNED', after: '李联片'})).what).toBe('包联：李联片');
  });

  it('names statuses in Chinese and shows the time as sent (Beijing)', () => {
    const text = changeText(change({kind: 'STATUS', before: 'PUBLISHED', after: 'RETIRED'}));
    expect(text).toEqual({when: '2026-03-01 09:00', who: 'planner', what: '状态：已发布 → 已撤销'});
  });
});
