import {changePassword, newPasswordProblem} from './passwordApi';
import type {FetchLike} from '../../ogc/fetchJson';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

/**
 * 修改密码, opened by itself after signing in with a password an admin set or reset (the server
 * refuses every write until it is changed). `done` runs after the change.
 */
export function createPasswordForm(fetchFn: FetchLike, done: () => void): HTMLFormElement {
  const form = el('form', {className: 'session-form'});
  form.setAttribute('aria-label', '修改密码');
  const intro = el('p', {className: 'session-note', textContent: '管理员设置了您的密码，请先修改为只有您知道的新密码（至少 12 位）。'});
  const current = el('input', {name: 'currentPassword', type: 'password', autocomplete: 'current-password', required: true});
  const next = el('input', {name: 'newPassword', type: 'password', autocomplete: 'new-password', required: true});
  const again = el('input', {name: 'newPasswordAgain', type: 'password', autocomplete: 'new-password', required: true});
  const error = el('p', {className: 'session-error'});
  error.setAttribute('role', 'alert');
  const submit = el('button', {type: 'submit', textContent: '修改密码'});
  const labelled = (text: string, input: HTMLInputElement) => {
    const label = el('label', {textContent: text});
    label.append(input);
    return label;
  };
  const actions = el('div', {className: 'session-actions'});
  actions.append(submit);
  form.append(intro, labelled('当前密码', current), labelled('新密码', next), labelled('再次输入新密码', again), error, actions);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const problem = newPasswordProblem(current.value, next.value, again.value);
    if (problem) return void (error.textContent = problem);
    submit.disabled = true;
    const failed = await changePassword(fetchFn, current.value, next.value);
    submit.disabled = false;
    if (failed) error.textContent = failed;
    else done();
  });
  queueMicrotask(() => current.focus());
  return form;
}
