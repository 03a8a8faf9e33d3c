import {FOLD} from '../../../i18n/hooksMessages';

// Township.foldSettings and updateComplaintFoldSettings (Data/Complaints/FoldSettingsEditor.cs, whose limits these repeat).
export const FOLD_FIELDS = 'componentRadiusM eventRadiusM windowDays enabled customised';
export const FOLD_QUERY = `query($code: String!) { township(code: $code) { foldSettings { ${FOLD_FIELDS} } } }`;
export const MAX_RADIUS_M = 2000;
export const MAX_WINDOW_DAYS = 90;
/** The shipped defaults (zones.fold_settings in migration 0027). */
export const FOLD_DEFAULTS: FoldSettings = {componentRadiusM: 50, eventRadiusM: 250, windowDays: 7, enabled: true, customised: false};

export interface FoldSettings {
  componentRadiusM: number; eventRadiusM: number; windowDays: number; enabled: boolean; customised: boolean;
}

/** The form as typed. */
export interface FoldForm {
  componentRadiusM: string; eventRadiusM: string; windowDays: string; enabled: boolean;
}

export const foldForm = (s: FoldSettings): FoldForm => ({
  componentRadiusM: String(s.componentRadiusM), eventRadiusM: String(s.eventRadiusM), windowDays: String(s.windowDays), enabled: s.enabled,
});

function radiusProblem(text: string): string | null {
  if (!text.trim()) return FOLD.notNumber;
  const value = Number(text.trim());
  if (!Number.isFinite(value)) return FOLD.notNumber;
  return value <= 0 || value > MAX_RADIUS_M ? FOLD.radiusRange : null;
}

function windowProblem(text: string): string | null {
  if (!text.trim()) return FOLD.notInteger;
  const value = Number(text.trim());
  if (!Number.isFinite(value) || !Number.isInteger(value)) return FOLD.notInteger;
  return value < 1 || value > MAX_WINDOW_DAYS ? FOLD.windowRange : null;
}

/** updateComplaintFoldSettings' input, or each field's problem (the server's rules: 0 < radius ≤ 2000 m, 1–90 days). */
export function foldInput(form: FoldForm, township: string): {input: Record<string, unknown>} | {problems: Record<string, string>} {
  const problems: Record<string, string> = {};
  for (const name of ['componentRadiusM', 'eventRadiusM'] as const) {
    const bad = radiusProblem(form[name]);
    if (bad) problems[name] = bad;
  }
  const window = windowProblem(form.windowDays);
  if (window) problems.windowDays = window;
  if (Object.keys(problems).length) return {problems};
  return {input: {
    townshipCode: township, componentRadiusM: Number(form.componentRadiusM.trim()), eventRadiusM: Number(form.eventRadiusM.trim()),
    windowDays: Number(form.windowDays.trim()), enabled: form.enabled,
  }};
}
