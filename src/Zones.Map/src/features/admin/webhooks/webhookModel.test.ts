import {describe, expect, test} from 'vitest';
import {
  answerText, caseLabel, type DeliveryRow, deliveryStatusLabel, errorWords, eventsLabel, generateSecret, saveRefusal, testResult,
  toggleInput, urlProblem, type WebhookForm, webhookInput, type WebhookRow,
} from './webhookModel';

const form = (over: Partial<WebhookForm> = {}): WebhookForm => ({
  name: ' 企业微信值班群 ', url: ' https://qyapi.example.cn/hook ', events: ['OVERDUE', 'NEW'], enabled: true, secret: '', changeSecret: false, ...over,
});
const row: WebhookRow = {
  id: '7', townshipCode: '330522125000', name: '短信网关', url: 'https://sms.example.cn/in', events: ['NEW'], enabled: true, version: 3,
  updatedAt: '2026-12-07T08:00:00Z', lastDelivery: null,
};
const delivery = (over: Partial<DeliveryRow> = {}): DeliveryRow => ({
  id: '1', complaintId: null, kind: 'TEST', status: 'DELIVERED', attempts: 1, nextAttemptAt: '2026-12-07T08:00:00Z', lastAttemptAt: null,
  lastStatus: 200, lastResponse: 'ok', lastError: null, createdAt: '2026-12-07T08:00:00Z', deliveredAt: null, payload: '{}', ...over,
});

describe('通知推送 form', () => {
  test('events read in Chinese, in the order given', () => {
    expect(eventsLabel(['NEW', 'DUE_SOON', 'OVERDUE'])).toBe('新案件、即将超期、已超期');
    expect(eventsLabel(['TEST'])).toBe('测试');
  });

  test('the address must be a whole http(s) URL without a user name; the address ranges are the server\'s to judge', () => {
    expect(urlProblem('')).toBe('请填写地址。');
    expect(urlProblem('qyapi.weixin.qq.com/send')).toMatch(/^地址应是完整的网址/);
    expect(urlProblem('ftp://example.cn/x')).toMatch(/^地址应是完整的网址/);
    expect(urlProblem('https://user:pw@example.cn/x')).toMatch(/^地址里不能带用户名或密码/);
    expect(urlProblem('http://127.0.0.1:8080/hook')).toBeNull();
  });

  test('a new webhook gets a generated secret of 48 hex characters when none is typed, and the events in the API order', () => {
    const built = webhookInput(form(), '330522125000', null, () => 's'.repeat(48));
    expect(built).toEqual({
      input: {townshipCode: '330522125000', name: '企业微信值班群', url: 'https://qyapi.example.cn/hook', events: ['NEW', 'OVERDUE'], enabled: true, secret: 's'.repeat(48)},
      secret: 's'.repeat(48),
    });
    expect(generateSecret()).toMatch(/^[0-9a-f]{48}$/);
    expect(generateSecret()).not.toBe(generateSecret());
  });

  test('an edit sends the version read and keeps the stored secret unless it is changed', () => {
    expect(webhookInput(form({secret: 'ignored'}), 't', row)).toEqual({
      input: {id: '7', expectedVersion: 3, name: '企业微信值班群', url: 'https://qyapi.example.cn/hook', events: ['NEW', 'OVERDUE'], enabled: true},
      secret: null,
    });
    expect(webhookInput(form({changeSecret: true, secret: 'my-own-secret-of-24-chars'}), 't', row)).toMatchObject({
      input: {secret: 'my-own-secret-of-24-chars'}, secret: 'my-own-secret-of-24-chars',
    });
  });

  test('every problem is named beside its field at once', () => {
    expect(webhookInput(form({name: ' ', url: 'x', events: [], secret: 'short'}), 't', null)).toEqual({problems: {
      name: '请填写名称（最多 100 字），例如“企业微信值班群”。',
      url: '地址应是完整的网址，以 http:// 或 https:// 开头，例如 https://qyapi.weixin.qq.com/…。',
      secret: '签名密钥须为 16–200 个字符；留空则由系统生成。',
      events: '请至少选择一种事件。',
    }});
  });

  test('启用/停用 flips the switch on the version read and keeps the rest', () => {
    expect(toggleInput(row)).toEqual({id: '7', expectedVersion: 3, name: '短信网关', url: 'https://sms.example.cn/in', events: ['NEW'], enabled: false});
  });

  test('the server\'s address refusal is explained beside the address; a stale version is one sentence for the form', () => {
    const ssrf = saveRefusal({url: 'Webhook 不能发往 127.0.0.1：本机、内网和链路本地地址不允许（防止服务器被用来访问内部服务）。'}, 'x');
    expect(ssrf.fields.url).toMatch(/^这个地址（127\.0\.0\.1）指向本机、内网或云平台内部地址。系统不允许推送到本机或内网地址/);
    expect(ssrf.form).toBe('');
    const stale = saveRefusal({expectedVersion: 'webhook“短信网关”已被他人修改（当前版本 4，您的版本 3），请刷新后重试。'}, 'x');
    expect(stale).toEqual({fields: {}, form: '这条推送设置刚被别人修改过，您看到的是旧内容，没有保存。请点“取消”，再点该行的“修改”，在最新内容上重新修改。'});
    expect(saveRefusal({}, '只有管理员可以设置 webhook。')).toEqual({fields: {}, form: '只有管理员可以设置 webhook。'});
  });
});

