import {el} from '../ui/el';

/**
 * The message slots of a form: one under each field, filled from the server's
 * {errors: [{field, message}]} so the reporter reads what is wrong where it is wrong.
 */
export interface FieldErrors {
  /** The slot for a field, made on first ask; put it under the field. */
  slot(field: string): HTMLElement;
  show(errors: {field: string; message: string}[]): void;
  clear(): void;
}

export function createFieldErrors(fallback = 'form'): FieldErrors {
  const slots = new Map<string, HTMLElement>();
  const slot = (field: string) => {
    let s = slots.get(field);
    if (!s) {
      s = el('p', 'rp-error');
      s.dataset.errorFor = field;
      s.setAttribute('role', 'alert');
      s.hidden = true;
      slots.set(field, s);
    }
    return s;
  };
  return {
    slot,
    show(errors) {
      this.clear();
      for (const {field, message} of errors) {
        const target = slots.has(field) ? slot(field) : slot(fallback);
        target.textContent = target.hidden ? message : `${target.textContent} ${message}`;
        target.hidden = false;
      }
      [...slots.values()].find((s) => !s.hidden)?.scrollIntoView({block: 'center', behavior: 'smooth'});
    },
    clear() {
      for (const s of slots.values()) { s.hidden = true; s.textContent = ''; }
    },
  };
}
