/**
 * The GraphQL documents of the cadre's field view (phone) and the pure helpers that shape their
 * answers: where I am (zonesAt → responsibleOwner), my cases (complaints(mine: true)), a step
 * (transitionComplaint, the details panel's document) and a report here (reportComplaint).
 */
import type {PhonePosition} from '../../map/phonePosition';

export const PLACE_QUERY = `query FieldPlace($lon: Float!, $lat: Float!, $crs: String!) {
  zonesAt(point: {lon: $lon, lat: $lat}, crs: $crs) {
    id name level townshipCode
    responsibleOwner { ownerName ownerPhone targetName }
  }
}`;

/** Open cases I or my unit answer for, soonest deadline first (a case without one last). */
export const MY_CASES_QUERY = `query FieldCases($first: Int!) {
  complaints(mine: true, open: true, orderBy: DEADLINE, first: $first) {
    totalCount
    edges { node { id caseNumber categoryName description address stage deadline overdue version allowedActions } }
  }
}`;

export const CATEGORIES_QUERY = `query FieldCategories($township: String!) {
  complaintCategories(townshipCode: $township) { kind code name groupName }
}`;

export const REPORT_MUTATION = `mutation FieldReport($input: ReportComplaintInput!) {
  reportComplaint(input: $input) {
    folded
    complaint { id caseNumber reporterCount zone { name } }
    errors { __typename ... on UserError { message } }
  }
}`;

/** What reportComplaint answered: the case (the existing one when the report was folded into it, 并案). */
export interface ReportReceipt {
  folded?: boolean | null;
  complaint: {caseNumber: string; reporterCount?: number; zone: {name: string} | null};
}

/**
 * The line the clerk reads after reporting: the new case number, or — when the server folded the
 * report into an open case of the same problem nearby — that case's number and how many reported it.
 */
export function receiptText({folded, complaint: c}: ReportReceipt): string {
  const where = c.zone ? `（${c.zone.name}）` : '';
  return folded
    ? `同一问题已有案卷，本次反映已并入案卷 ${c.caseNumber}${where}，已有 ${c.reporterCount ?? 2} 人反映。`
    : `已上报，案卷号 ${c.caseNumber}${where}。`;
}

export interface PlaceZone {
  id: string;
  name: string;
  level: string;
  townshipCode: string;
  responsibleOwner: {ownerName: string; ownerPhone: string | null; targetName: string} | null;
}

export interface FieldCase {
  id: string;
  caseNumber: string;
  categoryName: string | null;
  description: string;
  address: string | null;
  stage: string;
  deadline: string | null;
  overdue: boolean;
  version: number;
  allowedActions: string[];
}

/** What "where am I" says: the most specific zone (zonesAt lists the deepest first) and who answers for it. */
export function placeOf(zones: PlaceZone[]): {zone: PlaceZone; owner: PlaceZone['responsibleOwner']; path: string} | null {
  if (!zones.length) return null;
  const zone = zones[0];
  const owner = zones.find((z) => z.responsibleOwner)?.responsibleOwner ?? null;
  return {zone, owner, path: zones.map((z) => z.name).reverse().join(' › ')};
}

/**
 * Cases in the order a cadre works them: overdue first (the server's verdict), then by deadline,
 * soonest first; no deadline last. The server already sorts by deadline; this keeps the overdue
 * ones on top, whatever their deadline.
 */
export function workOrder(cases: FieldCase[]): FieldCase[] {
  const time = (c: FieldCase) => (c.deadline ? Date.parse(c.deadline) : Number.POSITIVE_INFINITY);
  return [...cases].sort((a, b) => Number(b.overdue) - Number(a.overdue) || time(a) - time(b));
}

/** The reportComplaint input for a problem reported where I stand (巡查: a cadre found it). */
export function reportInput(here: PhonePosition, category: {kind: string; code: string}, description: string): Record<string, unknown> {
  return {
    location: {point: {lon: here.lon, lat: here.lat}},
    crs: here.crs,
    categoryKind: category.kind,
    categoryCode: category.code,
    source: 'INSPECTION',
    description: description.trim(),
  };
}
