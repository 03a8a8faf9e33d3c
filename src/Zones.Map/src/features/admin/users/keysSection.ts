import {ADMIN} from '../../../i18n/adminMessages';
import type {AdminContext} from '../shell/adminContext';
import {button, dateTime, el, field, inlineForm, input, type MessageLine, select, table} from '../shell/adminDom';
import {mutate, read} from '../shell/mutate';
import {secretBox} from './secretBox';
import {createKeyInput, KEY_FIELDS, KEY_ROLES, type KeyRow, KEYS_QUERY, roleName, type Scope, scopeChoices, scopeLabel} from './userQueries';

const U = ADMIN.users;

/** API 密钥: list with last use; 新增 shows the secret once; 吊销. */
export function keysSection(ctx: AdminContext, message: MessageLine): HTMLElement {
  const root = el('section', 'admin-section');
  const list = el('div');
  const formSlot = el('div');
  const secretSlot = el('div'); // the new key's secret, apart from the form that closes

  async function load(): Promise<void> {
    const answer = await read<{apiKeys: KeyRow[]}>(ctx.graphql, KEYS_QUERY, {t: ctx.township});
    if (!answer.ok) return void list.replaceChildren(el('p', 'admin-message admin-error', answer.message));
    list.replaceChildren(table([U.keyName, U.keyRole, U.scope, U.keyPrefix, U.keyCreated, U.keyLastUsed, ''], answer.value.apiKeys.map((k) => [
      k.name, roleName(k.role), scopeLabel(k), el('code', undefined, `${k.prefix}…`), dateTime(k.createdAt),
      k.lastUsedAt ? dateTime(k.lastUsedAt) : U.keyNeverUsed,
      k.revokedAt ? `${U.revoked} ${dateTime(k.revokedAt)}` : button(U.revoke, async () => {
        if (!confirm(U.confirmRevoke(k.name))) return;
        const done = await mutate(ctx.graphql, 'revokeApiKey', 'RevokeApiKeyInput', {id: k.id}, `apiKey { ${KEY_FIELDS} }`);
        if (!done.ok) return message.error(done.message);
        message.ok(ADMIN.saved);
        await load();
      }, 'danger'),
    ])));
  }

  function createForm(): HTMLFormElement {
    const name = input('keyName', '', {placeholder: '12345 热线'});
    const role = select('keyRole', KEY_ROLES, 'HOTLINE');
    const scope = select('keyScope', scopeChoices(ctx.session), 'township');
    return inlineForm(`${ADMIN.create}${U.keysHeading}`, [field(U.keyName, name), field(U.keyRole, role), field(U.scope, scope)], async () => {
      const built = createKeyInput({name: name.value, role: role.value, scope: scope.value as Scope}, ctx.township);
      if ('problem' in built) return built.problem;
      const done = await mutate<{apiKey: KeyRow; key: string; errors: []}>(ctx.graphql, 'createApiKey', 'CreateApiKeyInput', built.input, `apiKey { ${KEY_FIELDS} } key`);
      if (!done.ok) return done.message;
      secretSlot.replaceChildren(secretBox(done.value.key, () => message.clear()));
      await load();
      return null;
    }, () => formSlot.replaceChildren());
  }

  const bar = el('div', 'admin-toolbar');
  bar.append(button(ADMIN.create, () => formSlot.replaceChildren(createForm()), 'primary'));
  root.append(el('h3', undefined, U.keysHeading), bar, secretSlot, formSlot, list);
  void load();
  return root;
}
