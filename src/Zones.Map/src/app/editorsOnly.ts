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

// Tools made later are made in the order they were asked for, whatever chunk arrives first,
// so their panels keep the order of the installs in #tools.
let madeSoFar: Promise<unknown> = Promise.resolve();

/**
 * Tools whose code is fetched on first use (a dynamic import, its own chunk): the first view
 * of a visitor who never edits does not download or parse it. A sign-out before the chunk
 * arrives destroys the tools as soon as they exist.
 */
export function madeLater<M>(code: Promise<M>, create: (module: M) => {destroy(): void}): {destroy(): void} {
  const made = Promise.all([code, madeSoFar]).then(([module]) => create(module));
  madeSoFar = made.catch((error: unknown) => console.error('the editing tools failed to load', error));
  return {destroy: () => void made.then((tools) => tools.destroy())};
}
