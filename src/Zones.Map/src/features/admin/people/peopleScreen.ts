import {ADMIN} from '../../../i18n/adminMessages';
import type {AdminContext} from '../shell/adminContext';
import {button, el, field, inlineForm, input, messageLine, select, table} from '../shell/adminDom';
import {mutate, read} from '../shell/mutate';
import {matches, PEOPLE_QUERY, PERSON_FIELDS, personInput, type PersonRow, UNIT_FIELDS, UNIT_KINDS, unitInput, unitKindLabel, type UnitRow} from './peopleQueries';

const P = ADMIN.people;

/** 人员与单位: one search over both lists; 新增, 修改, 撤销 for each. */
export function peopleScreen(ctx: AdminContext): HTMLElement {
  const root = el('div', 'admin-screen');
  const message = messageLine();
  const search = input('search', '', {type: 'search', placeholder: P.searchHint});
  search.setAttribute('aria-label', ADMIN.search);
  const formSlot = el('div');
  const peopleList = el('div');
  const unitList = el('div');
  let people: PersonRow[] = [];
  let units: UnitRow[] = [];

  async function load(): Promise<void> {
    peopleList.replaceChildren(el('p', 'admin-hint', ADMIN.loading));
    const answer = await read<{people: PersonRow[]; units: UnitRow[]}>(ctx.graphql, PEOPLE_QUERY, {t: ctx.township});
    if (!answer.ok) return void peopleList.replaceChildren(el('p', 'admin-message admin-error', answer.message));
    ({people, units} = answer.value);
    show();
  }

  function show(): void {
    const term = search.value;
    peopleList.replaceChildren(table([P.code, P.name, P.title, P.phone, P.unit, ''], people.filter((p) => matches(p, term)).map((p) => [
      p.code, p.name, p.title ?? '', p.phone ?? '', p.unit?.name ?? '',
      rowActions(() => personForm(p), 'retirePerson', 'RetirePersonInput', p.id, p.name, `person { ${PERSON_FIELDS} }`),
    ])));
    unitList.replaceChildren(table([P.code, P.unitName, P.kind, P.phone, ''], units.filter((u) => matches(u, term)).map((u) => [
      u.code, u.name, unitKindLabel(u.kind), u.phone ?? '',
      rowActions(() => unitForm(u), 'retireUnit', 'RetireUnitInput', u.id, u.name, `unit { ${UNIT_FIELDS} }`),
    ])));
  }

  function rowActions(form: () => HTMLFormElement, retire: string, type: string, id: string, name: string, selection: string): HTMLElement {
    const cell = el('span', 'admin-row-actions');
    cell.append(button(ADMIN.edit, () => formSlot.replaceChildren(form())), button(ADMIN.retire, async () => {
      if (!confirm(ADMIN.confirmRetire(name))) return;
      const done = await mutate(ctx.graphql, retire, type, {id}, selection);
      if (!done.ok) return message.error(done.message);
      message.ok(ADMIN.saved);
      await load();
    }, 'danger'));
    return cell;
  }

  const save = async (name: string, type: string, built: {input: Record<string, unknown>} | {problem: string}, selection: string) => {
    if ('problem' in built) return built.problem;
    const done = await mutate(ctx.graphql, name, type, built.input, selection);
    if (!done.ok) return done.message;
    message.ok(ADMIN.saved);
    await load();
    return null;
  };

  function personForm(p?: PersonRow): HTMLFormElement {
    const code = input('code', p?.code ?? '');
    const name = input('name', p?.name ?? '');
    const title = input('title', p?.title ?? '');
    const phone = input('phone', p?.phone ?? '', {type: 'tel'});
    const unit = select('unitId', [['', ADMIN.none], ...units.map((u) => [u.id, u.name] as const)], p?.unit?.id ?? '');
    return inlineForm(p ? `${ADMIN.edit}：${p.name}` : `${ADMIN.create}${P.peopleHeading}`,
      [field(P.code, code), field(P.name, name), field(P.title, title), field(P.phone, phone), field(P.unit, unit)], () => {
        const form = {code: code.value, name: name.value, title: title.value, phone: phone.value, unitId: unit.value};
        return p
          ? save('updatePerson', 'UpdatePersonInput', personInput(form, ctx.township, p.id), `person { ${PERSON_FIELDS} }`)
          : save('createPerson', 'CreatePersonInput', personInput(form, ctx.township), `person { ${PERSON_FIELDS} }`);
      }, () => formSlot.replaceChildren());
  }

  function unitForm(u?: UnitRow): HTMLFormElement {
    const code = input('code', u?.code ?? '');
    const name = input('name', u?.name ?? '');
    const kind = select('kind', UNIT_KINDS, u?.kind ?? 'department');
    const phone = input('phone', u?.phone ?? '', {type: 'tel'});
    return inlineForm(u ? `${ADMIN.edit}：${u.name}` : `${ADMIN.create}${P.unitsHeading}`,
      [field(P.code, code), field(P.unitName, name), field(P.kind, kind), field(P.phone, phone)], () => {
        const form = {code: code.value, name: name.value, kind: kind.value, phone: phone.value};
        return u
          ? save('updateUnit', 'UpdateUnitInput', unitInput(form, ctx.township, u.id), `unit { ${UNIT_FIELDS} }`)
          : save('createUnit', 'CreateUnitInput', unitInput(form, ctx.township), `unit { ${UNIT_FIELDS} }`);
      }, () => formSlot.replaceChildren());
  }

  search.addEventListener('input', show);
  const bar = el('div', 'admin-toolbar');
  bar.append(search, button(`${ADMIN.create}${P.peopleHeading}`, () => formSlot.replaceChildren(personForm()), 'primary'),
    button(`${ADMIN.create}${P.unitsHeading}`, () => formSlot.replaceChildren(unitForm()), 'primary'));
  const peopleSection = el('section', 'admin-section');
  peopleSection.append(el('h3', undefined, P.peopleHeading), peopleList);
  const unitSection = el('section', 'admin-section');
  unitSection.append(el('h3', undefined, P.unitsHeading), unitList);
  root.append(bar, message.node, formSlot, peopleSection, unitSection);
  void load();
  return root;
}
