import {ADMIN} from '../../../i18n/adminMessages';
import type {AdminContext} from '../shell/adminContext';
import {button, checkbox, el, field, input, messageLine} from '../shell/adminDom';
import {mutate, read} from '../shell/mutate';
import {settingsError} from './settingsErrors';
import {CHOICE_FIELDS, type ChoiceField} from './analysisChoices';
import {BIN_SPACING_DEFAULTS, DENSE_LIGHT_CLASSES_DEFAULT, formFromOverrides, NUMBER_FIELDS, overridesFromForm, ROAD_CLASSES, ROAD_OWNER_CLASSES_DEFAULT, type SettingsForm} from './analysisFields';

const S = ADMIN.settings;
const QUERY = `query($code: String!) { township(code: $code) { settings { analysisOverrides } } }`;

/**
 * 分析参数: the rules to choose (reach by walking or straight-line distance, how a dark stretch
 * at a road's end is measured: one sentence per option), then one input per threshold, empty =
 * the default (shown grey as the placeholder and in the hint); bin spacing by road class; the two
 * road-class lists as check boxes. Problems show in red under their field, and nothing is sent
 * until all are fixed; the server's refusals name the field as the form does.
 */
export function settingsScreen(ctx: AdminContext): HTMLElement {
  const root = el('div', 'admin-screen');
  const message = messageLine();
  const body = el('form', 'admin-settings');
  body.setAttribute('aria-label', ADMIN.screens.settings);
  const problems = new Map<string, HTMLElement>();

  function numberRow(name: string, label: string, defaultValue: number | null, value: string): [HTMLLabelElement, HTMLInputElement] {
    const control = input(name, value, {inputMode: 'decimal', placeholder: defaultValue === null ? '—' : String(defaultValue)});
    const row = field(label, control, S.defaultValue(defaultValue === null ? '不检查' : String(defaultValue)));
    const problem = el('small', 'admin-invalid');
    problems.set(name, problem);
    row.append(problem);
    return [row, control];
  }

  function classBoxes(name: string, chosen: string[]): [HTMLElement, () => string[]] {
    const group = el('fieldset', 'admin-classes');
    const boxes = ROAD_CLASSES.map(([cls, label]) => {
      const box = checkbox(`${name}.${cls}`, chosen.includes(cls));
      box.value = cls;
      const l = el('label');
      l.append(box, label);
      group.append(l);
      return box;
    });
    return [group, () => boxes.filter((b) => b.checked).map((b) => b.value)];
  }

  function choiceGroup(f: ChoiceField, chosen: string): [HTMLElement, () => string] {
    const group = el('fieldset', 'admin-choices');
    group.dataset.name = f.name;
    group.append(el('legend', 'admin-label', f.label));
    const radios = f.options.map((o) => {
      const radio = Object.assign(el('input'), {type: 'radio', name: f.name, value: o.value, checked: o.value === chosen});
      const row = el('label', 'admin-choice');
      const text = el('span');
      text.append(el('strong', undefined, o.label + (o.value === f.defaultValue ? S.choiceDefault : '')), el('small', 'admin-hint', o.explain));
      row.append(radio, text);
      group.append(row);
      return radio;
    });
    const problem = el('small', 'admin-invalid');
    problems.set(f.name, problem);
    group.append(problem);
    return [group, () => radios.find((r) => r.checked)?.value ?? ''];
  }

  function render(form: SettingsForm): void {
    problems.clear();
    const choices = CHOICE_FIELDS.map((f) => [f.name, ...choiceGroup(f, form.choices[f.name] ?? f.defaultValue)] as const);
    const numbers = NUMBER_FIELDS.map((f) => numberRow(f.name, `${f.label}（${f.unit}）`, f.defaultValue, form.numbers[f.name] ?? ''));
    const bins = ROAD_CLASSES.map(([cls, label]) => numberRow(`binSpacingM.${cls}`, `垃圾箱最大间距：${label}（米）`, BIN_SPACING_DEFAULTS[cls] ?? null, form.binSpacing[cls] ?? ''));
    const [owners, ownerClasses] = classBoxes('roadOwnerClasses', form.roadOwnerClasses);
    const [dense, denseClasses] = classBoxes('denseLightClasses', form.denseLightClasses);
    const read = (): SettingsForm => ({
      numbers: Object.fromEntries(numbers.map(([, c]) => [c.name, c.value])),
      choices: Object.fromEntries(choices.map(([name, , value]) => [name, value()])),
      binSpacing: Object.fromEntries(bins.map(([, c]) => [c.name.slice('binSpacingM.'.length), c.value])),
      roadOwnerClasses: ownerClasses(),
      denseLightClasses: denseClasses(),
    });
    const save = el('button', 'admin-button admin-primary', ADMIN.save);
    save.type = 'submit';
    const actions = el('div', 'admin-actions');
    actions.append(save, button(S.resetAll, () => submit({settings: {}})));
    body.onsubmit = (e) => {
      e.preventDefault();
      void submit(overridesFromForm(read()));
    };
    body.replaceChildren(el('p', 'admin-hint', S.intro), el('h4', undefined, S.choicesHeading), ...choices.map(([, group]) => group), ...numbers.map(([r]) => r), ...bins.map(([r]) => r),
      field(`需包联部门的道路等级（默认：${names(ROAD_OWNER_CLASSES_DEFAULT)}）`, owners),
      field(`按主街布灯的道路等级（默认：${names(DENSE_LIGHT_CLASSES_DEFAULT)}）`, dense), actions);
  }

  async function submit(built: ReturnType<typeof overridesFromForm>): Promise<void> {
    for (const p of problems.values()) p.textContent = '';
    if ('problems' in built) {
      for (const [name, text] of Object.entries(built.problems)) problems.get(name)!.textContent = text;
      return message.error(S.fixErrors);
    }
    const done = await mutate<{settings: {analysisOverrides: Record<string, unknown> | null}; errors: []}>(ctx.graphql,
      'updateAnalysisSettings', 'UpdateAnalysisSettingsInput', {townshipCode: ctx.township, settings: built.settings}, 'settings { analysisOverrides }');
    if (!done.ok) {
      const refusal = settingsError(done.message);
      for (const name of refusal.fields) if (problems.has(name)) problems.get(name)!.textContent = refusal.text;
      return message.error(refusal.text);
    }
    message.ok(ADMIN.saved);
    render(formFromOverrides(done.value.settings?.analysisOverrides));
  }

  async function load(): Promise<void> {
    body.replaceChildren(el('p', 'admin-hint', ADMIN.loading));
    const answer = await read<{township: {settings: {analysisOverrides: Record<string, unknown> | null}} | null}>(ctx.graphql, QUERY, {code: ctx.township});
    if (!answer.ok) return void body.replaceChildren(el('p', 'admin-message admin-error', answer.message));
    render(formFromOverrides(answer.value.township?.settings.analysisOverrides));
  }

  root.append(message.node, body);
  void load();
  return root;
}

const names = (classes: string[]) => classes.map((c) => ROAD_CLASSES.find(([k]) => k === c)?.[1] ?? c).join('、');
