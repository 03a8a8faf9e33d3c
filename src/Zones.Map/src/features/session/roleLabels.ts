import type {Session} from '../../app/app';

/** The API's roles as clerks name them. */
export const ROLE_LABELS: Record<Session['role'], string> = {
  admin: '管理员',
  planner: '规划员',
  cadre: '干部',
  viewer: '只读',
};

/** 管理员, 规划员 …; an unknown role is shown as sent, so a new server role is still readable. */
export function roleLabel(role: string): string {
  return (ROLE_LABELS as Record<string, string>)[role] ?? role;
}

/** "王芳（规划员）" for the top bar. */
export function sessionLabel(session: Session): string {
  return `${session.name}（${roleLabel(session.role)}）`;
}
