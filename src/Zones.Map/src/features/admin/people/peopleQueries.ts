import {ADMIN} from '../../../i18n/adminMessages';

const P = ADMIN.people;

export const PERSON_FIELDS = 'id code name title phone unit { id name }';
export const UNIT_FIELDS = 'id code name kind phone';
export const PEOPLE_QUERY = `query($t: String) { people(townshipCode: $t) { ${PERSON_FIELDS} } units(townshipCode: $t) { ${UNIT_FIELDS} } }`;

export interface PersonRow { id: string; code: string; name: string; title: string | null; phone: string | null; unit: {id: string; name: string} | null }
export interface UnitRow { id: string; code: string; name: string; kind: string; phone: string | null }

/** zones.unit.kind's CHECK list (migration 0001) in Chinese; a kind not here is shown as sent. */
export const UNIT_KINDS: readonly (readonly [string, string])[] = [
  ['government', '政府'], ['department', '部门'], ['village_committee', '村（居）委会'], ['company', '企业'],
  ['property_management', '物业'], ['other', '其他'],
];

export function unitKindLabel(kind: string): string {
  return UNIT_KINDS.find(([k]) => k === kind)?.[1] ?? kind;
}

/** Rows whose name, code, title, phone or unit contain every word of the search (case-insensitive). */
export function matches(row: PersonRow | UnitRow, search: string): boolean {
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const unit = 'unit' in row ? row.unit?.name : 'kind' in row ? unitKindLabel(row.kind) : '';
  const text = [row.code, row.name, 'title' in row ? row.title : '', row.phone, unit].filter(Boolean).join(' ').toLowerCase();
  return words.every((w) => text.includes(w));
}

export function phoneProblem(phone: string): string | null {
  // The database's CHECK (migration 0001): 5–24 of digits, +, (, ), space, dash.
  return !phone.trim() || /^[0-9+() -]{5,24}$/.test(phone.trim()) ? null : P.phoneBad;
}

export interface PersonForm { code: string; name: string; title: string; phone: string; unitId: string }
export interface UnitForm { code: string; name: string; kind: string; phone: string }

/**
 * createPerson / updatePerson input: required code and name, a plausible phone; on update
 * (`id` given) the same fields, so a cleared title or phone is cleared on the server.
 */
export function personInput(form: PersonForm, township: string, id?: string): {input: Record<string, unknown>} | {problem: string} {
  if (!form.code.trim()) return {problem: ADMIN.required(P.code)};
  if (!form.name.trim()) return {problem: ADMIN.required(P.name)};
  const bad = phoneProblem(form.phone);
  if (bad) return {problem: bad};
  const fields = {code: form.code.trim(), name: form.name.trim(), title: form.title.trim() || null, phone: form.phone.trim() || null, unitId: form.unitId || null};
  return {input: id ? {id, ...fields} : {townshipCode: township, ...fields}};
}

export function unitInput(form: UnitForm, township: string, id?: string): {input: Record<string, unknown>} | {problem: string} {
  if (!form.code.trim()) return {problem: ADMIN.required(P.code)};
  if (!form.name.trim()) return {problem: ADMIN.required(P.unitName)};
  if (!form.kind.trim()) return {problem: ADMIN.required(P.kind)};
  const bad = phoneProblem(form.phone);
  if (bad) return {problem: bad};
  const fields = {code: form.code.trim(), name: form.name.trim(), kind: form.kind.trim(), phone: form.phone.trim() || null};
  return {input: id ? {id, ...fields} : {townshipCode: township, ...fields}};
}
