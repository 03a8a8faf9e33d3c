import {describe, expect, test} from 'vitest';
import {GraphQLRequestError} from '../../../api/graphql';
import {townshipChoices} from './adminContext';
import {adminErrorMessage, chinesePart, payloadErrorMessage} from './adminErrors';
import {parseAdminHash, screensFor} from './adminRoutes';
import {compact, errorsByField, mutate, mutateForm} from './mutate';

describe('admin shell', () => {
  test('admins see every screen; planners 包联表 and 导入向导; cadres, viewers and visitors none', () => {
    expect(screensFor({name: 'a', role: 'admin'})).toHaveLength(10);
    expect(screensFor({name: 'p', role: 'planner'})).toEqual(['assignments', 'import']);
    expect(screensFor({name: 'c', role: 'cadre'})).toEqual([]);
    expect(screensFor(null)).toEqual([]);
  });

  test('the hash picks the screen; an unknown or forbidden one falls back to the first allowed', () => {
    const all = screensFor({name: 'a', role: 'admin'});
    expect(parseAdminHash('#/admin/calendar', all)).toBe('calendar');
    expect(parseAdminHash('#/admin', all)).toBe('townships');
    expect(parseAdminHash('#/admin/users', ['assignments', 'import'])).toBe('assignments');
    expect(parseAdminHash('#/admin/nonsense', all)).toBe('townships');
    expect(parseAdminHash('', all)).toBeNull();
    expect(parseAdminHash('#/admin', [])).toBeNull();
  });

  test('an older server without the admin API is named as such, not with the GraphQL wording', () => {
    const old = new GraphQLRequestError('Cannot query field "townships" on type "Query".', 'graphql', [{message: 'Cannot query field "townships" on type "Query".'}]);
    expect(adminErrorMessage(old)).toBe('服务器尚未提供此功能（需要更新服务器版本），请联系系统管理员。');
    expect(adminErrorMessage(new GraphQLRequestError('连不上服务器，请检查网络后重试。', 'network'))).toBe('连不上服务器，请检查网络后重试。');
    expect(adminErrorMessage(new TypeError('x is undefined'))).toBe('出现意外错误，请刷新页面重试。');
  });

  test('server messages keep their Chinese sentence', () => {
    expect(chinesePart('请先修改密码。Change your password first.')).toBe('请先修改密码。');
    expect(chinesePart('No township 330522999000.')).toBe('No township 330522999000.');
    expect(payloadErrorMessage([{message: '代码已存在。Duplicate.'}, {message: '名称不能为空。'}])).toBe('代码已存在。；名称不能为空。');
  });

  test('a mutation answers its payload, its typed errors as one Chinese line, or the request failure', async () => {
    const ok = await mutate(async <T>() => ({createUnit: {unit: {id: '9'}, errors: []}}) as T, 'createUnit', 'CreateUnitInput', {}, 'unit { id }');
    expect(ok).toEqual({ok: true, value: {unit: {id: '9'}, errors: []}});
    const refused = await mutate(async <T>() => ({retirePerson: {person: null, errors: [{message: '此人仍有 3 条有效包联，不能撤销。'}]}}) as T,
      'retirePerson', 'RetirePersonInput', {id: '1'}, 'person { id }');
    expect(refused).toEqual({ok: false, message: '此人仍有 3 条有效包联，不能撤销。'});
    const offline = await mutate(async () => { throw new GraphQLRequestError('连不上服务器，请检查网络后重试。', 'network'); }, 'x', 'X', {}, 'y');
    expect(offline).toEqual({ok: false, message: '连不上服务器，请检查网络后重试。'});
  });

  test('compact drops blanks; the township picker falls back to the session township', () => {
    expect(compact({a: '', b: undefined, c: 0, d: 'x'})).toEqual({c: 0, d: 'x'});
    expect(townshipChoices(null, {name: 'a', role: 'admin', township: '330522125000'}).map((t) => t.code)).toEqual(['330522125000']);
    expect(townshipChoices([{code: '1', name: '甲', countyCode: '3', isPublic: true, retiredAt: '2026-01-01'}, {code: '2', name: '乙', countyCode: '3', isPublic: true}],
      {name: 'a', role: 'admin'}).map((t) => t.code)).toEqual(['2']);
  });

  test('a form learns which field each typed error names', async () => {
    const errors = [{message: '地址不对。Bad URL.', path: ['input', 'url']}, {message: '名称太长。', path: ['input', 'name']}, {message: '无权限。', path: null}];
    expect(errorsByField(errors)).toEqual({url: '地址不对。', name: '名称太长。'});
    const refused = await mutateForm(async <T>() => ({saveWebhook: {webhook: null, errors}}) as T, 'saveWebhook', 'SaveWebhookInput', {}, 'webhook { id }');
    expect(refused).toEqual({ok: false, message: '地址不对。；名称太长。；无权限。', fields: {url: '地址不对。', name: '名称太长。'}});
  });
});
