import type {Session} from '../../../app/app';
import {ADMIN} from '../../../i18n/adminMessages';

/** The admin screens, in the order of the navigation. */
export const SCREEN_IDS = ['townships', 'users', 'people', 'assignments', 'calendar', 'categories', 'settings', 'fold', 'webhooks', 'import'] as const;
export type ScreenId = (typeof SCREEN_IDS)[number];

// Planners maintain the 台账 and the 包联表 (import and 包联 writes are open to them in the API);
// the rest is the administrator's.
const PLANNER_SCREENS: readonly ScreenId[] = ['assignments', 'import'];

/** The screens this session may open; none for cadres, viewers and visitors. */
export function screensFor(session: Session | null): ScreenId[] {
  if (session?.role === 'admin') return [...SCREEN_IDS];
  if (session?.role === 'planner') return [...PLANNER_SCREENS];
  return [];
}

/** The screen's Chinese name for the navigation and the heading. */
export function screenLabel(id: ScreenId): string {
  return ADMIN.screens[id];
}

/**
 * The screen a location hash asks for: `#/admin` → the first allowed, `#/admin/calendar` →
 * calendar if allowed (else the first allowed), anything else → null (the admin panel is closed).
 */
export function parseAdminHash(hash: string, allowed: readonly ScreenId[]): ScreenId | null {
  const match = /^#\/admin(?:\/([a-z-]+))?\/?$/.exec(hash);
  if (!match || allowed.length === 0) return null;
  const asked = match[1] as ScreenId | undefined;
  return asked && allowed.includes(asked) ? asked : allowed[0]!;
}

export function adminHash(id: ScreenId): string {
  return `#/admin/${id}`;
}
