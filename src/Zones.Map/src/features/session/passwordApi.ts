import type {FetchLike} from '../../ogc/fetchJson';
import {chinesePart, postJson} from './sessionApi';

/** What is wrong with a new password as typed (null = fine); the server checks the same (≥ 12 characters). */
export function newPasswordProblem(current: string, next: string, again: string): string | null {
  if (!current) return '请填写当前密码。';
  if (next.length < 12) return '新密码至少 12 位。';
  if (next === current) return '新密码不能与当前密码相同。';
  return next === again ? null : '两次输入的新密码不一致。';
}

/** POST /auth/password: null when changed, else the sentence for the form. */
export async function changePassword(fetchFn: FetchLike, currentPassword: string, newPassword: string): Promise<string | null> {
  let response: Response;
  try {
    response = await postJson(fetchFn, '/auth/password', {currentPassword, newPassword});
  } catch {
    return '连不上服务器，请检查网络后重试。';
  }
  if (response.ok) return null;
  let description: unknown = null;
  try {
    description = ((await response.json()) as {description?: unknown} | null)?.description;
  } catch {
    // no body: described by the status
  }
  const said = chinesePart(description);
  if (said) return said;
  if (response.status === 401) return '当前密码不正确，请重新输入。';
  return `修改失败：服务器出错（HTTP ${response.status}），请稍后重试。`;
}
