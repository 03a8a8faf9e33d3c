import {ADMIN} from '../../../i18n/adminMessages';
import {ROAD_CLASS_LABELS} from '../../../i18n/enumLabels';
import {choiceOverrides, choicesFromOverrides} from './analysisChoices';

const S = ADMIN.settings;

/** One number of AnalysisSettings (server: Data/Analysis/AnalysisSettings.cs, whose defaults these repeat). */
export interface NumberField {
  name: string; label: string; unit: string; defaultValue: number; integer?: boolean; min: number; max: number;
}

export const NUMBER_FIELDS: readonly NumberField[] = [
  {name: 'toiletRadiusM', label: '公厕服务半径', unit: '米', defaultValue: 300, min: 10, max: 5000},
  {name: 'toiletReachMinAreaM2', label: '公厕盲区最小面积', unit: '平方米', defaultValue: 1000, min: 0, max: 1_000_000},
  {name: 'binRoadDistanceM', label: '垃圾箱服务道路距离', unit: '米', defaultValue: 30, min: 1, max: 500},
  {name: 'collectionRadiusM', label: '收集点服务半径', unit: '米', defaultValue: 120, min: 10, max: 5000},
  // Issue #12: a dwelling farther than this from every mapped road cannot be reached on foot.
  {name: 'networkAccessM', label: '步行距离：住户到道路的最远距离（更远算走不到）', unit: '米', defaultValue: 100, min: 1, max: 1000},
  {name: 'lightRoadDistanceM', label: '路灯照明道路距离', unit: '米', defaultValue: 25, min: 1, max: 500},
  {name: 'unlitMinLengthM', label: '无路灯道路最短长度', unit: '米', defaultValue: 50, min: 0, max: 10_000},
  {name: 'defaultPoleHeightM', label: '默认灯杆高度', unit: '米', defaultValue: 8, min: 1, max: 50},
  {name: 'lightSpacingFactor', label: '路灯间距系数（× 杆高）', unit: '倍', defaultValue: 3.5, min: 1, max: 10},
  {name: 'denseLightSpacingFactor', label: '主街路灯间距系数', unit: '倍', defaultValue: 3, min: 1, max: 10},
  {name: 'lightGapFactor', label: '缺灯段判定（× 间距）', unit: '倍', defaultValue: 2, min: 1, max: 20},
  {name: 'heatmapDefaultDays', label: '热力图默认天数', unit: '天', defaultValue: 30, integer: true, min: 1, max: 3650},
  {name: 'repeatHotspotMinimum', label: '重复投诉热点件数', unit: '件', defaultValue: 5, integer: true, min: 2, max: 1000},
  {name: 'repeatRadiusM', label: '重复投诉半径', unit: '米', defaultValue: 50, min: 1, max: 5000},
  {name: 'minAreaM2', label: '拓扑问题最小面积', unit: '平方米', defaultValue: 1, min: 0, max: 10_000},
];

/** 垃圾箱最大间距 by road class; null = not checked (村道 rely on collection points). */
export const BIN_SPACING_DEFAULTS: Record<string, number | null> = {arterial: 100, secondary: 200, branch: 200, highway: 400, village: null};
export const ROAD_OWNER_CLASSES_DEFAULT = ['arterial', 'secondary', 'highway'];
export const DENSE_LIGHT_CLASSES_DEFAULT = ['arterial'];
export const ROAD_CLASSES = Object.entries(ROAD_CLASS_LABELS) as [string, string][];

/** What the form holds: numbers as typed ('' = default), the rule choices, bin spacings by class, the two class lists. */
export interface SettingsForm {
  numbers: Record<string, string>;
  /** reachMethod, lightGapEnds (analysisChoices.ts): the chosen JSON value. */
  choices: Record<string, string>;
  binSpacing: Record<string, string>;
  roadOwnerClasses: string[];
  denseLightClasses: string[];
}

/** The form filled from the township's raw override object (what is not overridden stays empty). */
export function formFromOverrides(overrides: Record<string, unknown> | null | undefined): SettingsForm {
  const o = overrides ?? {};
  const numbers = Object.fromEntries(NUMBER_FIELDS.map((f) => [f.name, typeof o[f.name] === 'number' ? String(o[f.name]) : '']));
  const bins = (o.binSpacingM ?? {}) as Record<string, number | null>;
  const binSpacing = Object.fromEntries(ROAD_CLASSES.map(([c]) => [c, typeof bins[c] === 'number' ? String(bins[c]) : '']));
  const list = (v: unknown, fallback: string[]) => (Array.isArray(v) ? v.map(String) : fallback);
  return {numbers, choices: choicesFromOverrides(o), binSpacing, roadOwnerClasses: list(o.roadOwnerClasses, ROAD_OWNER_CLASSES_DEFAULT), denseLightClasses: list(o.denseLightClasses, DENSE_LIGHT_CLASSES_DEFAULT)};
}

export function numberProblem(text: string, field: Pick<NumberField, 'integer' | 'min' | 'max'>): string | null {
  if (!text.trim()) return null;
  const value = Number(text.trim());
  if (!Number.isFinite(value)) return S.notNumber;
  if (field.integer && !Number.isInteger(value)) return S.notInteger;
  if (value < field.min) return S.tooSmall(field.min);
  if (value > field.max) return S.tooLarge(field.max);
  return null;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * updateAnalysisSettings' `settings`: only what differs from the defaults (so a later change of a
 * shipped default reaches this township), or the problems by field name ("binSpacingM.village").
 */
export function overridesFromForm(form: SettingsForm): {settings: Record<string, unknown>} | {problems: Record<string, string>} {
  const settings: Record<string, unknown> = {};
  const problems: Record<string, string> = {};
  for (const f of NUMBER_FIELDS) {
    const text = form.numbers[f.name] ?? '';
    const bad = numberProblem(text, f);
    if (bad) problems[f.name] = bad;
    else if (text.trim() && Number(text) !== f.defaultValue) settings[f.name] = Number(text);
  }
  const choices = choiceOverrides(form.choices);
  Object.assign(settings, choices.settings);
  Object.assign(problems, choices.problems);
  const bins: Record<string, number> = {};
  for (const [cls] of ROAD_CLASSES) {
    const text = form.binSpacing[cls] ?? '';
    const bad = numberProblem(text, {min: 1, max: 5000});
    if (bad) problems[`binSpacingM.${cls}`] = bad;
    else if (text.trim() && Number(text) !== BIN_SPACING_DEFAULTS[cls]) bins[cls] = Number(text);
  }
  if (Object.keys(bins).length) settings.binSpacingM = bins;
  if (!sameSet(form.roadOwnerClasses, ROAD_OWNER_CLASSES_DEFAULT)) settings.roadOwnerClasses = form.roadOwnerClasses;
  if (!sameSet(form.denseLightClasses, DENSE_LIGHT_CLASSES_DEFAULT)) settings.denseLightClasses = form.denseLightClasses;
  return Object.keys(problems).length ? {problems} : {settings};
}