describe('投递记录', () => {
  test('statuses read as 成功 / 等待发送 / 等待重试 / 失败', () => {
    expect(deliveryStatusLabel({status: 'DELIVERED', attempts: 1})).toBe('成功');
    expect(deliveryStatusLabel({status: 'PENDING', attempts: 0})).toBe('等待发送');
    expect(deliveryStatusLabel({status: 'PENDING', attempts: 2})).toBe('等待重试');
    expect(deliveryStatusLabel({status: 'FAILED', attempts: 8})).toBe('失败');
  });

  test('the last answer is the HTTP status and the start of the body, or the connection error in words', () => {
    expect(answerText(delivery({lastStatus: 500, lastResponse: 'receiver busy'}))).toBe('HTTP 500：receiver busy');
    expect(answerText(delivery({lastStatus: null, lastError: 'timeout after 5 s'}))).toBe('对方 5 秒内没有应答');
    expect(answerText(delivery({lastStatus: null, attempts: 0}))).toBe('—');
    expect(errorWords('webhook host x resolves only to refused addresses (10.0.0.1: private network)')).toBe('地址指向本机或内网，系统不允许推送');
    expect(errorWords('Connection refused (127.0.0.1:9)')).toMatch(/^对方拒绝连接/);
    expect(errorWords('Name or service not known (hooks.example.cn:443)')).toMatch(/^找不到这个域名/);
  });

  test('a test send is 成功 with the status, or says why not', () => {
    expect(testResult('短信网关', delivery())).toEqual({ok: true, text: '测试消息已送达“短信网关”：对方返回 HTTP 200（成功）。'});
    expect(testResult('短信网关', delivery({status: 'FAILED', lastStatus: 404}))).toMatchObject({ok: false, text: expect.stringContaining('对方返回 HTTP 404')});
    expect(testResult('短信网关', delivery({status: 'FAILED', lastStatus: null, lastError: 'Connection refused'}))).toMatchObject({ok: false, text: expect.stringContaining('对方拒绝连接')});
  });

  test('the case of a delivery is its number from the payload', () => {
    expect(caseLabel(delivery({payload: '{"case":{"id":"5","caseNumber":"2026-000123"}}', complaintId: '5'}))).toBe('2026-000123');
    expect(caseLabel(delivery({payload: '{"event":"test"}'}))).toBe('—');
    expect(caseLabel(delivery({payload: 'not json', complaintId: '9'}))).toBe('9');
  });
});
