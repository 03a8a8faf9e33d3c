import type {Row} from './loadDetails';

/** What each phase is called on screen. */
export const PHOTO_PHASE_LABELS: Record<string, string> = {REPORT: '上报照片', BEFORE: '整改前', AFTER: '整改后'};

/** The phases staff attach, and at which stages (Data/Photos/PhotoPermissions.cs on the server says the same). */
const UPLOAD_STAGES: Record<StaffPhase, readonly string[]> = {
  BEFORE: ['DISPATCHED', 'DISPOSING'],   // 签收, 处置
  AFTER: ['DISPOSING', 'FEEDBACK'],      // 处置, 反馈
};

export type StaffPhase = 'BEFORE' | 'AFTER';

/** Stages where 整改前 and 整改后 are compared side by side: 核查 and after. */
const COMPARE_STAGES = new Set(['FEEDBACK', 'VERIFYING', 'CLOSED']);

/**
 * The phases the caller may add photos of now: whoever may take a step on the case
 * (`allowedActions` not empty) at the stages of the disposing side.
 */
export function uploadPhases(stage: string, allowedActions: readonly string[] | null | undefined): StaffPhase[] {
  if (!allowedActions?.length) return [];
  return (Object.keys(UPLOAD_STAGES) as StaffPhase[]).filter((p) => UPLOAD_STAGES[p].includes(stage));
}

/** Whether the case is at 核查 or later, where 整改前 and 整改后 stand side by side. */
export function showsComparison(stage: string): boolean {
  return COMPARE_STAGES.has(stage);
}

/** The photos of each phase, in upload order (the server sends them oldest first). */
export function byPhase(photos: readonly Row[] | null | undefined): Record<string, Row[]> {
  const groups: Record<string, Row[]> = {REPORT: [], BEFORE: [], AFTER: []};
  for (const p of photos ?? []) (groups[p.phase] ??= []).push(p);
  return groups;
}

/** The line under an enlarged photo: phase, when taken (or uploaded), by whom. */
export function photoCaption(p: Row, format: (iso: string) => string): string {
  const when = p.takenAt ? `拍摄于 ${format(p.takenAt)}` : p.uploadedAt ? `上传于 ${format(p.uploadedAt)}` : '';
  return [PHOTO_PHASE_LABELS[p.phase] ?? p.phase, when, p.uploadedBy ? `上传人 ${p.uploadedBy}` : ''].filter(Boolean).join(' · ');
}
