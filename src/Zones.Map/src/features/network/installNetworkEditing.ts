import {canEdit, on, type App, type Session} from '../../app/app';
import {createNetworkTools} from './networkTools';

/**
 * 新增部件 / 新增道路 in #tools, for admins and planners only (the API refuses the
 * mutations to anyone else anyway); the tools go away on sign-out.
 */
export async function installNetworkEditing(app: App): Promise<void> {
  let tools: ReturnType<typeof createNetworkTools> | null = null;
  const apply = (session: Session | null) => {
    if (canEdit(session)) tools ??= createNetworkTools(app);
    else {
      tools?.destroy();
      tools = null;
    }
  };
  on(app, 'session-changed', apply);
  apply(app.session);
}
