import {ADMIN} from '../../../i18n/adminMessages';
import type {AdminContext} from '../shell/adminContext';
import {button, dateTime, el, field, inlineForm, input, type MessageLine, select, table} from '../shell/adminDom';
import {mutate, read} from '../shell/mutate';
import {createUserInput, PEOPLE_CHOICES, passwordProblem, roleName, type Scope, scopeChoices, scopeLabel, USER_FIELDS, USER_ROLES, type UserRow, USERS_QUERY, userStatus} from './userQueries';

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
    cell.append(button(ADMIN.edit, async () => formSlot.replaceChildren(await editForm(u))), toggle,
      button(U.resetPassword, () => formSlot.replaceChildren(resetForm(u))));
    return cell;
  }
  const reportTo = (problem: string | null) => problem && message.error(problem);

  let people: (readonly [string, string])[] | null = null;
  // The township's 花名册 for the 对应人员 choice, read once when a form first needs it.
  async function personSelect(value: string): Promise<HTMLSelectElement> {
    if (!people) {
      const answer = await read<{people: {id: string; name: string; title: string | null}[]}>(ctx.graphql, PEOPLE_CHOICES, {t: ctx.township});
      people = answer.ok ? answer.value.people.map((p) => [p.id, p.title ? `${p.name}（${p.title}）` : p.name] as const) : [];
    }
    return select('personId', [['', ADMIN.none], ...people], value);
  }

  async function createForm(): Promise<HTMLFormElement> {
    const person = await personSelect('');
    const username = input('username', '', {autocomplete: 'off'});
    const displayName = input('displayName');
    const role = select('role', USER_ROLES, 'VIEWER');
    const scope = select('scope', scopeChoices(ctx.session), 'township');
    const password = input('password', '', {type: 'password', autocomplete: 'new-password'});
    return inlineForm(`${ADMIN.create}${U.usersHeading}`, [
      field(U.username, username), field(U.displayName, displayName), field(U.role, role), field(U.scope, scope),
      field(U.person, person, U.personHint), field(U.password, password, U.passwordHint),
    ], async () => {
      const built = createUserInput({username: username.value, displayName: displayName.value, role: role.value, scope: scope.value as Scope,
        password: password.value, personId: person.value}, ctx.township);
      if ('problem' in built) return built.problem;
      return write('createUser', 'CreateUserInput', built.input, U.userCreated(username.value.trim()));
    }, () => formSlot.replaceChildren());
  }

  async function editForm(u: UserRow): Promise<HTMLFormElement> {
    const displayName = input('displayName', u.displayName);
    const role = select('role', USER_ROLES, u.role);
    const person = await personSelect(u.person?.id ?? '');
    return inlineForm(`${ADMIN.edit}：${u.username}`, [field(U.displayName, displayName), field(U.role, role), field(U.person, person, U.personHint)], async () => {
      if (!displayName.value.trim()) return ADMIN.required(U.displayName);
      const input: Record<string, unknown> = {id: u.id, displayName: displayName.value.trim(), role: role.value};
      if (person.value) input.personId = person.value;
      return write('updateUser', 'UpdateUserInput', input, ADMIN.saved);
    }, () => formSlot.replaceChildren());
  }

  function resetForm(u: UserRow): HTMLFormElement {
    const password = input('password', '', {type: 'password', autocomplete: 'new-password'});
    return inlineForm(`${U.resetPassword}：${u.username}`, [field(U.newPassword, password, U.passwordHint)], async () =>
      passwordProblem(password.value) ?? write('resetPassword', 'ResetPasswordInput', {id: u.id, password: password.value}, U.passwordReset(u.username)),
    () => formSlot.replaceChildren());
  }

  const bar = el('div', 'admin-toolbar');
  bar.append(button(ADMIN.create, async () => formSlot.replaceChildren(await createForm()), 'primary'));
  root.append(el('h3', undefined, U.usersHeading), bar, formSlot, list);
  void load();
  return root;
}
