/** The three groups a clerk sorts cases into at a glance. */
export type ComplaintGroup = 'open' | 'overdue' | 'closed';

export interface ComplaintGroupStyle {
  fill: string;
  radius: number;
  zIndex: number;
}

export const COMPLAINT_GROUP_STYLES: Record<ComplaintGroup, ComplaintGroupStyle> = {
  open: {fill: '#0284c7', radius: 5, zIndex: 2},
  overdue: {fill: '#dc2626', radius: 6, zIndex: 3},
  closed: {fill: '#9ca3af', radius: 4, zIndex: 1},
};

// 结案 and 作废 are finished. 挂账 (shelved) is parked, not solved: it stays open
// and can still be overdue.
const FINISHED_STAGES = new Set(['closed', 'voided']);

/**
 * The group of a case. Overdue wins over open, but a finished case is grey even
 * if it was finished late: the map shows what still needs doing.
 */
export function complaintGroup(stage: unknown, overdue: unknown): ComplaintGroup {
  if (typeof stage === 'string' && FINISHED_STAGES.has(stage)) return 'closed';
  return overdue === true ? 'overdue' : 'open';
}
