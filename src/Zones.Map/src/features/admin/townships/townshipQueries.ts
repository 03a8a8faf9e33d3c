import type {Session} from '../../../app/app';
import {ADMIN} from '../../../i18n/adminMessages';

const T = ADMIN.townships;

export const TOWNSHIP_FIELDS = 'code name countyCode countyName isPublic retiredAt createdAt';
export const TOWNSHIPS_QUERY = `query($all: Boolean) { townships(includeRetired: $all) { ${TOWNSHIP_FIELDS} } }`;

/** The county a new township must lie in: the admin's county, or their township's; null for an installation admin. */
export function expectedCounty(session: Session): string | null {
  return session.county ?? session.township?.slice(0, 6) ?? null;
}

/**
 * What is wrong with a 统计用区划代码 for a township, as the clerk types it (null = fine):
 * 12 digits, a township-level code (digits 7–9 not 000, 10–12 = 000), in the admin's county.
 * The server checks the same; saying it while typing saves a round trip.
 */
export function townshipCodeProblem(code: string, county: string | null): string | null {
  const digits = code.trim();
  if (!/^\d{12}$/.test(digits)) return T.codeDigits.replace('{n}', String(digits.replace(/\D/g, '').length));
  if (digits.slice(6, 9) === '000' || digits.slice(9) !== '000') return T.codeNotTownship;
  if (county && !digits.startsWith(county)) return T.codeCounty(county);
  return null;
}

export interface TownshipForm {
  code: string;
  name: string;
  countyName: string;
  isPublic: boolean;
}

/** createTownship's input from the form, or the first problem to show. */
export function createTownshipInput(form: TownshipForm, county: string | null): {input: Record<string, unknown>} | {problem: string} {
  const problem = townshipCodeProblem(form.code, county) ?? (form.name.trim() ? null : ADMIN.required(T.name));
  if (problem) return {problem};
  const input: Record<string, unknown> = {code: form.code.trim(), name: form.name.trim(), isPublic: form.isPublic};
  if (form.countyName.trim()) input.countyName = form.countyName.trim();
  return {input};
}

/** updateTownship's input: only what changed (absent = unchanged). */
export function updateTownshipInput(code: string, before: {name: string; countyName?: string | null; isPublic: boolean}, form: Omit<TownshipForm, 'code'>): {input: Record<string, unknown>} | {problem: string} {
  if (!form.name.trim()) return {problem: ADMIN.required(T.name)};
  const input: Record<string, unknown> = {code};
  if (form.name.trim() !== before.name) input.name = form.name.trim();
  if (form.countyName.trim() !== (before.countyName ?? '')) input.countyName = form.countyName.trim();
  if (form.isPublic !== before.isPublic) input.isPublic = form.isPublic;
  return {input};
}
