import {ASSIGNMENT_ROLE_LABELS} from '../labels';
import type {TargetKind} from './ownershipApi';

/** One assignment of a target's history as the API sends it. */
export interface AssignmentRow {
  id: string;
  role: string;
  isPrimary: boolean;
  validFrom: string;
  validTo: string | null;
  note?: string | null;
  ownerName: string;
  ownerPhone?: string | null;
  owner: {__typename: string; id: string; name: string; title?: string | null; unit?: {name: string} | null; kind?: string};
}

/** A person or unit one can assign. */
export interface Candidate {
  kind: 'person' | 'unit';
  id: string;
  code: string;
  name: string;
  detail: string;
}

/** The history split as the panel shows it: running now (primary first), starting later, ended (newest first). */
export function splitAssignments(rows: AssignmentRow[], now = new Date()) {
  const t = now.getTime();
  const ended = (a: AssignmentRow) => a.validTo !== null && Date.parse(a.validTo) <= t;
  const started = (a: AssignmentRow) => Date.parse(a.validFrom) <= t;
  const byStart = (a: AssignmentRow, b: AssignmentRow) => Date.parse(b.validFrom) - Date.parse(a.validFrom);
  return {
    current: rows.filter((a) => !ended(a) && started(a)).sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || byStart(a, b)),
    upcoming: rows.filter((a) => !ended(a) && !started(a)).sort(byStart),
    past: rows.filter(ended).sort((a, b) => Date.parse(b.validTo!) - Date.parse(a.validTo!)),
  };
}

/** A date of the API (an instant) as the day in China. */
export function chinaDay(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3600_000).toISOString().slice(0, 10);
}

/** 2025-03-01 至今 / 2025-03-01 至 2026-01-05. */
export function periodText(a: Pick<AssignmentRow, 'validFrom' | 'validTo'>): string {
  return a.validTo ? `${chinaDay(a.validFrom)} 至 ${chinaDay(a.validTo)}` : `${chinaDay(a.validFrom)} 至今`;
}

/** 张三 · 领导联片 · 主责 · 2025-03-01 至今: one line of the history. */
export function historyLine(a: AssignmentRow): string {
  return [a.ownerName, ASSIGNMENT_ROLE_LABELS[a.role] ?? a.role, a.isPrimary ? '主责' : '协助', periodText(a)].join(' · ');
}

/** The role a new 包联 of this kind usually has: 领导联片 for a zone, 部门包联 for a road … (the planner may change it). */
export function defaultRole(kind: TargetKind, owner: 'person' | 'unit'): string {
  if (kind === 'ZONE') return owner === 'person' ? 'LEADER' : 'RESPONSIBLE_UNIT';
  if (kind === 'ROAD') return 'DEPARTMENT';
  if (kind === 'SHOP') return owner === 'person' ? 'CADRE' : 'RESPONSIBLE_UNIT';
  return 'RESPONSIBLE_UNIT';
}

/** What a primary assignment will do to the current primary, said before the planner confirms. */
export function handoverNote(current: AssignmentRow[], isPrimary: boolean, newOwner: string | null): string | null {
  const primary = current.find((a) => a.isPrimary);
  if (!isPrimary || !primary) return null;
  return `交接：“${primary.ownerName}”的责任主体将在${newOwner ? `“${newOwner}”` : '新责任人'}开始时结束。`;
}

/** People and units of the township as one list to pick from: people first, by name. */
export function toCandidates(data: {people: {id: string; code: string; name: string; title?: string | null; unit?: {name: string} | null}[];
  units: {id: string; code: string; name: string; kind: string}[]}): Candidate[] {
  const byName = (a: Candidate, b: Candidate) => a.name.localeCompare(b.name, 'zh-CN');
  return [
    ...data.people.map((p) => ({kind: 'person' as const, id: p.id, code: p.code, name: p.name,
      detail: [p.title, p.unit?.name].filter(Boolean).join('，')})).sort(byName),
    ...data.units.map((u) => ({kind: 'unit' as const, id: u.id, code: u.code, name: u.name, detail: `单位 · ${u.kind}`})).sort(byName),
  ];
}

/** Candidates whose name, code or detail contains every word typed (at most `limit`). */
export function filterCandidates(list: Candidate[], text: string, limit = 60): Candidate[] {
  const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const hay = (c: Candidate) => `${c.name} ${c.code} ${c.detail}`.toLowerCase();
  return list.filter((c) => words.every((w) => hay(c).includes(w))).slice(0, limit);
}

/** The label of a candidate in the picker. */
export function candidateLabel(c: Candidate): string {
  return c.detail ? `${c.name}（${c.detail}）` : c.name;
}
