import {ADMIN} from '../../../i18n/adminMessages';
import type {AdminContext} from '../shell/adminContext';
import {button, dateTime, el, field, inlineForm, input, type MessageLine, select, table} from '../shell/adminDom';
import {mutate, read} from '../shell/mutate';
import {createUserInput, passwordProblem, roleName, type Scope, scopeChoices, scopeLabel, USER_FIELDS, USER_ROLES, type UserRow, USERS_QUERY, userStatus} from './userQueries';

const U = ADMIN.users;
type Payload = {user: UserRow; errors: []};

/** 用户: list with status and last sign-in; 新增, 修改 (name, role), 停用/启用, 重置密码. */
export function usersSection(ctx: AdminContext, message: MessageLine): HTMLElement {
  const root = el('section', 'admin-section');
  const list = el('div');
  const formSlot = el('div');

  async function load(): Promise<void> {
    const answer = await read<{users: UserRow[]}>(ctx.graphql, USERS_QUERY, {t: ctx.township});
    if (!answer.ok) return void list.replaceChildren(el('p', 'admin-message admin-error', answer.message));
    list.replaceChildren(table([U.username, U.displayName, U.role, U.scope, U.status, U.lastSignIn, ''], answer.value.users.map((u) => [
      u.username, u.displayName, roleName(u.role), scopeLabel(u), userStatus(u), dateTime(u.lastSignInAt), actions(u),
    ])));
  }

  const write = async (name: string, type: string, input: Record<string, unknown>, done: string) => {
    const result = await mutate<Payload>(ctx.graphql, name, type, input, `user { ${USER_FIELDS} }`);
    if (!result.ok) return result.message;
    message.ok(done);
    await load();
    return null;
  };

  function actions(u: UserRow): HTMLElement {
    const cell = el('span', 'admin-row-actions');
    const toggle = u.disabledAt
      ? button(U.enable, async () => reportTo(await write('enableUser', 'EnableUserInput', {id: u.id}, ADMIN.saved)))
      : button(U.disable, async () => reportTo(await write('disableUser', 'DisableUserInput', {id: u.id}, ADMIN.saved)), 'danger');
    cell.append(button(ADMIN.edit, () => formSlot.replaceChildren(editForm(u))), toggle,
      button(U.resetPassword, () => formSlot.replaceChildren(resetForm(u))));
    return cell;
  }
  const reportTo = (problem: string | null) => problem && message.error(problem);

  function createForm(): HTMLFormElement {
    const username = input('username', '', {autocomplete: 'off'});
    const displayName = input('displayName');
    const role = select('role', USER_ROLES, 'VIEWER');
    const scope = select('scope', scopeChoices(ctx.session), 'township');
    const password = input('password', '', {type: 'password', autocomplete: 'new-password'});
    return inlineForm(`${ADMIN.create}${U.usersHeading}`, [
      field(U.username, username), field(U.displayName, displayName), field(U.role, role), field(U.scope, scope),
      field(U.password, password, U.passwordHint),
    ], async () => {
      const built = createUserInput({username: username.value, displayName: displayName.value, role: role.value, scope: scope.value as Scope, password: password.value}, ctx.township);
      if ('problem' in built) return built.problem;
      return write('createUser', 'CreateUserInput', built.input, U.userCreated(username.value.trim()));
    }, () => formSlot.replaceChildren());
  }

  function editForm(u: UserRow): HTMLFormElement {
    const displayName = input('displayName', u.displayName);
    const role = select('role', USER_ROLES, u.role);
    return inlineForm(`${ADMIN.edit}：${u.username}`, [field(U.displayName, displayName), field(U.role, role)], async () => {
      if (!displayName.value.trim()) return ADMIN.required(U.displayName);
      return write('updateUser', 'UpdateUserInput', {id: u.id, displayName: displayName.value.trim(), role: role.value}, ADMIN.saved);
    }, () => formSlot.replaceChildren());
  }

  function resetForm(u: UserRow): HTMLFormElement {
    const password = input('password', '', {type: 'password', autocomplete: 'new-password'});
    return inlineForm(`${U.resetPassword}：${u.username}`, [field(U.newPassword, password, U.passwordHint)], async () =>
      passwordProblem(password.value) ?? write('resetPassword', 'ResetPasswordInput', {id: u.id, password: password.value}, U.passwordReset(u.username)),
    () => formSlot.replaceChildren());
  }

  const bar = el('div', 'admin-toolbar');
  bar.append(button(ADMIN.create, () => formSlot.replaceChildren(createForm()), 'primary'));
  root.append(el('h3', undefined, U.usersHeading), bar, formSlot, list);
  void load();
  return root;
}
