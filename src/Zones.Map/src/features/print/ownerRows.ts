/** An Assignment as the print query selects it. */
export interface PrintAssignment {
  role: string;
  isPrimary: boolean;
  validFrom: string;
  targetName: string;
  ownerName: string;
  ownerPhone: string | null;
  owner: {__typename: 'Person'; title: string | null; unit: {name: string} | null} | {__typename: 'Unit'; kind: string};
}

/** One line of the 包联责任人 table on the sheet. */
export interface OwnerRow {
  role: string;
  name: string;
  /** 职务 and unit of a person; empty for a unit. */
  post: string;
  phone: string;
  primary: boolean;
}

/** What each role means for a zone on a 示意图 (AssignmentRole values). */
const ROLE_LABELS: Record<string, string> = {
  LEADER: '联片领导',
  DEPARTMENT: '包联部门',
  RESPONSIBLE_UNIT: '责任单位',
  GRID_WORKER: '网格员',
  CADRE: '包联干部',
  VILLAGE_CADRE: '村干部',
};

// Leaders first, as on the boards in the township hall; then units, then people on the ground.
const ROLE_ORDER = ['LEADER', 'DEPARTMENT', 'RESPONSIBLE_UNIT', 'VILLAGE_CADRE', 'CADRE', 'GRID_WORKER'];

export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? role;
}

/** The zone's active 包联 assignments as table rows: by role, the 责任主体 first within a role. */
export function ownerRows(owners: readonly PrintAssignment[]): OwnerRow[] {
  const rank = (role: string) => (ROLE_ORDER.includes(role) ? ROLE_ORDER.indexOf(role) : ROLE_ORDER.length);
  return [...owners]
    .sort((a, b) => rank(a.role) - rank(b.role) || Number(b.isPrimary) - Number(a.isPrimary))
    .map((a) => ({
      role: roleLabel(a.role),
      name: a.ownerName,
      post: postOf(a),
      phone: a.ownerPhone ?? '',
      primary: a.isPrimary,
    }));
}

/**
 * 属地兜底: who answers when nobody else does. Said in words, with the zone it comes from when
 * that is an ancestor (the zone has no primary owner of its own).
 */
export function fallbackLine(responsible: PrintAssignment | null, zoneName: string): string {
  if (!responsible) return '属地兜底：未落实（本片区及上级片区都没有责任主体，请在包联管理中指定）';
  const from = responsible.targetName === zoneName ? '' : `，由上级“${responsible.targetName}”兜底`;
  const phone = responsible.ownerPhone ? `，电话 ${responsible.ownerPhone}` : '';
  return `属地兜底：${responsible.ownerName}（${roleLabel(responsible.role)}${from}）${phone}`;
}

function postOf(a: PrintAssignment): string {
  if (a.owner.__typename !== 'Person') return '';
  return [a.owner.unit?.name, a.owner.title].filter(Boolean).join(' ');
}
