import {ADMIN} from '../../../i18n/adminMessages';
import {button, el, field, input, select} from '../shell/adminDom';
import {type ImportTemplate, TARGETS} from './importTypes';
import {templateUrl} from './importUrls';
import type {WizardState} from './wizardState';

const I = ADMIN.import;

export interface FileStepActions {
  choose(target: string, file: File | null): void;
  declare(crs: string): void;
  inspect(): Promise<void>;
}

/** Step 1: what to import, the file, a declared CRS for files without one, and the templates. */
export function fileStep(state: WizardState, file: File | null, templates: ImportTemplate[], on: FileStepActions): HTMLElement {
  const root = el('div', 'admin-step');
  const target = select('target', TARGETS.map((t) => [t, I.targets[t] ?? t] as const), state.target);
  const picker = Object.assign(el('input'), {type: 'file', name: 'importFile', accept: '.zip,.gpkg,.xlsx,.csv,.geojson,.json'});
  const crs = input('crs', state.crs, {placeholder: '4549', inputMode: 'numeric'});
  target.addEventListener('change', () => on.choose(target.value, file));
  picker.addEventListener('change', () => on.choose(target.value, picker.files?.[0] ?? null));
  crs.addEventListener('change', () => on.declare(crs.value));
  const chosen = el('p', 'admin-hint', file ? `${file.name}（${sizeText(file.size)}）` : '');
  const links = el('p', 'admin-templates');
  const shown = templates.length ? templates : [{target: state.target, label: I.targets[state.target] ?? state.target, url: templateUrl(state.target)}];
  links.append(`${I.templates}：`, ...shown.map((t) => Object.assign(el('a', undefined, t.label), {href: t.url, download: ''})));
  root.append(field(I.target, target), field(I.file, picker, I.fileHint), chosen, field(I.crsDeclare, crs), links,
    actions(button(I.inspect, on.inspect, 'primary')));
  return root;
}

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function actions(...buttons: HTMLElement[]): HTMLElement {
  const row = el('div', 'admin-actions');
  row.append(...buttons);
  return row;
}
