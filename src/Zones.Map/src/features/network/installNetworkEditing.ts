import type {App} from '../../app/app';
import {whileEditor} from '../../app/editorsOnly';
import {createNetworkTools} from './networkTools';

/** 新增部件 / 新增道路 in #tools, for admins and planners only; gone on sign-out. */
export async function installNetworkEditing(app: App): Promise<void> {
  whileEditor(app, () => createNetworkTools(app));
}
