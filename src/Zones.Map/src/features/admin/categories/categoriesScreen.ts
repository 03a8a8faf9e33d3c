import {ADMIN} from '../../../i18n/adminMessages';
import type {AdminContext} from '../shell/adminContext';
import {button, el, field, inlineForm, input, messageLine, select, table} from '../shell/adminDom';
import {mutate, read} from '../shell/mutate';
import {CATEGORIES_QUERY, CATEGORY_FIELDS, type CategoryRow, groupCategories, limitLabel, overrideInput, TIME_UNITS} from './categoryQueries';

const K = ADMIN.categories;

/** 类别与时限: the effective categories by group; 修改 sets the township's override, 恢复默认 drops it. */
export function categoriesScreen(ctx: AdminContext): HTMLElement {
  const root = el('div', 'admin-screen');
  const message = messageLine();
  const formSlot = el('div');
  const list = el('div');

  async function load(): Promise<void> {
    list.replaceChildren(el('p', 'admin-hint', ADMIN.loading));
    const answer = await read<{complaintCategories: CategoryRow[]}>(ctx.graphql, CATEGORIES_QUERY, {t: ctx.township});
    if (!answer.ok) return void list.replaceChildren(el('p', 'admin-message admin-error', answer.message));
    list.replaceChildren(...groupCategories(answer.value.complaintCategories).map(([group, rows]) => {
      const s = el('section', 'admin-section');
      s.append(el('h3', undefined, group), table([K.code, K.name, K.limit, K.source, ''], rows.map((r) => [
        el('code', undefined, r.code), r.name, limitLabel(r), r.isOverride ? K.override : K.shipped, actions(r),
      ])));
      return s;
    }));
  }

  function actions(r: CategoryRow): HTMLElement {
    const cell = el('span', 'admin-row-actions');
    cell.append(button(ADMIN.edit, () => formSlot.replaceChildren(form(r))));
    if (r.isOverride) cell.append(button(K.reset, async () => {
      const done = await mutate(ctx.graphql, 'resetComplaintCategory', 'ResetComplaintCategoryInput',
        {townshipCode: ctx.township, kind: r.kind, code: r.code}, `category { ${CATEGORY_FIELDS} }`);
      if (!done.ok) return message.error(done.message);
      message.ok(ADMIN.saved);
      await load();
    }));
    return cell;
  }

  function form(r: CategoryRow): HTMLFormElement {
    const name = input('name', r.name);
    const limit = input('timeLimit', String(r.timeLimit), {inputMode: 'decimal'});
    const unit = select('timeUnit', TIME_UNITS, r.timeUnit);
    return inlineForm(`${ADMIN.edit}：${r.name}`, [field(K.name, name), field(K.limit, limit), field(K.unit, unit)], async () => {
      const built = overrideInput(ctx.township, r, {timeLimit: limit.value, timeUnit: unit.value, name: name.value});
      if ('problem' in built) return built.problem;
      const done = await mutate(ctx.graphql, 'setComplaintCategory', 'SetComplaintCategoryInput', built.input, `category { ${CATEGORY_FIELDS} }`);
      if (!done.ok) return done.message;
      message.ok(ADMIN.saved);
      await load();
      return null;
    }, () => formSlot.replaceChildren());
  }

  root.append(message.node, formSlot, list);
  void load();
  return root;
}
