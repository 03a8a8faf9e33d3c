import {ADMIN} from '../../../i18n/adminMessages';
import {button, el, select, table} from '../shell/adminDom';
import {actions} from './fileStep';
import type {ImportInspection} from './importTypes';

const I = ADMIN.import;

/**
 * Step 3: each of our fields beside a choice of the file's columns (required ones starred), and
 * the first rows of the file with the mapped columns headed by our field's name.
 */
export function mappingStep(inspection: ImportInspection, mapping: Record<string, string>,
  on: {map(field: string, column: string): void; back(): void; next(): void}): HTMLElement {
  const root = el('div', 'admin-step');
  const choices = [['', I.notMapped] as const, ...inspection.columns.map((c) => [c, c] as const)];
  const rows = inspection.fields.map((f) => {
    const pick = select(`map.${f.name}`, choices, mapping[f.name] ?? '');
    pick.setAttribute('aria-label', f.label);
    pick.addEventListener('change', () => on.map(f.name, pick.value));
    return [f.required ? `${f.label} *` : f.label, pick];
  });
  root.append(table([I.field, I.column], rows, 'admin-mapping'));
  const fieldOf = new Map(Object.entries(mapping).filter(([, c]) => c).map(([f, c]) => [c, f]));
  const labelOf = new Map(inspection.fields.map((f) => [f.name, f.label]));
  const headers = inspection.columns.map((c) => (fieldOf.has(c) ? `${c} → ${labelOf.get(fieldOf.get(c)!)}` : c));
  root.append(el('h4', undefined, I.previewHeading),
    table(headers, inspection.preview.map((r) => inspection.columns.map((_, i) => r[i] ?? '')), 'admin-preview'));
  root.append(actions(button(I.back, on.back), button(I.next, on.next, 'primary')));
  return root;
}
