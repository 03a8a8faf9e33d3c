// Small DOM helpers shared by the analysis sections; `el` is the client's one (ui/el.ts).
import {el} from '../../ui/el';

export {el};

/** A <select> with a first "all" option (value '') and the given choices. */
export function choiceSelect(name: string, all: string, choices: [string, string][]): HTMLSelectElement {
  const select = el('select');
  select.name = name;
  select.append(new Option(all, ''), ...choices.map(([value, label]) => new Option(label, value)));
  return select;
}

/** "label: <select>" as one row of a filter form. */
export function field(label: string, control: HTMLElement): HTMLLabelElement {
  const row = el('label', 'analysis-field');
  row.append(el('span', undefined, label), control);
  return row;
}

/** The message of any failure, for a one-line note in the panel. */
export function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
