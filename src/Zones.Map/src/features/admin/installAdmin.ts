import {type App, on} from '../../app/app';
import {ADMIN} from '../../i18n/adminMessages';
import {el} from '../../ui/el';
import {assignmentsScreen} from './assignments/assignmentsScreen';
import {calendarScreen} from './calendar/calendarScreen';
import {categoriesScreen} from './categories/categoriesScreen';
import {importScreen} from './import/importScreen';
import {peopleScreen} from './people/peopleScreen';
import {settingsScreen} from './settings/settingsScreen';
import {createAdminPanel} from './shell/adminPanel';
import {screensFor} from './shell/adminRoutes';
import {townshipsScreen} from './townships/townshipsScreen';
import {usersScreen} from './users/usersScreen';
import './admin.css';

/**
 * The 管理 button in the top bar (administrators; planners see 包联表 and 导入向导 only) and
 * the panel it opens at #/admin. Signing out closes the panel.
 */
export async function installAdmin(app: App): Promise<void> {
  const panel = createAdminPanel(app, {
    townships: townshipsScreen,
    users: usersScreen,
    people: peopleScreen,
    assignments: assignmentsScreen,
    calendar: calendarScreen,
    categories: categoriesScreen,
    settings: settingsScreen,
    import: importScreen,
  });
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
