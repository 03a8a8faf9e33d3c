import {HOOKS} from '../../../i18n/hooksMessages';
import {checkbox, el, field, inlineForm, input} from '../shell/adminDom';
import {eventLabel, EVENTS, type WebhookForm, type WebhookRow} from './webhookModel';

/** The add/edit form: each field with its own red line; `save` answers the form-level problem or null when saved. */
export interface WebhookFormParts {
  form: HTMLFormElement;
  /** Shows each field's problem beside it (and clears the others). */
  show(problems: Record<string, string>): void;
}

export function webhookForm(row: WebhookRow | null, save: (form: WebhookForm) => Promise<string | null>, close: () => void): WebhookFormParts {
  const problems = new Map<string, HTMLElement>();
  const withProblem = <T extends HTMLElement>(name: string, node: T): T => {
    const p = el('small', 'admin-invalid');
    p.dataset.field = name;
    problems.set(name, p);
    node.append(p);
    return node;
  };
  const name = input('name', row?.name ?? '', {placeholder: HOOKS.namePlaceholder, maxLength: 100});
  const url = input('url', row?.url ?? '', {placeholder: HOOKS.urlPlaceholder, type: 'url', inputMode: 'url'});
  const events = el('fieldset', 'admin-classes');
  events.dataset.name = 'events';
  const boxes = EVENTS.map((e) => {
    const box = checkbox(`event.${e}`, row ? row.events.includes(e) : true);
    box.value = e;
    const l = el('label');
    l.append(box, eventLabel(e));
    events.append(l);
    return box;
  });
  const enabled = checkbox('enabled', row?.enabled ?? true);
  const enabledRow = el('label', 'admin-check');
  enabledRow.append(enabled, HOOKS.enabledBox);
  const secret = input('webhookSecret', '', {autocomplete: 'off', spellcheck: false});
  const secretRow = withProblem('secret', field(HOOKS.secret, secret, HOOKS.secretHint));
  const change = checkbox('changeSecret', false);
  const changeRow = el('label', 'admin-check');
  changeRow.append(change, HOOKS.changeSecret);
  secretRow.hidden = row !== null;
  change.addEventListener('change', () => { secretRow.hidden = !change.checked; });

  const fields = [
    withProblem('name', field(HOOKS.name, name)),
    withProblem('url', field(HOOKS.url, url, HOOKS.urlHint)),
    withProblem('events', group(HOOKS.events, events)),
    enabledRow,
    ...(row ? [changeRow] : []),
    secretRow,
  ];
  const form = inlineForm(row ? HOOKS.editTitle(row.name) : HOOKS.newTitle, fields, () => save({
    name: name.value, url: url.value, enabled: enabled.checked, secret: secret.value, changeSecret: change.checked,
    events: boxes.filter((b) => b.checked).map((b) => b.value),
  }), close);
  form.noValidate = true; // the form's own checks say what is wrong in Chinese, beside the field
  return {
    form,
    show(found) {
      for (const [key, p] of problems) p.textContent = found[key] ?? '';
    },
  };
}

// A labelled group of check boxes: a <div>, since a <label> may not hold other labels.
function group(label: string, boxes: HTMLElement): HTMLElement {
  const row = el('div', 'admin-field');
  row.append(el('span', 'admin-label', label), boxes);
  return row;
}
