import {MESSAGES} from '../../i18n/messages';

const T = MESSAGES.analysis;

/** Ten cases a page: the list fits the sidebar beside the legend (issue #13: 20 of 24 with no way on). */
export const OVERDUE_PAGE_SIZE = 10;

/** One page of the overdue list: the slice [start, end) of the loaded cases and what the pager says. */
export interface OverduePage {
  page: number;
  start: number;
  end: number;
  label: string;
  hasPrevious: boolean;
  hasNext: boolean;
}

/**
 * Page `page` (0-based, clamped) of `loaded` cases out of the server's `total`. The label counts
 * against the total ("第 11–18 条，共 18 条"); when the map loaded fewer cases than there are, the
 * last page says so.
 */
export function overduePage(page: number, loaded: number, total: number, size = OVERDUE_PAGE_SIZE): OverduePage {
  const pages = Math.max(1, Math.ceil(loaded / size));
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const start = p * size;
  const end = Math.min(loaded, start + size);
  const limited = total > loaded && end === loaded ? T.overdueLimited(loaded) : '';
  const label = loaded === 0 ? '' : T.overdueRange(start + 1, end, Math.max(total, loaded)) + limited;
  return {page: p, start, end, label, hasPrevious: p > 0, hasNext: p < pages - 1};
}
