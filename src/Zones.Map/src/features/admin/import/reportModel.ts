import {ADMIN} from '../../../i18n/adminMessages';
import type {ImportChange, ImportInspection, ImportProblem, ImportReport} from './importTypes';

const I = ADMIN.import;

export function summary(report: ImportReport): string {
  return I.summary(report.added, report.changed, report.unchanged, report.rejected);
}

/** Problems by row, file-wide ones first (row "文件"), each row's messages in file order. */
export function rejectedRows(problems: readonly ImportProblem[]): {row: string; messages: string[]}[] {
  const rows = new Map<string, string[]>();
  const sorted = [...problems].sort((a, b) => (a.row ?? -1) - (b.row ?? -1));
  for (const p of sorted) {
    const key = p.row === null || p.row === undefined ? '文件' : String(p.row);
    const text = p.field ? `${p.field}${p.value ? `（${p.value}）` : ''}：${p.message}` : p.message;
    rows.set(key, [...(rows.get(key) ?? []), text]);
  }
  return [...rows].map(([row, messages]) => ({row, messages}));
}

/** One line per changed field: "名称：东风村 → 东风社区"; empty values as （空）. */
export function changeLines(change: ImportChange): string[] {
  const show = (v: string | null) => (v === null || v === '' ? '（空）' : v);
  return change.fields.map((f) => `${f.field}：${show(f.before)} → ${show(f.after)}`);
}

/** The changes worth a line in the report: added and changed rows first, then — counted — the unchanged ones. */
export function changeRows(report: ImportReport): {shown: ImportChange[]; same: number} {
  const shown = report.changes.filter((c) => c.action !== 'same');
  return {shown, same: report.changes.length - shown.length};
}

/** 123.4 平方米; areas under 1 m² keep two decimals (a 0.3 m sliver is small but real). */
export function areaText(m2: number): string {
  return I.area(m2 < 1 ? m2.toFixed(2) : m2 < 100 ? m2.toFixed(1) : Math.round(m2).toLocaleString('zh-CN'));
}

export function topologyLine(finding: {kind: string; codes: string[]; areaM2: number; snapped: boolean}): string {
  const kind = I.topologyKinds[finding.kind] ?? finding.kind;
  return `${kind}：${finding.codes.join(' / ')}，${areaText(finding.areaM2)}，${finding.snapped ? I.snapped : I.notSnapped}`;
}

export function splitLine(split: {code: string; pieces: number}): string {
  return I.pieces(split.code, split.pieces);
}

/** Whether the target has geometry (boundary, line or point columns): a 花名册 or 包联表 has none, so no CRS. */
export function hasGeometry(inspection: {fields: {name: string}[]}): boolean {
  return inspection.fields.some((f) => /geom|boundary|location|wkt|^lon$|^lat$/i.test(f.name));
}

/**
 * The CRS line of the inspection: "EPSG:4528（来自文件）"; "—" when none was found; for a target
 * without geometry, that none is needed (the server still names its default, which means nothing there).
 */
export function crsText(inspection: Pick<ImportInspection, 'crs' | 'crsSource'> & {fields: {name: string}[]}): string {
  if (!hasGeometry(inspection)) return I.crsNotNeeded;
  if (!inspection.crs) return '—';
  const source = inspection.crsSource ? `（${I.crsSource[inspection.crsSource] ?? inspection.crsSource}）` : '';
  return `${inspection.crs}${source}`;
}

/**
 * What to say about a file's CRS before importing geometry: nothing when the file names it or the
 * clerk declared one; a warning when the server only guessed, or found none (a CSV of WKT, a .zip without .prj).
 */
export function crsWarning(inspection: Pick<ImportInspection, 'crs' | 'crsSource' | 'columns'> & {fields: {name: string}[]}): string | null {
  if (!hasGeometry(inspection)) return null;
  if (!inspection.crs) return I.crsMissing;
  return inspection.crsSource === 'guessed' ? I.crsGuessed(inspection.crs) : null;
}

/**
 * Why a file cannot be imported, from the inspection: the server's problems when it could not read it
 * (no format); no data rows (a text file is read as a CSV of one header and nothing else); null when it can.
 */
export function unreadable(inspection: Pick<ImportInspection, 'format' | 'problems' | 'rows'>): string | null {
  if (!inspection.format) return inspection.problems.map((p) => p.message).join('；') || I.unknownFormat;
  return inspection.rows === 0 ? I.noRows : null;
}
