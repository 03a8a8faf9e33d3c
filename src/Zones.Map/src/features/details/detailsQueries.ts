import {ASSET_KIND_LABELS} from '../../i18n/enumLabels';
import {INDICATOR_LABELS} from './labels';

/**
 * The GraphQL documents of the details panel. Builders take the fields the server has
 * (api/schemaProbe.ts) where a field may still be missing, so the documents always validate.
 */

const OWNER = `__typename ... on Person { id name title phone unit { name phone } } ... on Unit { id name kind phone }`;

const ASSIGNMENT = `id role isPrimary ownerName ownerPhone validFrom note targetKind targetId targetName owner { ${OWNER} }`;

/** Alias of the asset count of one kind, e.g. n_streetlight. */
export function countAlias(kind: string): string {
  return `n_${kind}`;
}

/** The zone with its owners, 属地兜底 owner, children and counts (assets per kind, open and overdue cases). */
export function zoneQuery(): string {
  const counts = Object.keys(ASSET_KIND_LABELS)
    .map((k) => `  ${countAlias(k)}: assets(kind: [${k.toUpperCase()}], where: {zoneId: $id}, first: 1) { totalCount }`)
    .join('\n');
  return `query ZoneDetails($id: ID!) {
  zone(id: $id) {
    id code name level status areaM2 townshipCode version
    boundary { bbox geojson(decimals: 6) }
    parent { id name }
    children { id code name level }
    owners { ${ASSIGNMENT} }
    responsibleOwner { ${ASSIGNMENT} }
  }
${counts}
  openComplaints: complaints(open: true, where: {zoneId: $id}, first: 1) { totalCount }
  overdueComplaints: complaints(open: true, overdue: true, where: {zoneId: $id}, first: 1) { totalCount }
}`;
}

/** The indicators of a zone, for the indicator fields the server offers (null when it offers none). */
export function zoneIndicatorsQuery(available: Iterable<string>): string | null {
  const have = new Set(available);
  const fields = Object.keys(INDICATOR_LABELS).filter((f) => have.has(f));
  return fields.length ? `query ZoneIndicators($id: ID!) { zone(id: $id) { indicators { ${fields.join(' ')} } } }` : null;
}

const EVENT_FIELDS = ['at', 'action', 'actionLabel', 'fromStage', 'toStage', 'actor', 'actorName', 'note', 'publicNote', 'deadline'];

const PHOTO_FIELDS = 'id phase url thumbnailUrl width height takenAt uploadedAt uploadedBy';

/** The fields of a complaint the panel shows; allowedActions, events, photos and the folded reports only when the server has them. */
export function complaintFields(complaintFields: ReadonlyMap<string, string>, eventFields: Iterable<string> = []): string {
  const events = new Set(eventFields);
  const extra = [
    complaintFields.has('allowedActions') ? 'allowedActions' : '',
    complaintFields.has('events') ? `events { ${EVENT_FIELDS.filter((f) => events.has(f)).join(' ') || '__typename'} }` : '',
    complaintFields.has('photos') ? `photos { ${PHOTO_FIELDS} }` : '',
    complaintFields.has('reports') ? REPORT_FIELDS : '',
  ].filter(Boolean);
  return `id caseNumber categoryName categoryCode source description address urgency stage reportedAt deadline
    stageDeadline closedAt overdue reworkCount extensionCount version location { bbox geojson(decimals: 7) }
    zone { id name code } asset { id identifier name kind }
    firstResponsible { ${OWNER} } responsible { ${OWNER} } ${extra.join(' ')}`;
}

export const ASSET_FIELDS = `id identifier kind subtype name status statusSince installDate classCode version attributes townshipCode
  location { bbox geojson(decimals: 7) } maintainer { id name phone } ownerUnit { id name phone } road { id name code }
  owners { ${ASSIGNMENT} }`;

/** Complaints of an asset in a list, newest first. */
export const ASSET_COMPLAINT_FIELDS = 'id caseNumber categoryName stage reportedAt overdue asset { id }';

/** One row by id through a root field (`asset(id:)`, `complaint(id:)`), when the server has it. */
export function byIdQuery(root: 'asset' | 'complaint', fields: string): string {
  return `query ${root}ById($id: ID!) { ${root}(id: $id) { ${fields} } }`;
}

/** Rows at a point through the list fields: the fallback for a server without `asset(id:)` / `complaint(id:)`. */
export function nearQuery(list: 'assets' | 'complaints', fields: string, extraArgs = ''): string {
  return `query ${list}Near($lon: Float!, $lat: Float!, $m: Float!) {
  ${list}(where: {near: {lon: $lon, lat: $lat}, withinMeters: $m}, first: 100${extraArgs}) { edges { node { ${fields} } } }
}`;
}

export const TRANSITION_MUTATION = `mutation Transition($input: TransitionComplaintInput!) {
  transitionComplaint(input: $input) {
    complaint { id stage version }
    errors { __typename ... on UserError { code message } }
  }
}`;

/** 拆分 (issue #14 §3): a folded report back out as its own case. */
export const SPLIT_MUTATION = `mutation SplitReport($input: SplitComplaintReportInput!) {
  splitComplaintReport(input: $input) {
    complaint { id caseNumber }
    original { id reporterCount version }
    errors { __typename ... on UserError { code message } }
  }
}`;

/** The reports folded into a case, as the details panel asks for them (only when the server has Complaint.reports). */
export const REPORT_FIELDS = 'reporterCount reports { id reporterName reporterPhone description source distanceM reportedAt }';
