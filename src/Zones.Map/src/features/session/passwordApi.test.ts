import {describe, expect, test} from 'vitest';
import {changePassword, newPasswordProblem} from './passwordApi';

describe('changing one own password', () => {
  test('the new password is checked before any request', () => {
    expect(newPasswordProblem('', 'a-long-password', 'a-long-password')).toBe('请填写当前密码。');
    expect(newPasswordProblem('old', 'short', 'short')).toBe('新密码至少 12 位。');
    expect(newPasswordProblem('a-long-password', 'a-long-password', 'a-long-password')).toBe('新密码不能与当前密码相同。');
    expect(newPasswordProblem('old', 'a-long-password', 'a-long-passwore')).toBe('两次输入的新密码不一致。');
    expect(newPasswordProblem('old', 'a-long-password', 'a-long-password')).toBeNull();
  });

  test('POST /auth/password: done, or the server Chinese sentence, or the status in words', async () => {
    let sent: unknown;
    const ok = await changePassword(async (_url, init) => { sent = JSON.parse(String(init?.body)); return new Response(null, {status: 204}); }, 'old', 'a-long-password');
    expect(ok).toBeNull();
    expect(sent).toEqual({currentPassword: 'old', newPassword: 'a-long-password'});
    const wrong = await changePassword(async () => Response.json({code: 'INVALID_CREDENTIALS', description: '当前密码不正确。Wrong password.'}, {status: 401}), 'x', 'y');
    expect(wrong).toBe('当前密码不正确。');
    expect(await changePassword(async () => new Response(null, {status: 500}), 'x', 'y')).toBe('修改失败：服务器出错（HTTP 500），请稍后重试。');
  });
});
