/** zh-CN names of the GraphQL enum values the details panel shows (the map's other tables use the wire values). */

export const ASSIGNMENT_ROLE_LABELS: Record<string, string> = {
  LEADER: '领导联片',
  DEPARTMENT: '部门包联',
  RESPONSIBLE_UNIT: '责任单位',
  GRID_WORKER: '网格员',
  CADRE: '干部包门店',
  VILLAGE_CADRE: '村干部包组',
};

/**
 * Button labels of ComplaintAction, the server's own (enum ComplaintAction in zones.graphql; labels.test.ts
 * compares them). DISPOSE takes a dispatched case into 处置: the unit's 签收. VERIFY gets two buttons
 * (通过 / 不通过), see complaintActions.ts.
 */
export const ACTION_LABELS: Record<string, string> = {
  REGISTER: '立案',
  DISPATCH: '派遣',
  DISPOSE: '签收',
  FEEDBACK: '处置反馈',
  VERIFY: '核查',
  CLOSE: '结案',
  RETURN: '回退',
  EXTEND: '延期',
  SHELVE: '挂账',
  RESUME: '挂账恢复',
  VOID: '作废',
};

/** complaint_event.action values (the history), lower case as stored; the server's actionLabel wins when it sends one. */
export const EVENT_LABELS: Record<string, string> = {
  receive: '受理', register: '立案', dispatch: '派遣', dispose: '签收', feedback: '处置反馈', verify: '核查',
  close: '结案', return: '回退', extend: '延期', shelve: '挂账', resume: '挂账恢复', void: '作废',
  rework: '返工', transfer: '转派',
};

/**
 * Where a step left the case, as the history says it ("立案 · 已受理 → 已立案"): the state after each
 * stage's step, so a line never reads "受理 → 受理" (the action and the stage share a name).
 */
export const STAGE_STATE_LABELS: Record<string, string> = {
  received: '已受理', registered: '已立案', dispatched: '已派遣', disposing: '处置中', feedback: '已反馈待核查',
  verifying: '核查通过待结案', closed: '已结案', shelved: '已挂账', voided: '已作废',
};

/** Actions the server refuses without a note (TransitionComplaintInput.note). */
export const NOTE_REQUIRED = new Set(['RETURN', 'SHELVE', 'VOID']);

/** The zone indicators the panel knows how to name; the API may offer more or fewer. */
export const INDICATOR_LABELS: Record<string, {label: string; rate: boolean}> = {
  reported: {label: '上报数', rate: false},
  closeRate: {label: '结案率', rate: true},
  onTimeCloseRate: {label: '按期结案率', rate: true},
  disposeRate: {label: '处置率', rate: true},
  onTimeDisposeRate: {label: '按期处置率', rate: true},
  reworkRate: {label: '返工率', rate: true},
  overdueOpen: {label: '超期未结', rate: false},
};

/** An enum label from a lower-case table (src/i18n/enumLabels.ts) for an UPPER_SNAKE API value. */
export function enumLabel(table: Record<string, string>, value: string | null | undefined): string {
  if (!value) return '—';
  return table[value.toLowerCase()] ?? table[value] ?? value;
}
