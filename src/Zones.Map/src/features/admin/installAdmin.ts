import {type App, on} from '../../app/app';
import {ADMIN} from '../../i18n/adminMessages';
import {el} from '../../ui/el';
import {createAdminPanel} from './shell/adminPanel';
import {screensFor} from './shell/adminRoutes';
import './admin.css';

/**
 * The 管理 button in the top bar (administrators; planners see 包联表 and 导入向导 only) and
 * the panel it opens at #/admin. Signing out closes the panel.
 */
export async function installAdmin(app: App): Promise<void> {
  // The screens are a chunk of their own: most visitors never open the panel.
  const panel = createAdminPanel(app, () => import('./adminScreens').then((m) => m.ADMIN_SCREENS));
  const slot = el('div', 'topbar-admin');
  app.element('session').before(slot);
  const render = () => {
    slot.replaceChildren();
    if (screensFor(app.session).length === 0) return;
    const open = el('a', 'session-button admin-open-button', ADMIN.button);
    open.href = '#/admin';
    open.dataset.admin = 'open';
    slot.append(open);
  };
  on(app, 'session-changed', () => {
    render();
    panel.route();
  });
  render();
  panel.route();
}
