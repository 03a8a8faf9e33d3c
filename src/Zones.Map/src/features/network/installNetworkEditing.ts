import type {App} from '../../app/app';
import {madeLater, whileEditor} from '../../app/editorsOnly';

/** 新增部件 / 新增道路 in #tools, for admins and planners only; gone on sign-out. Loaded on first use. */
export async function installNetworkEditing(app: App): Promise<void> {
  whileEditor(app, () => madeLater(import('./networkTools'), ({createNetworkTools}) => createNetworkTools(app)));
}
