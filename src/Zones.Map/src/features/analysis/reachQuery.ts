// Reach of toilets and collection points (issue #12, CONTRACT12 §3–4): the reach areas the
// map draws, the notices of checks that could not run or fell back, and how a clerk reads them.
import {MESSAGES} from '../../i18n/messages';

/** GraphQL ReachMethod: walking distance over the road graph, or the plain circle. */
export type ReachMethod = 'NETWORK' | 'STRAIGHT_LINE';
/** GraphQL ReachKind. */
export type ReachKind = 'TOILET' | 'COLLECTION_POINT';

export const REACH_KINDS: readonly ReachKind[] = ['TOILET', 'COLLECTION_POINT'];

/** One ReachArea as REACH_AREAS_QUERY selects it. */
export interface ReachArea {
  asset: {id: string; name: string | null};
  method: ReachMethod;
  radiusM: number;
  geometry: {geojson: unknown};
}

/** One CoverageNotice: a check that could not run, or ran with a fallback, and why. */
export interface CoverageNotice {
  kind: string;
  townshipCode: string;
  zone: {id: string; name: string} | null;
  message: string;
}

// Both kinds in one request, aliased: the map shows toilets and collection points together.
export const REACH_AREAS_QUERY = `query ReachAreas($township: String!, $method: ReachMethod) {
  toilets: reachAreas(townshipCode: $township, kind: TOILET, method: $method) {
    asset { id name } method radiusM geometry { geojson(decimals: 6) }
  }
  collectionPoints: reachAreas(townshipCode: $township, kind: COLLECTION_POINT, method: $method) {
    asset { id name } method radiusM geometry { geojson(decimals: 6) }
  }
}`;

export interface ReachAreasAnswer {
  toilets: ReachArea[];
  collectionPoints: ReachArea[];
}

export const TOWNSHIP_REACH_METHOD_QUERY = `query TownshipReachMethod($code: String!) {
  township(code: $code) { code name settings { analysis { reachMethod } } }
}`;

/** The same without the rule, for a server that has none yet (it then uses the default). */
export const TOWNSHIP_NAME_QUERY = `query TownshipName($code: String!) { township(code: $code) { code name } }`;

export interface TownshipReachAnswer {
  township: {code: string; name: string; settings?: {analysis: {reachMethod: ReachMethod | null}}} | null;
}

export const COVERAGE_NOTICES_QUERY = `query CoverageNotices($kinds: [GapKind!]) {
  coverageNotices(kinds: $kinds) { kind townshipCode zone { id name } message }
}`;

/** The drawn areas with the kind each came from (wire value of the layer's style). */
export function reachFeatures(answer: ReachAreasAnswer): {kind: ReachKind; area: ReachArea}[] {
  return [
    ...answer.toilets.map((area) => ({kind: 'TOILET' as const, area})),
    ...answer.collectionPoints.map((area) => ({kind: 'COLLECTION_POINT' as const, area})),
  ];
}

/** The township's method, or the contract's default (walking distance) when it says none. */
export function townshipMethod(answer: TownshipReachAnswer): ReachMethod {
  return answer.township?.settings?.analysis.reachMethod === 'STRAIGHT_LINE' ? 'STRAIGHT_LINE' : 'NETWORK';
}

/** "按步行距离" / "按直线距离": what a gap list says about the distance a gap used; '' for none. */
export function methodLabel(method: string | null | undefined): string {
  if (method === 'NETWORK') return MESSAGES.analysis.byNetwork;
  if (method === 'STRAIGHT_LINE') return MESSAGES.analysis.byStraightLine;
  return '';
}

/** Whether a notice says the check did not run at all (else it ran, with a fallback). */
export function noticeCouldNotRun(notice: CoverageNotice): boolean {
  return /无法|未能|不能/.test(notice.message);
}

/** A place in the app where the clerk can fix what a notice names: the link text and its hash. */
export interface NoticeFix {
  label: string;
  hash: string;
}

/**
 * Where to fix a notice, when it is obvious: a missing built-up area or too few mapped roads are
 * imported (管理 → 导入向导). Other notices have no link; their sentence says what to do.
 */
export function noticeFix(notice: CoverageNotice): NoticeFix | null {
  const m = notice.message;
  // Roads first: "建成区内已测绘道路不足" names the built-up area too, but lacks roads, not the area.
  if (/道路/.test(m) && /不足|稀疏|太少/.test(m)) return {label: MESSAGES.analysis.fixRoads, hash: '#/admin/import'};
  if (/(未划定|没有|无)建成区/.test(m)) return {label: MESSAGES.analysis.fixBuiltUp, hash: '#/admin/import'};
  return null;
}

/** The GraphQL gap kinds whose gaps carry a method (CoverageGap.method). */
export const REACH_GAP_KINDS = ['TOILET_REACH', 'COLLECTION_POINT_REACH'];
