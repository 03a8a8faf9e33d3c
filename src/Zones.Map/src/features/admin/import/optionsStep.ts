import {ADMIN} from '../../../i18n/adminMessages';
import {button, el, field, input} from '../shell/adminDom';
import {actions} from './fileStep';
import {AREA_TARGETS, type ImportMode} from './importTypes';
import type {WizardState} from './wizardState';

const I = ADMIN.import;
const MODES: ImportMode[] = ['INSERT', 'UPDATE', 'UPSERT'];

/** Step 4: 新增 / 更新 / 新增或更新, and for boundaries the snap tolerance; then 试导入. */
export function optionsStep(state: WizardState, on: {options(mode: ImportMode, snap: string): void; back(): void; dryRun(): Promise<void>}): HTMLElement {
  const root = el('div', 'admin-step');
  const group = el('fieldset', 'admin-modes');
  group.append(el('legend', undefined, I.mode));
  const snap = input('snapToleranceM', state.snapToleranceM, {inputMode: 'decimal'});
  const chosen = () => (group.querySelector<HTMLInputElement>('input:checked')?.value ?? 'INSERT') as ImportMode;
  for (const mode of MODES) {
    const radio = Object.assign(el('input'), {type: 'radio', name: 'mode', value: mode, checked: state.mode === mode});
    radio.addEventListener('change', () => on.options(chosen(), snap.value));
    const label = el('label');
    label.append(radio, el('strong', undefined, I.modes[mode]!), el('small', 'admin-hint', I.modeHints[mode]!));
    group.append(label);
  }
  snap.addEventListener('change', () => on.options(chosen(), snap.value));
  root.append(group);
  if (AREA_TARGETS.includes(state.target)) root.append(field(I.snap, snap, I.snapHint));
  root.append(actions(button(I.back, on.back), button(I.dryRun, on.dryRun, 'primary')));
  return root;
}
