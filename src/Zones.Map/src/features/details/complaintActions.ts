import type {GraphQLClient} from '../../api/graphql';
import {TRANSITION_MUTATION} from './detailsQueries';
import {el, section} from './dom';
import {ACTION_LABELS, NOTE_REQUIRED} from './labels';
import type {Row} from './loadDetails';

/** One button: the action and, for 核查, the verdict. */
export interface ActionChoice {
  action: string;
  label: string;
  passed?: boolean;
}

/** The buttons for the actions the API allows; 核查 becomes 核查通过 and 核查不通过（返工）. */
export function actionChoices(allowed: readonly string[]): ActionChoice[] {
  return allowed.flatMap((action): ActionChoice[] => action === 'VERIFY'
    ? [{action, label: '核查通过', passed: true}, {action, label: '核查不通过（返工）', passed: false}]
    : [{action, label: ACTION_LABELS[action] ?? action}]);
}

/** The longest 公开答复 the server takes. */
export const PUBLIC_NOTE_MAX = 1000;

/** The label of the public answer field: the reporter and the public read it (Open311, the status page). */
export const PUBLIC_NOTE_LABEL = '公开答复（群众可见）';

/**
 * The mutation input for a choice; null with a message when something the server requires is missing.
 * `note` stays internal; `publicNote` (公开答复) is what the reporter and the public read.
 */
export function transitionInput(c: Row, choice: ActionChoice, note: string, newDeadline: string,
  publicNote = ''): {input?: Row; error?: string} {
  const trimmed = note.trim();
  const answer = publicNote.trim();
  if (answer.length > PUBLIC_NOTE_MAX) return {error: `公开答复最多 ${PUBLIC_NOTE_MAX} 字，现有 ${answer.length} 字，请精简。`};
  if (NOTE_REQUIRED.has(choice.action) && !trimmed) return {error: `「${choice.label}」需要填写理由，请在备注中说明。`};
  if (choice.action === 'EXTEND' && !newDeadline) return {error: '延期需要选择新的处置时限。'};
  const input: Row = {id: c.id, action: choice.action, expectedVersion: c.version};
  if (trimmed) input.note = trimmed;
  if (answer) input.publicNote = answer;
  if (choice.passed !== undefined) input.passed = choice.passed;
  // <input type="datetime-local"> gives local wall time without offset; the township keeps Beijing time.
  if (choice.action === 'EXTEND') input.newDeadline = `${newDeadline}:00+08:00`;
  return {input};
}

/**
 * The action buttons of a complaint for a signed-in user: each asks for confirmation (with an
 * optional note) and calls transitionComplaint; `done` reloads the panel. Errors stay in the form.
 */
export function actionsSection(graphql: GraphQLClient, c: Row, done: () => void): HTMLElement | null {
  const choices = actionChoices(c.allowedActions ?? []);
  if (!choices.length) return null;
  const buttons = el('div', {className: 'details-actions'});
  const confirm = el('div', {className: 'details-confirm', hidden: true});
  for (const choice of choices) {
    const button = el('button', {type: 'button', textContent: choice.label});
    button.dataset.action = choice.action;
    button.addEventListener('click', () => openConfirm(graphql, c, choice, confirm, done));
    buttons.append(button);
  }
  return section('办理', 'actions', buttons, confirm);
}

function openConfirm(graphql: GraphQLClient, c: Row, choice: ActionChoice, box: HTMLElement, done: () => void): void {
  const note = el('textarea', {rows: 2, placeholder: NOTE_REQUIRED.has(choice.action) ? '请填写理由（必填，仅内部可见）' : '备注（可选，仅内部可见）'});
  const answer = el('textarea', {rows: 2, maxLength: PUBLIC_NOTE_MAX, placeholder: '给反映人的答复（可选），如：已安排清运'});
  answer.dataset.field = 'publicNote';
  const deadline = el('input', {type: 'datetime-local'});
  const error = el('p', {className: 'details-error'});
  error.setAttribute('role', 'alert');
  const ok = el('button', {type: 'button', className: 'details-primary', textContent: `确认${choice.label}`});
  const cancel = el('button', {type: 'button', textContent: '取消'});
  cancel.addEventListener('click', () => { box.hidden = true; box.replaceChildren(); });
  ok.addEventListener('click', async () => {
    const {input, error: missing} = transitionInput(c, choice, note.value, deadline.value, answer.value);
    if (!input) { error.textContent = missing ?? ''; return; }
    ok.disabled = true;
    error.textContent = '';
    try {
      const data = await graphql<{transitionComplaint: {errors: {message: string}[]}}>(TRANSITION_MUTATION, {input});
      const problems = data.transitionComplaint.errors;
      if (problems.length) error.textContent = problems.map((p) => p.message).join('；');
      else done();
    } catch (e) {
      error.textContent = `办理失败：${(e as Error).message}`;
    } finally {
      ok.disabled = false;
    }
  });
  box.replaceChildren(
    el('p', {textContent: `确定对案卷 ${c.caseNumber} 执行「${choice.label}」吗？`}),
    ...(choice.action === 'EXTEND' ? [el('label', {textContent: '新的处置时限 '}, deadline)] : []),
    note, el('label', {className: 'details-public-note', textContent: PUBLIC_NOTE_LABEL}, answer),
    error, el('div', {className: 'details-actions'}, ok, cancel));
  box.hidden = false;
  note.focus();
}
