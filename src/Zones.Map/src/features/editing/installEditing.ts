import {canEdit, on, type App, type Session} from '../../app/app';
import {createEditor} from './editor';

/**
 * The zone editing tools (issue #6 §2) in #tools, for admins and planners only: a
 * read-only user or an anonymous visitor sees none of them, and they disappear on
 * sign-out (the API refuses the mutations anyway). The session module runs first and
 * sets app.session; later changes arrive as session-changed.
 */
export async function installEditing(app: App): Promise<void> {
  let editor: ReturnType<typeof createEditor> | null = null;
  const apply = (session: Session | null) => {
    if (canEdit(session)) editor ??= createEditor(app);
    else {
      editor?.destroy();
      editor = null;
    }
  };
  on(app, 'session-changed', apply);
  apply(app.session);
}
