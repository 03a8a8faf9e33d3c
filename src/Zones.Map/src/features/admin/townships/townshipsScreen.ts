import {ADMIN} from '../../../i18n/adminMessages';
import type {AdminContext, TownshipRow} from '../shell/adminContext';
import {button, checkbox, dateTime, el, field, inlineForm, input, messageLine, table} from '../shell/adminDom';
import {mutate, read} from '../shell/mutate';
import {createTownshipInput, expectedCounty, TOWNSHIP_FIELDS, TOWNSHIPS_QUERY, townshipCodeProblem, updateTownshipInput} from './townshipQueries';

const T = ADMIN.townships;
type Payload = {township: TownshipRow; errors: []};

/** 乡镇: the list (retired ones on request), 新增 with the code checked while typing, 修改, 撤销. */
export function townshipsScreen(ctx: AdminContext): HTMLElement {
  const root = el('div', 'admin-screen');
  const message = messageLine();
  const showRetired = checkbox('includeRetired');
  const list = el('div');
  const formSlot = el('div');
  const county = expectedCounty(ctx.session);

  async function load(): Promise<void> {
    list.replaceChildren(el('p', 'admin-hint', ADMIN.loading));
    const answer = await read<{townships: TownshipRow[]}>(ctx.graphql, TOWNSHIPS_QUERY, {all: showRetired.checked});
    if (!answer.ok) return void list.replaceChildren(el('p', 'admin-message admin-error', answer.message));
    list.replaceChildren(table([T.code, T.name, T.county, T.isPublic, T.status, ''], answer.value.townships.map((t) => [
      el('code', undefined, t.code), t.name, t.countyName ?? t.countyCode, t.isPublic ? ADMIN.yes : ADMIN.no,
      t.retiredAt ? `${T.retired} ${dateTime(t.retiredAt)}` : T.live,
      t.retiredAt ? '' : actions(t),
    ])));
  }

  function actions(t: TownshipRow): HTMLElement {
    const cell = el('span', 'admin-row-actions');
    cell.append(button(ADMIN.edit, () => formSlot.replaceChildren(editForm(t))), button(ADMIN.retire, async () => {
      if (!confirm(ADMIN.confirmRetire(t.name))) return;
      const done = await mutate<Payload>(ctx.graphql, 'retireTownship', 'RetireTownshipInput', {code: t.code}, `township { ${TOWNSHIP_FIELDS} }`);
      if (!done.ok) return message.error(done.message);
      message.ok(T.retiredDone(t.name));
      await ctx.reloadTownships();
    }, 'danger'));
    return cell;
  }

  function createForm(): HTMLFormElement {
    const code = input('code', county ?? '', {inputMode: 'numeric', maxLength: 12, placeholder: '330522100000'});
    const name = input('name');
    const countyName = input('countyName');
    const isPublic = checkbox('isPublic');
    const codeField = field(T.code, code, T.codeHint);
    const live = el('small', 'admin-hint admin-invalid');
    codeField.append(live);
    code.addEventListener('input', () => {
      live.textContent = code.value.length >= 6 ? townshipCodeProblem(code.value, county) ?? '' : '';
    });
    return inlineForm(`${ADMIN.create}${ADMIN.township}`, [codeField, field(T.name, name), field(T.countyName, countyName), field(T.isPublic, isPublic)], async () => {
      const built = createTownshipInput({code: code.value, name: name.value, countyName: countyName.value, isPublic: isPublic.checked}, county);
      if ('problem' in built) return built.problem;
      const done = await mutate<Payload>(ctx.graphql, 'createTownship', 'CreateTownshipInput', built.input, `township { ${TOWNSHIP_FIELDS} }`);
      if (!done.ok) return done.message;
      message.ok(T.created(done.value.township.name));
      await ctx.reloadTownships();
      return null;
    }, () => formSlot.replaceChildren());
  }

  function editForm(t: TownshipRow): HTMLFormElement {
    const name = input('name', t.name);
    const countyName = input('countyName', t.countyName ?? '');
    const isPublic = checkbox('isPublic', t.isPublic);
    return inlineForm(`${ADMIN.edit}：${t.code}`, [field(T.name, name), field(T.countyName, countyName), field(T.isPublic, isPublic)], async () => {
      const built = updateTownshipInput(t.code, t, {name: name.value, countyName: countyName.value, isPublic: isPublic.checked});
      if ('problem' in built) return built.problem;
      const done = await mutate<Payload>(ctx.graphql, 'updateTownship', 'UpdateTownshipInput', built.input, `township { ${TOWNSHIP_FIELDS} }`);
      if (!done.ok) return done.message;
      message.ok(ADMIN.saved);
      await load();
      return null;
    }, () => formSlot.replaceChildren());
  }

  showRetired.addEventListener('change', () => void load());
  const bar = el('div', 'admin-toolbar');
  bar.append(button(ADMIN.create, () => formSlot.replaceChildren(createForm()), 'primary'), field(T.showRetired, showRetired));
  root.append(bar, message.node, formSlot, list);
  void load();
  return root;
}
