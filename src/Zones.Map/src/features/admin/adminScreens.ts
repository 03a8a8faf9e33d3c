import {assignmentsScreen} from './assignments/assignmentsScreen';
import {calendarScreen} from './calendar/calendarScreen';
import {categoriesScreen} from './categories/categoriesScreen';
import {foldScreen} from './fold/foldScreen';
import {importScreen} from './import/importScreen';
import {peopleScreen} from './people/peopleScreen';
import {settingsScreen} from './settings/settingsScreen';
import type {ScreenFactory} from './shell/adminPanel';
import type {ScreenId} from './shell/adminRoutes';
import {townshipsScreen} from './townships/townshipsScreen';
import {usersScreen} from './users/usersScreen';
import {webhooksScreen} from './webhooks/webhooksScreen';

/** Every admin screen: its own chunk, fetched the first time the 管理 panel opens. */
export const ADMIN_SCREENS: Record<ScreenId, ScreenFactory> = {
  townships: townshipsScreen,
  users: usersScreen,
  people: peopleScreen,
  assignments: assignmentsScreen,
  calendar: calendarScreen,
  categories: categoriesScreen,
  settings: settingsScreen,
  fold: foldScreen,
  webhooks: webhooksScreen,
  import: importScreen,
};
