import {MESSAGES} from '../../i18n/messages';
import {methodLabel, REACH_GAP_KINDS} from './reachQuery';

/** One gap as the analysis panel's list query returns it. */
export interface GapItem {
  kind: string;
  label: string;
  description: string;
  areaM2: number | null;
  lengthM: number | null;
  lightsNeeded: number | null;
  geometry: {geojson: unknown};
  zone: {name: string} | null;
  owner: {ownerName: string} | null;
  /** Which distance a reach gap used (NETWORK / STRAIGHT_LINE); absent for other kinds and older servers. */
  method?: string | null;
}

/** One totals row of coverageGapSummary. */
export interface GapSummaryRow {
  kind: string;
  label: string;
  gaps: number;
  sentence: string;
}

/** "3.02 万平方米", "850 平方米", "1.2 公里", "739 米": the sizes as a clerk says them. */
export function formatArea(m2: number): string {
  if (m2 >= 1e6) return `${(m2 / 1e6).toFixed(2)} 平方公里`;
  if (m2 >= 1e4) return `${(m2 / 1e4).toFixed(2)} 万平方米`;
  return `${Math.round(m2)} 平方米`;
}

export function formatLength(m: number): string {
  return m >= 1000 ? `${(m / 1000).toFixed(1)} 公里` : `${Math.round(m)} 米`;
}

/**
 * The two lines of a list item: the server's sentence, then which distance it used (reach gaps),
 * where and whose (and size, if the sentence lacks it).
 */
export function gapListLines(gap: GapItem): {title: string; detail: string} {
  const parts: string[] = [];
  const method = methodLabel(gap.method);
  if (method && !gap.description.includes(method)) parts.push(method);
  const size = gap.areaM2 ? formatArea(gap.areaM2) : gap.lengthM ? formatLength(gap.lengthM) : null;
  if (size && !/[米里]/.test(gap.description)) parts.push(size);
  if (gap.zone?.name) parts.push(MESSAGES.analysis.gapZone(gap.zone.name));
  if (gap.owner?.ownerName) parts.push(MESSAGES.analysis.gapOwner(gap.owner.ownerName));
  return {title: gap.description || gap.label, detail: parts.join(' · ')};
}

export const GAP_SUMMARY_QUERY = `query GapSummary { coverageGapSummary { kind label gaps sentence } }`;

const GAP_FIELDS = `kind label description areaM2 lengthM lightsNeeded
    geometry { geojson(decimals: 6) }
    zone { name }
    owner { ownerName }`;

export const GAP_LIST_QUERY = `query GapList($kinds: [GapKind!]) {
  coverageGaps(kinds: $kinds) {
    ${GAP_FIELDS}
  }
}`;

/** The list of reach gaps also asks which distance each used (CoverageGap.method, issue #12). */
export const REACH_GAP_LIST_QUERY = `query ReachGapList($kinds: [GapKind!]) {
  coverageGaps(kinds: $kinds) {
    ${GAP_FIELDS}
    method
  }
}`;

/** The list query for one kind: reach kinds with their method. */
export function gapListQuery(kind: string): string {
  return REACH_GAP_KINDS.includes(kind) ? REACH_GAP_LIST_QUERY : GAP_LIST_QUERY;
}
