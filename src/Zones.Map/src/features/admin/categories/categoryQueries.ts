import {ADMIN} from '../../../i18n/adminMessages';

const K = ADMIN.categories;

export const CATEGORY_FIELDS = 'kind code name groupName assetKind timeLimit timeUnit isOverride';
export const CATEGORIES_QUERY = `query($t: String!) { complaintCategories(townshipCode: $t) { ${CATEGORY_FIELDS} } }`;

export interface CategoryRow {
  kind: string; code: string; name: string; groupName: string; assetKind: string | null;
  timeLimit: number; timeUnit: string; isOverride: boolean;
}

export const TIME_UNITS = Object.entries(K.units) as [string, string][];

/** 3 工作日, 0.5 自然日 … */
export function limitLabel(row: Pick<CategoryRow, 'timeLimit' | 'timeUnit'>): string {
  return `${row.timeLimit} ${K.units[row.timeUnit] ?? row.timeUnit}`;
}

/** The categories grouped by their 分组, groups and rows in the order the server sends. */
export function groupCategories(rows: readonly CategoryRow[]): [string, CategoryRow[]][] {
  const groups = new Map<string, CategoryRow[]>();
  for (const row of rows) groups.set(row.groupName, [...(groups.get(row.groupName) ?? []), row]);
  return [...groups];
}

/** setComplaintCategory's input: the township's override of one category's limit (and name). */
export function overrideInput(township: string, row: CategoryRow, form: {timeLimit: string; timeUnit: string; name: string}): {input: Record<string, unknown>} | {problem: string} {
  const limit = Number(form.timeLimit.trim());
  if (!form.timeLimit.trim() || !Number.isFinite(limit) || limit <= 0) return {problem: K.limitBad};
  const input: Record<string, unknown> = {townshipCode: township, kind: row.kind, code: row.code, timeLimit: limit, timeUnit: form.timeUnit};
  if (form.name.trim() && form.name.trim() !== row.name) input.name = form.name.trim();
  return {input};
}
