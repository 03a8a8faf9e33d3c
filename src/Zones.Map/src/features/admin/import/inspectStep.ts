import {ADMIN} from '../../../i18n/adminMessages';
import {button, el, field, select, table} from '../shell/adminDom';
import {actions} from './fileStep';
import type {ImportInspection} from './importTypes';
import {crsText, crsWarning} from './reportModel';

const I = ADMIN.import;

/** Step 2: what the server found — format, CRS and where it came from, encoding, layers, rows, columns, problems. */
export function inspectStep(inspection: ImportInspection, on: {layer(name: string): void; back(): void; next(): void}): HTMLElement {
  const root = el('div', 'admin-step');
  const facts = el('dl', 'admin-facts');
  for (const [label, value] of [[I.format, inspection.format ?? '—'], [I.crs, crsText(inspection)], [I.encoding, inspection.encoding ?? '—'], [I.rows, String(inspection.rows)],
    [I.columns, inspection.columns.join('、')]] as const) {
    facts.append(el('dt', undefined, label), el('dd', undefined, value));
  }
  root.append(facts);
  const crsNote = crsWarning(inspection);
  if (crsNote) root.append(el('p', 'admin-message admin-error', crsNote));
  if (inspection.layers.length > 1) {
    const layer = select('layer', inspection.layers.map((l) => [l, l] as const), inspection.layer ?? inspection.layers[0]);
    layer.addEventListener('change', () => on.layer(layer.value));
    root.append(field(I.layer, layer));
  }
  if (inspection.problems.length) {
    root.append(el('h4', undefined, I.problems), table([I.row, I.problem],
      inspection.problems.map((p) => [p.row === null ? '文件' : String(p.row), p.message])));
  }
  root.append(actions(button(I.back, on.back), button(I.next, on.next, 'primary')));
  return root;
}
