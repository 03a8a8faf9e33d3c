import {type App, emit, type Session} from '../../app/app';
import {createPasswordForm} from './passwordForm';
import {sessionLabel} from './roleLabels';
import {fetchSession, signIn, signOut} from './sessionApi';
import './session.css';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

/**
 * The top bar's sign-in: reads GET /auth/me before any other module starts (they read
 * `app.session`), then a 登录 button with a small form, or the name, role and 退出.
 * Every change sets `app.session` and fires `session-changed`. `early` is GET /auth/me
 * when the page asked for it before the map existed.
 */
export async function installSession(app: App, early: Promise<Session | null> = fetchSession(app.fetch)): Promise<void> {
  const slot = app.element('session');
  const set = (session: Session | null) => {
    app.session = session;
    render();
    emit(app, 'session-changed', session);
  };

  function render(): void {
    slot.replaceChildren();
    if (app.session) {
      const who = el('span', {className: 'session-who', textContent: sessionLabel(app.session)});
      who.dataset.role = app.session.role;
      const out = el('button', {type: 'button', className: 'session-button', textContent: '退出'});
      out.addEventListener('click', async () => {
        out.disabled = true;
        await signOut(app.fetch);
        set(null);
      });
      slot.append(who, out);
      // A password an admin set or reset: changed first, or every write is refused.
      if (app.session.mustChangePassword) {
        slot.append(createPasswordForm(app.fetch, async () => set(await fetchSession(app.fetch))));
      }
    } else {
      const open = el('button', {type: 'button', className: 'session-button', textContent: '登录'});
      // A second click closes the form again.
      open.addEventListener('click', () => {
        const shown = form();
        if (shown) shown.remove();
        else slot.append(createForm(app, set, () => form()?.remove()));
      });
      slot.append(open);
    }
  }
  const form = () => slot.querySelector('.session-form');

  app.session = await early;
  render();
  emit(app, 'session-changed', app.session);
}

/** The 用户名/密码 form; a failed sign-in keeps it open with the reason in red. */
function createForm(app: App, set: (s: Session) => void, close: () => void): HTMLFormElement {
  const form = el('form', {className: 'session-form'});
  form.setAttribute('aria-label', '登录');
  const user = el('input', {name: 'username', autocomplete: 'username', required: true});
  const pass = el('input', {name: 'password', type: 'password', autocomplete: 'current-password', required: true});
  const error = el('p', {className: 'session-error'});
  error.setAttribute('role', 'alert');
  const submit = el('button', {type: 'submit', textContent: '登录'});
  const cancel = el('button', {type: 'button', textContent: '取消'});
  cancel.addEventListener('click', close);
  form.addEventListener('keydown', (e) => e.key === 'Escape' && close());
  const labelled = (text: string, input: HTMLInputElement) => {
    const label = el('label', {textContent: text});
    label.append(input);
    return label;
  };
  const actions = el('div', {className: 'session-actions'});
  actions.append(submit, cancel);
  form.append(labelled('用户名', user), labelled('密码', pass), error, actions);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    error.textContent = '';
    const result = await signIn(app.fetch, user.value, pass.value);
    submit.disabled = false;
    if ('session' in result) {
      close();
      set(result.session);
    } else {
      error.textContent = result.error;
      pass.select();
    }
  });
  queueMicrotask(() => user.focus());
  return form;
}
