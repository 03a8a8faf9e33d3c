import {describe, expect, test} from 'vitest';
import {roleLabel, sessionLabel} from './roleLabels';
import {parseSession, signIn, signInErrorMessage} from './sessionApi';

describe('session', () => {
  test('an anonymous /auth/me ({signedIn: false}) is no session', () => {
    expect(parseSession({signedIn: false})).toBeNull();
  });

  test('parses /auth/me and prefers the display name of /auth/login', () => {
    expect(parseSession({username: 'planner', role: 'planner', personId: 7, unitId: null}))
      .toEqual({name: 'planner', role: 'planner', personId: 7, unitId: null, township: null, county: null, mustChangePassword: false});
    expect(parseSession({username: 'planner', displayName: '规划员王芳', role: 'planner'})?.name).toBe('规划员王芳');
    expect(parseSession({username: 'admin', role: 'admin', township: '330522125000', county: null}))
      .toMatchObject({township: '330522125000', county: null});
    expect(parseSession({username: 'li', role: 'cadre', mustChangePassword: true})?.mustChangePassword).toBe(true);
  });

  test('a role the map cannot use, or no body, is no session', () => {
    expect(parseSession({username: 'hotline', role: 'hotline'})).toBeNull();
    expect(parseSession(null)).toBeNull();
    expect(parseSession({code: 'UNAUTHENTICATED'})).toBeNull();
  });

  test('roles in Chinese', () => {
    expect(['admin', 'planner', 'cadre', 'viewer'].map(roleLabel)).toEqual(['管理员', '规划员', '干部', '只读']);
    expect(roleLabel('auditor')).toBe('auditor');
    expect(sessionLabel({name: '王芳', role: 'viewer'})).toBe('王芳（只读）');
  });

  test('sign-in failures say what to do, in Chinese', () => {
    expect(signInErrorMessage(401, {code: 'INVALID_CREDENTIALS', description: '用户名或密码错误。Wrong username or password.'}))
      .toBe('用户名或密码错误，请检查后重新输入（注意大小写）。');
    expect(signInErrorMessage(400, {description: '请填写用户名和密码。Username and password are required.'})).toBe('请填写用户名和密码。');
    expect(signInErrorMessage(502, null)).toBe('登录失败：服务器出错（HTTP 502），请稍后重试。');
  });

  test('an empty form is refused before any request', async () => {
    let calls = 0;
    const result = await signIn(async () => { calls++; return new Response(null, {status: 500}); }, '  ', 'x');
    expect(result).toEqual({error: '请填写用户名和密码。'});
    expect(calls).toBe(0);
  });
});
