export const ASSIGNMENT_FIELDS = 'id role isPrimary validFrom validTo note targetKind targetId targetName ownerName ownerPhone owner { __typename ... on Person { id } ... on Unit { id } }';

export const ASSIGNMENT_TABLE = `query($townshipCode: String!, $targetKind: AssignmentTargetKind, $ownerSearch: String, $targetSearch: String, $activeOnly: Boolean, $first: Int, $after: String) {
  assignmentTable(townshipCode: $townshipCode, targetKind: $targetKind, ownerSearch: $ownerSearch, targetSearch: $targetSearch, activeOnly: $activeOnly, first: $first, after: $after) {
    totalCount edges { node { ${ASSIGNMENT_FIELDS} } } pageInfo { hasNextPage endCursor }
  }
}`;

export const OWNERS_QUERY = `query($t: String) { people(townshipCode: $t) { id name title } units(townshipCode: $t) { id name } }`;

export interface AssignmentRow {
  id: string; role: string; isPrimary: boolean; validFrom: string; validTo: string | null; note: string | null;
  targetKind: string; targetId: string; targetName: string; ownerName: string; ownerPhone: string | null;
  owner: {__typename: 'Person' | 'Unit'; id: string};
}

export interface AssignmentPage {
  totalCount: number;
  edges: {node: AssignmentRow}[];
  pageInfo: {hasNextPage: boolean; endCursor: string | null};
}

export interface AssignmentFilter {
  targetKind: string; // '' = all
  targetSearch: string;
  ownerSearch: string;
  activeOnly: boolean;
}

export const PAGE_SIZE = 100;

export const TARGET_KINDS: readonly (readonly [string, string])[] = [['ZONE', '片区'], ['ROAD', '路段'], ['ASSET', '部件'], ['SHOP', '门店']];

/** assignmentTable's variables for a filter and page: blank searches and "all kinds" are left out. */
export function tableVariables(township: string, filter: AssignmentFilter, after?: string | null): Record<string, unknown> {
  const vars: Record<string, unknown> = {townshipCode: township, activeOnly: filter.activeOnly, first: PAGE_SIZE};
  if (filter.targetKind) vars.targetKind = filter.targetKind;
  if (filter.targetSearch.trim()) vars.targetSearch = filter.targetSearch.trim();
  if (filter.ownerSearch.trim()) vars.ownerSearch = filter.ownerSearch.trim();
  if (after) vars.after = after;
  return vars;
}

/** "p:12" / "u:3" of the owner picker → assignOwner's OwnerInput (oneOf). */
export function ownerInput(choice: string): {personId: string} | {unitId: string} | null {
  const [kind, id] = choice.split(':');
  if (!id) return null;
  return kind === 'p' ? {personId: id} : kind === 'u' ? {unitId: id} : null;
}

/**
 * assignOwner for a handover: the same target and role, the new owner as the primary, from
 * now — the server ends the old primary when the new one starts.
 */
export function handoverInput(row: AssignmentRow, owner: string, note: string): Record<string, unknown> | null {
  const who = ownerInput(owner);
  if (!who) return null;
  const input: Record<string, unknown> = {targetKind: row.targetKind, targetId: row.targetId, owner: who, role: row.role, isPrimary: true};
  if (note.trim()) input.note = note.trim();
  return input;
}

export function targetKindLabel(kind: string): string {
  return TARGET_KINDS.find(([k]) => k === kind)?.[1] ?? kind;
}
