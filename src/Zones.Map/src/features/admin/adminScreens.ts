import {assignmentsScreen} from './assignments/assignmentsScreen';
import {calendarScreen} from './calendar/calendarScreen';
import {categoriesScreen} from './categories/categoriesScreen';
import {importScreen} from './import/importScreen';
import {peopleScreen} from './people/peopleScreen';
import {settingsScreen} from './settings/settingsScreen';
import type {ScreenFactory} from './shell/adminPanel';
import type {ScreenId} from './shell/adminRoutes';
import {townshipsScreen} from './townships/townshipsScreen';
import {usersScreen} from './users/usersScreen';

/** Every admin screen: its own chunk, fetched the first time the 管理 panel opens. */
export const ADMIN_SCREENS: Record<ScreenId, ScreenFactory> = {
  townships: townshipsScreen,
  users: usersScreen,
  people: peopleScreen,
  assignments: assignmentsScreen,
  calendar: calendarScreen,
  categories: categoriesScreen,
  settings: settingsScreen,
  import: importScreen,
};
