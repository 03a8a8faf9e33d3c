import {ADMIN} from '../../../i18n/adminMessages';
import {button, el} from '../shell/adminDom';

const U = ADMIN.users;

/** What the box says: its title, the note under it, and anything to read before 我已保存. */
export interface SecretTexts {
  title: string;
  hint: string;
  more?: Node[];
}

/**
 * A new secret (an API key's, a webhook's), shown this once: a read-only field, 复制 (clipboard, or
 * select the text where the browser refuses), and 我已保存 which removes it for good.
 */
export function secretBox(secret: string, onDone: () => void, texts: SecretTexts = {title: U.secretTitle, hint: U.secretHint}): HTMLElement {
  const box = el('div', 'admin-secret');
  box.setAttribute('role', 'alert');
  const field = Object.assign(el('input'), {value: secret, readOnly: true, name: 'secret'});
  const note = el('small', 'admin-hint', texts.hint);
  const copy = button(U.copy, async () => {
    try {
      await navigator.clipboard.writeText(secret);
      copy.textContent = U.copied;
    } catch {
      field.select();
      note.textContent = U.copyFailed;
    }
  }, 'primary');
  copy.dataset.copy = 'secret';
  box.append(el('strong', undefined, texts.title), field, copy, button(U.done, () => {
    box.remove();
    onDone();
  }), note, ...(texts.more ?? []));
  return box;
}
