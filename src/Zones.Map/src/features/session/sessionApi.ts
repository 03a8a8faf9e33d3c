import type {Session} from '../../app/app';
import type {FetchLike} from '../../ogc/fetchJson';

const ROLES: readonly string[] = ['admin', 'planner', 'cadre', 'viewer'];

/** The outcome of a sign-in: the new session, or a message for the form. */
export type SignInResult = {session: Session} | {error: string};

/**
 * A session from the body of GET /auth/me (or POST /auth/login): {username, displayName?, role,
 * personId?, unitId?}. Null for anything else, e.g. a hotline key's role, which the map has no use for.
 */
export function parseSession(body: unknown): Session | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  if (typeof b.username !== 'string' || typeof b.role !== 'string' || !ROLES.includes(b.role)) return null;
  const name = typeof b.displayName === 'string' && b.displayName.trim() ? b.displayName : b.username;
  return {
    name,
    role: b.role as Session['role'],
    personId: typeof b.personId === 'number' ? b.personId : null,
    unitId: typeof b.unitId === 'number' ? b.unitId : null,
    township: typeof b.township === 'string' ? b.township : null,
    county: typeof b.county === 'string' ? b.county : null,
    mustChangePassword: b.mustChangePassword === true,
  };
}

/** The Chinese sentence of the server's "中文。English." description. */
export function chinesePart(description: unknown): string | null {
  if (typeof description !== 'string' || !description.trim()) return null;
  const end = description.indexOf('。');
  return end >= 0 ? description.slice(0, end + 1) : description;
}

/** What the sign-in form says when POST /auth/login fails, with what to do about it. */
export function signInErrorMessage(status: number, body: unknown): string {
  const said = chinesePart((body as {description?: unknown} | null)?.description);
  if (status === 401) return '用户名或密码错误，请检查后重新输入（注意大小写）。';
  if (status === 400) return said ?? '请填写用户名和密码。';
  if (status === 429) return '登录尝试过于频繁，请稍等一分钟再试。';
  return `登录失败：服务器出错（HTTP ${status}），请稍后重试。`;
}

async function jsonOf(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/** Who is signed in now (the cookie), or null (GET /auth/me answers {signedIn: false}). A server that cannot say is treated as anonymous. */
export async function fetchSession(fetchFn: FetchLike): Promise<Session | null> {
  try {
    const response = await fetchFn('/auth/me', {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    return response.ok ? parseSession(await jsonOf(response)) : null;
  } catch {
    return null;
  }
}

/** POST a JSON body to an /auth endpoint with the sign-in cookie. */
export function postJson(fetchFn: FetchLike, url: string, body: unknown): Promise<Response> {
  return fetchFn(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {'Content-Type': 'application/json', Accept: 'application/json'},
    body: JSON.stringify(body),
  });
}

/** POST /auth/login with a cookie session; then /auth/me for the person and unit ids. */
export async function signIn(fetchFn: FetchLike, username: string, password: string): Promise<SignInResult> {
  if (!username.trim() || !password) return {error: '请填写用户名和密码。'};
  let response: Response;
  try {
    response = await postJson(fetchFn, '/auth/login', {username: username.trim(), password});
  } catch {
    return {error: '连不上服务器，请检查网络后重试。'};
  }
  const body = await jsonOf(response);
  if (!response.ok) return {error: signInErrorMessage(response.status, body)};
  const fromLogin = parseSession(body);
  const me = await fetchSession(fetchFn);
  const session = me ? {...me, name: fromLogin?.name ?? me.name, mustChangePassword: me.mustChangePassword || !!fromLogin?.mustChangePassword} : fromLogin;
  if (session) return {session};
  // A role the map has no use for (a hotline key's account): do not leave it signed in half-way.
  await signOut(fetchFn);
  return {error: '此账号的角色不能使用地图（仅限管理员、规划员、干部、只读账号），请换一个账号。'};
}

/** POST /auth/logout; the cookie is gone whatever the answer. */
export async function signOut(fetchFn: FetchLike): Promise<void> {
  try {
    await fetchFn('/auth/logout', {method: 'POST', credentials: 'same-origin'});
  } catch {
    // Offline: the page forgets the session anyway; the cookie expires by itself.
  }
}
