import type {App} from '../../app/app';
import {whileEditor} from '../../app/editorsOnly';
import {createEditor} from './editor';

/**
 * The zone editing tools (issue #6 §2) in #tools, for admins and planners only: a
 * read-only user or an anonymous visitor sees none of them, and they disappear on
 * sign-out (the API refuses the mutations anyway). The session module runs first and
 * sets app.session; later changes arrive as session-changed.
 */
export async function installEditing(app: App): Promise<void> {
  whileEditor(app, () => createEditor(app));
}
