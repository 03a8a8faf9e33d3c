import {canEdit, on, type App, type Session} from './app';

/**
 * Tools for admins and planners only: made when such a user is signed in (now or later),
 * destroyed on sign-out. A read-only user or an anonymous visitor never sees them (the
 * API refuses their mutations anyway).
 */
export function whileEditor(app: App, create: () => {destroy(): void}): void {
  let tools: {destroy(): void} | null = null;
  const apply = (session: Session | null) => {
    if (canEdit(session)) tools ??= create();
    else {
      tools?.destroy();
      tools = null;
    }
  };
  on(app, 'session-changed', apply);
  apply(app.session);
}
