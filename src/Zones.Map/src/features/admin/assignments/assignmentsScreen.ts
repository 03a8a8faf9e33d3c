import {ADMIN} from '../../../i18n/adminMessages';
import {ASSIGNMENT_ROLE_LABELS} from '../../details/labels';
import type {AdminContext} from '../shell/adminContext';
import {button, checkbox, dateTime, el, field, inlineForm, input, messageLine, select, table} from '../shell/adminDom';
import {mutate, read} from '../shell/mutate';
import {ASSIGNMENT_FIELDS, ASSIGNMENT_TABLE, type AssignmentPage, type AssignmentRow, handoverInput, OWNERS_QUERY, TARGET_KINDS, tableVariables, targetKindLabel} from './assignmentQueries';

const A = ADMIN.assignments;
type Owners = {people: {id: string; name: string; title: string | null}[]; units: {id: string; name: string}[]};

/** 包联表: filter by target or owner; 移交 (assignOwner as primary) and 终止 (endAssignment) per row. */
export function assignmentsScreen(ctx: AdminContext): HTMLElement {
  const root = el('div', 'admin-screen');
  const message = messageLine();
  const kind = select('targetKind', [['', A.all], ...TARGET_KINDS]);
  const target = input('targetSearch', '', {type: 'search'});
  const owner = input('ownerSearch', '', {type: 'search'});
  const active = checkbox('activeOnly', true);
  const formSlot = el('div');
  const list = el('div');
  const footer = el('div', 'admin-toolbar');
  let rows: AssignmentRow[] = [];
  let owners: Owners | null = null;

  const filter = () => ({targetKind: kind.value, targetSearch: target.value, ownerSearch: owner.value, activeOnly: active.checked});

  async function load(after?: string | null): Promise<void> {
    if (!after) list.replaceChildren(el('p', 'admin-hint', ADMIN.loading));
    const answer = await read<{assignmentTable: AssignmentPage}>(ctx.graphql, ASSIGNMENT_TABLE, tableVariables(ctx.township, filter(), after));
    if (!answer.ok) return void list.replaceChildren(el('p', 'admin-message admin-error', answer.message));
    const page = answer.value.assignmentTable;
    rows = after ? [...rows, ...page.edges.map((e) => e.node)] : page.edges.map((e) => e.node);
    list.replaceChildren(table([A.targetKind, A.filterTarget, A.filterOwner, A.role, A.primary, A.validFrom, A.validTo, ''], rows.map((r) => [
      targetKindLabel(r.targetKind), r.targetName, r.ownerName, ASSIGNMENT_ROLE_LABELS[r.role] ?? r.role,
      r.isPrimary ? A.primary : A.assisting, dateTime(r.validFrom), dateTime(r.validTo), r.validTo ? '' : actions(r),
    ])));
    footer.replaceChildren(el('span', 'admin-hint', A.count(rows.length, page.totalCount)));
    if (page.pageInfo.hasNextPage) footer.append(button(A.more, () => load(page.pageInfo.endCursor)));
  }

  function actions(r: AssignmentRow): HTMLElement {
    const cell = el('span', 'admin-row-actions');
    cell.append(button(A.handover, async () => formSlot.replaceChildren(await handoverForm(r))), button(A.end, async () => {
      if (!confirm(A.confirmEnd(r.targetName, r.ownerName))) return;
      const done = await mutate(ctx.graphql, 'endAssignment', 'EndAssignmentInput', {id: r.id}, 'assignment { id }');
      if (!done.ok) return message.error(done.message);
      message.ok(A.ended);
      await load();
    }, 'danger'));
    return cell;
  }

  async function handoverForm(r: AssignmentRow): Promise<HTMLElement> {
    if (!owners) {
      const answer = await read<Owners>(ctx.graphql, OWNERS_QUERY, {t: ctx.township});
      if (!answer.ok) return el('p', 'admin-message admin-error', answer.message);
      owners = answer.value;
    }
    const who = select('owner', [
      ...owners.people.map((p) => [`p:${p.id}`, p.title ? `${p.name}（${p.title}）` : p.name] as const),
      ...owners.units.map((u) => [`u:${u.id}`, u.name] as const),
    ]);
    const note = input('note');
    return inlineForm(`${A.handover}：${r.targetName}`, [field(A.newOwner, who, A.handoverHint), field(ADMIN.calendar.note, note)], async () => {
      const built = handoverInput(r, who.value, note.value);
      if (!built) return ADMIN.required(A.newOwner);
      const done = await mutate(ctx.graphql, 'assignOwner', 'AssignOwnerInput', built, `assignment { ${ASSIGNMENT_FIELDS} }`);
      if (!done.ok) return done.message;
      message.ok(A.handedOver(r.targetName, who.selectedOptions[0]?.text ?? ''));
      await load();
      return null;
    }, () => formSlot.replaceChildren());
  }

  const filters = el('form', 'admin-toolbar admin-filters');
  filters.append(field(A.targetKind, kind), field(A.filterTarget, target), field(A.filterOwner, owner), field(A.activeOnly, active),
    Object.assign(el('button', 'admin-button admin-primary', ADMIN.search), {type: 'submit'}));
  filters.addEventListener('submit', (e) => {
    e.preventDefault();
    void load();
  });
  kind.addEventListener('change', () => void load());
  active.addEventListener('change', () => void load());
  root.append(filters, message.node, formSlot, list, footer);
  void load();
  return root;
}
