import type {Session} from '../../../app/app';
import {ADMIN} from '../../../i18n/adminMessages';

const U = ADMIN.users;

export const USER_FIELDS = 'id username displayName role townshipCode countyCode createdAt disabledAt mustChangePassword lastSignInAt person { id name }';
export const PEOPLE_CHOICES = 'query($t: String) { people(townshipCode: $t) { id name title } }';
export const KEY_FIELDS = 'id name role townshipCode countyCode prefix createdAt lastUsedAt revokedAt';
export const USERS_QUERY = `query($t: String) { users(townshipCode: $t, includeDisabled: true) { ${USER_FIELDS} } }`;
export const KEYS_QUERY = `query($t: String) { apiKeys(townshipCode: $t, includeRevoked: true) { ${KEY_FIELDS} } }`;

export interface UserRow {
  id: string; username: string; displayName: string; role: string;
  townshipCode: string | null; countyCode: string | null;
  createdAt: string; disabledAt: string | null; mustChangePassword: boolean; lastSignInAt: string | null;
  person?: {id: string; name: string} | null;
}
export interface KeyRow {
  id: string; name: string; role: string; townshipCode: string | null; countyCode: string | null;
  prefix: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null;
}

export const USER_ROLES: readonly (readonly [string, string])[] = [['ADMIN', '管理员'], ['PLANNER', '规划员'], ['CADRE', '干部'], ['VIEWER', '只读']];
export const KEY_ROLES: readonly (readonly [string, string])[] = [['HOTLINE', '热线对接'], ['VIEWER', '只读']];

/** 管理员 … for a UserRole or ApiKeyRole wire value. */
export function roleName(role: string): string {
  return [...USER_ROLES, ...KEY_ROLES].find(([v]) => v === role)?.[1] ?? role;
}

export type Scope = 'township' | 'county' | 'all';

/** The scopes this admin may give: never wider than their own (the server refuses that too). */
export function scopeChoices(session: Session): (readonly [Scope, string])[] {
  const choices: (readonly [Scope, string])[] = [['township', U.scopeTownship]];
  if (!session.township) choices.push(['county', U.scopeCounty]);
  if (!session.township && !session.county) choices.push(['all', U.scopeAll]);
  return choices;
}

/** townshipCode / countyCode of a new user or key for the chosen scope. */
export function scopeFields(scope: Scope, township: string): {townshipCode?: string; countyCode?: string} {
  if (scope === 'township') return {townshipCode: township};
  if (scope === 'county') return {countyCode: township.slice(0, 6)};
  return {};
}

/** 本乡镇 330522125000 / 全县 330522 / 全系统 for a row. */
export function scopeLabel(row: {townshipCode: string | null; countyCode: string | null}): string {
  if (row.townshipCode) return `${U.scopeTownship} ${row.townshipCode}`;
  if (row.countyCode) return `${U.scopeCounty} ${row.countyCode}`;
  return U.scopeAll;
}

export function userStatus(user: UserRow): string {
  if (user.disabledAt) return U.disabled;
  return user.mustChangePassword ? U.mustChange : U.active;
}

export function passwordProblem(password: string): string | null {
  return password.length >= 12 ? null : U.passwordShort;
}

export interface NewUserForm {
  username: string; displayName: string; role: string; scope: Scope; password: string;
  /** The 花名册 person a cadre account acts as ('' = none): their 包联 are "my tasks". */
  personId?: string;
}

/** createUser's input, or the first problem of the form. */
export function createUserInput(form: NewUserForm, township: string): {input: Record<string, unknown>} | {problem: string} {
  const username = form.username.trim();
  if (!/^[A-Za-z0-9._-]{3,64}$/.test(username)) return {problem: U.usernameBad};
  if (!form.displayName.trim()) return {problem: ADMIN.required(U.displayName)};
  if (form.role === 'CADRE' && !form.personId) return {problem: U.cadreNeedsPerson};
  const bad = passwordProblem(form.password);
  if (bad) return {problem: bad};
  const input: Record<string, unknown> = {username, displayName: form.displayName.trim(), role: form.role, password: form.password, ...scopeFields(form.scope, township)};
  if (form.personId) input.personId = form.personId;
  return {input};
}

/** createApiKey's input, or the problem. */
export function createKeyInput(form: {name: string; role: string; scope: Scope}, township: string): {input: Record<string, unknown>} | {problem: string} {
  if (!form.name.trim()) return {problem: ADMIN.required(U.keyName)};
  return {input: {name: form.name.trim(), role: form.role, ...scopeFields(form.scope, township)}};
}
