import {emit} from '../../app/app';
import {COMPLAINT_STAGE_LABELS} from '../../i18n/enumLabels';
import {el} from '../../ui/el';
import {type ActionChoice, actionChoices, PUBLIC_NOTE_LABEL, PUBLIC_NOTE_MAX, transitionInput} from '../details/complaintActions';
import {TRANSITION_MUTATION} from '../details/detailsQueries';
import {deadlineStatus, formatDateTime} from '../details/format';
import {enumLabel, NOTE_REQUIRED} from '../details/labels';
import type {FieldContext} from './fieldContext';
import {type FieldCase, MY_CASES_QUERY, workOrder} from './fieldQueries';

const FIRST = 50;

/**
 * 我的案卷: the open cases the signed-in cadre or their unit answer for, overdue first, then the
 * soonest deadline; each with its steps (办理) as big buttons and a note. Returns the section and
 * its reload.
 */
export function casesSection(ctx: FieldContext): {box: HTMLElement; load: () => Promise<void>} {
  const box = el('section', 'field-card field-cases');
  box.dataset.field = 'cases';
  const note = el('p', 'field-muted');
  const list = el('ol', 'field-case-list');
  box.append(el('h2', undefined, '我的案卷'), note, list);
  const load = async () => {
    if (!ctx.app.session) {
      note.textContent = '登录后显示您和您单位负责的案卷。';
      list.replaceChildren();
      return;
    }
    note.textContent = '正在读取 …';
    try {
      const data = await ctx.app.graphql<{complaints: {totalCount: number; edges: {node: FieldCase}[]}}>(MY_CASES_QUERY, {first: FIRST});
      const cases = workOrder(data.complaints.edges.map((e) => e.node));
      const overdue = cases.filter((c) => c.overdue).length;
      note.textContent = cases.length
        ? `共 ${data.complaints.totalCount} 件未办结${overdue ? `，其中 ${overdue} 件已超期` : ''}，按时限先后排列。`
        : '您和您的单位目前没有未办结的案卷。';
      list.replaceChildren(...cases.map((c) => caseItem(ctx, c)));
    } catch (e) {
      note.textContent = `案卷读取失败：${(e as Error).message}`;
    }
  };
  return {box, load};
}

function caseItem(ctx: FieldContext, c: FieldCase): HTMLElement {
  const item = el('li', c.overdue ? 'field-case field-case-overdue' : 'field-case');
  item.dataset.caseNumber = c.caseNumber;
  const status = deadlineStatus(c.deadline, new Date(), true, c.overdue);
  const open = el('button', 'field-case-title', `${c.categoryName ?? ''} · ${enumLabel(COMPLAINT_STAGE_LABELS, c.stage)}`);
  open.type = 'button';
  open.addEventListener('click', () => emit(ctx.app, 'select', {kind: 'complaint', id: c.id}));
  const deadline = el('div', status?.overdue ? 'field-deadline field-overdue' : 'field-deadline',
    c.deadline ? `时限 ${formatDateTime(c.deadline)}${status ? `（${status.text}）` : ''}` : '无处置时限');
  const steps = el('div', 'field-steps');
  const form = el('div', 'field-step-form');
  form.hidden = true;
  for (const choice of actionChoices(c.allowedActions)) {
    const b = el('button', 'field-button', choice.label);
    b.type = 'button';
    b.dataset.action = choice.action;
    b.addEventListener('click', () => stepForm(ctx, c, choice, form));
    steps.append(b);
  }
  item.append(open, el('small', 'field-muted', c.caseNumber), deadline,
    el('p', 'field-description', c.address ? `${c.description}（${c.address}）` : c.description), steps, form);
  return item;
}

/** The note (and, for 延期, the new deadline) of one step, then transitionComplaint; errors stay in the form. */
function stepForm(ctx: FieldContext, c: FieldCase, choice: ActionChoice, form: HTMLElement): void {
  const note = el('textarea', 'field-input');
  note.rows = 3;
  note.placeholder = NOTE_REQUIRED.has(choice.action) ? '请填写理由（必填，仅内部可见）' : '办理说明（可选，仅内部可见）';
  const answer = el('textarea', 'field-input');
  answer.rows = 2;
  answer.maxLength = PUBLIC_NOTE_MAX;
  answer.placeholder = '给反映人的答复（可选），如：已安排清运';
  answer.dataset.field = 'publicNote';
  const deadline = el('input', 'field-input');
  deadline.type = 'datetime-local';
  const error = el('p', 'field-error');
  error.setAttribute('role', 'alert');
  const ok = el('button', 'field-button field-primary', `确认${choice.label}`);
  ok.type = 'button';
  const cancel = el('button', 'field-button', '取消');
  cancel.type = 'button';
  cancel.addEventListener('click', () => { form.hidden = true; form.replaceChildren(); });
  ok.addEventListener('click', async () => {
    const {input, error: missing} = transitionInput(c, choice, note.value, deadline.value, answer.value);
    if (!input) { error.textContent = missing ?? ''; return; }
    ok.disabled = true;
    try {
      const data = await ctx.app.graphql<{transitionComplaint: {errors: {message: string}[]}}>(TRANSITION_MUTATION, {input});
      const problems = data.transitionComplaint.errors;
      if (problems.length) error.textContent = problems.map((p) => p.message).join('；');
      else ctx.refreshCases();
    } catch (e) {
      error.textContent = `办理失败：${(e as Error).message}`;
    } finally {
      ok.disabled = false;
    }
  });
  const extend = choice.action === 'EXTEND' ? [el('label', 'field-label', '新的处置时限'), deadline] : [];
  form.replaceChildren(...extend, note, el('label', 'field-label', PUBLIC_NOTE_LABEL), answer, error, el('div', 'field-steps'));
  form.lastElementChild!.append(ok, cancel);
  form.hidden = false;
  note.focus();
}
