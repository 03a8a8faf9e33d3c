import {ADMIN} from '../../../i18n/adminMessages';
import {FOLD} from '../../../i18n/hooksMessages';
import type {AdminContext} from '../shell/adminContext';
import {button, checkbox, el, field, input, messageLine} from '../shell/adminDom';
import {mutateForm, read} from '../shell/mutate';
import {FOLD_DEFAULTS, FOLD_FIELDS, FOLD_QUERY, type FoldForm, foldForm, foldInput, type FoldSettings} from './foldModel';

/**
 * 并案设置: the township's radii for 部件 and 事件, the window in days and the switch. The form checks
 * what the server checks and shows each problem beside its field; the server's refusals name the field too.
 */
export function foldScreen(ctx: AdminContext): HTMLElement {
  const root = el('div', 'admin-screen');
  const message = messageLine();
  const body = el('form', 'admin-fold');
  body.setAttribute('aria-label', ADMIN.screens.fold);
  body.noValidate = true;
  const problems = new Map<string, HTMLElement>();

  function numberRow(name: keyof FoldForm, label: string, hint: string, value: string): [HTMLLabelElement, HTMLInputElement] {
    const control = input(name, value, {inputMode: 'decimal'});
    const row = field(label, control, hint);
    const problem = el('small', 'admin-invalid');
    problems.set(name, problem);
    row.append(problem);
    return [row, control];
  }

  function render(s: FoldSettings): void {
    problems.clear();
    const form = foldForm(s);
    const [componentRow, component] = numberRow('componentRadiusM', FOLD.componentRadius, FOLD.componentHint, form.componentRadiusM);
    const [eventRow, event] = numberRow('eventRadiusM', FOLD.eventRadius, FOLD.eventHint, form.eventRadiusM);
    const [windowRow, window] = numberRow('windowDays', FOLD.windowDays, FOLD.windowHint, form.windowDays);
    const enabled = checkbox('enabled', form.enabled);
    const enabledRow = el('label', 'admin-check');
    enabledRow.append(enabled, FOLD.enabled);
    const save = el('button', 'admin-button admin-primary', ADMIN.save);
    save.type = 'submit';
    const actions = el('div', 'admin-actions');
    actions.append(save, button(FOLD.useDefaults, () => submitInput({townshipCode: ctx.township, useDefaults: true})));
    body.onsubmit = (e) => {
      e.preventDefault();
      void submit({componentRadiusM: component.value, eventRadiusM: event.value, windowDays: window.value, enabled: enabled.checked});
    };
    body.replaceChildren(el('p', 'admin-hint', `${FOLD.intro}${FOLD.source(s.customised)}`), componentRow, eventRow, windowRow, enabledRow, actions);
  }

  async function submit(form: FoldForm): Promise<void> {
    for (const p of problems.values()) p.textContent = '';
    const built = foldInput(form, ctx.township);
    if ('problems' in built) return showProblems(built.problems, FOLD.fixErrors);
    await submitInput(built.input);
  }

  async function submitInput(fields: Record<string, unknown>): Promise<void> {
    for (const p of problems.values()) p.textContent = '';
    const done = await mutateForm<{settings: FoldSettings; errors: []}>(ctx.graphql, 'updateComplaintFoldSettings',
      'UpdateComplaintFoldSettingsInput', fields, `settings { ${FOLD_FIELDS} }`);
    if (!done.ok) return showProblems(done.fields, done.message);
    message.ok(ADMIN.saved);
    render(done.value.settings);
  }

  function showProblems(found: Record<string, string>, text: string): void {
    for (const [name, problem] of Object.entries(found)) if (problems.has(name)) problems.get(name)!.textContent = problem;
    message.error(text);
  }

  async function load(): Promise<void> {
    body.replaceChildren(el('p', 'admin-hint', ADMIN.loading));
    const answer = await read<{township: {foldSettings: FoldSettings} | null}>(ctx.graphql, FOLD_QUERY, {code: ctx.township});
    if (!answer.ok) return void body.replaceChildren(el('p', 'admin-message admin-error', answer.message));
    render(answer.value.township?.foldSettings ?? FOLD_DEFAULTS);
  }

  root.append(message.node, body);
  void load();
  return root;
}
