// The plain-DOM building blocks every admin screen uses: labelled fields, buttons, tables,
// a message line. One look for all eight screens; no screen styles its own controls.
import {el} from '../../../ui/el';

export {el};

/** "label  [control]  hint" as one row of a form; the hint is small print under the control. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLLabelElement {
  const row = el('label', 'admin-field');
  row.append(el('span', 'admin-label', label), control);
  if (hint) row.append(el('small', 'admin-hint', hint));
  return row;
}

export function input(name: string, value = '', props: Partial<HTMLInputElement> = {}): HTMLInputElement {
  const node = el('input');
  node.name = name;
  node.value = value;
  Object.assign<HTMLInputElement, Partial<HTMLInputElement>>(node, props);
  return node;
}

export function select(name: string, options: readonly (readonly [string, string])[], value = ''): HTMLSelectElement {
  const node = el('select');
  node.name = name;
  node.append(...options.map(([v, label]) => new Option(label, v)));
  node.value = value;
  return node;
}

export function checkbox(name: string, checked = false): HTMLInputElement {
  return Object.assign(el('input'), {type: 'checkbox', name, checked});
}

/** A button that runs `action`, disabled while it runs (no double submit). */
export function button(text: string, action: () => unknown, kind: 'primary' | 'plain' | 'danger' = 'plain'): HTMLButtonElement {
  const node = el('button', `admin-button admin-${kind}`, text);
  node.type = 'button';
  node.addEventListener('click', async () => {
    node.disabled = true;
    try {
      await action();
    } finally {
      node.disabled = false;
    }
  });
  return node;
}

/** The screen's one message line: green for done, red (role=alert) for refused. */
export interface MessageLine {
  node: HTMLElement;
  ok(text: string): void;
  error(text: string): void;
  info(text: string): void;
  clear(): void;
}

export function messageLine(): MessageLine {
  const node = el('p', 'admin-message');
  node.setAttribute('role', 'status');
  const show = (kind: string, text: string) => {
    node.dataset.kind = kind;
    node.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    node.textContent = text;
  };
  return {
    node,
    ok: (text) => show('ok', text),
    error: (text) => show('error', text),
    info: (text) => show('info', text),
    clear: () => show('', ''),
  };
}

/** A table with a header row, scrolling sideways on a phone instead of squeezing the columns. */
export function table(headers: readonly string[], rows: readonly (readonly (Node | string)[])[], className = ''): HTMLElement {
  const t = el('table', `admin-table ${className}`.trim());
  const head = el('tr');
  head.append(...headers.map((h) => el('th', undefined, h)));
  t.createTHead().append(head);
  const body = t.createTBody();
  for (const cells of rows) {
    const tr = el('tr');
    tr.append(...cells.map((c) => {
      const td = el('td');
      td.append(c);
      return td;
    }));
    body.append(tr);
  }
  const wrap = el('div', 'admin-scroll');
  wrap.append(t);
  return wrap;
}

/**
 * A table made by {@link table} that a phone shows as one card per row (CSS `.admin-stack`): each cell
 * carries its column's name, shown before it when the header row is hidden.
 */
export function stackOnPhone(wrap: HTMLElement): HTMLElement {
  const t = wrap.querySelector('table')!;
  t.classList.add('admin-stack');
  const names = [...t.tHead!.rows[0]!.cells].map((th) => th.textContent ?? '');
  for (const row of t.tBodies[0]!.rows) [...row.cells].forEach((td, i) => { if (names[i]) td.dataset.label = names[i]; });
  return wrap;
}

/** A titled part of a screen. */
export function section(title: string, ...children: Node[]): HTMLElement {
  const s = el('section', 'admin-section');
  s.append(el('h3', undefined, title), ...children);
  return s;
}

/** A small form that opens in place (create / edit); `onSubmit` answers an error text or null when done. */
export function inlineForm(title: string, fields: HTMLElement[], onSubmit: () => Promise<string | null>, onClose: () => void): HTMLFormElement {
  const form = el('form', 'admin-form');
  form.setAttribute('aria-label', title);
  const error = el('p', 'admin-message');
  error.dataset.kind = 'error';
  error.setAttribute('role', 'alert');
  const submit = el('button', 'admin-button admin-primary', '保存');
  submit.type = 'submit';
  const cancel = button('取消', onClose);
  const actions = el('div', 'admin-actions');
  actions.append(submit, cancel);
  form.append(el('h4', undefined, title), ...fields, error, actions);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    error.textContent = '';
    try {
      const problem = await onSubmit();
      if (problem) error.textContent = problem;
      else onClose();
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

/** "2026-12-07 09:30" in the browser's time zone (the township's, in practice), or "—". */
export function dateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
