import type {App} from '../../app/app';
import {madeLater, whileEditor} from '../../app/editorsOnly';

/**
 * The zone editing tools (issue #6 §2) in #tools, for admins and planners only: a
 * read-only user or an anonymous visitor sees none of them, and they disappear on
 * sign-out (the API refuses the mutations anyway). The session module runs first and
 * sets app.session; later changes arrive as session-changed. Their code (and OL's drawing
 * interactions) is loaded only when an editor signs in.
 */
export async function installEditing(app: App): Promise<void> {
  whileEditor(app, () => madeLater(import('./editor'), ({createEditor}) => createEditor(app)));
}
