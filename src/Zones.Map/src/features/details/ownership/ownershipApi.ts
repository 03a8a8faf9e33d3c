import {payloadErrorFields} from '../../../api/payloadErrors';

/**
 * The GraphQL documents of 包联 management on a details panel and the variables they take:
 * the target's history, the people and units to pick from, assignOwner (a primary one is a
 * handover: the server ends the current primary when the new one starts) and endAssignment.
 */

export type TargetKind = 'ZONE' | 'ROAD' | 'ASSET' | 'SHOP';

/** What the 包联 is for: a zone, road segment, asset or shop, in its township. */
export interface Target {
  kind: TargetKind;
  id: string;
  name: string;
  townshipCode: string;
}

const ASSIGNMENT = `id role isPrimary validFrom validTo note ownerName ownerPhone
  owner { __typename ... on Person { id name title unit { name } } ... on Unit { id name kind } }`;

export const ASSIGNMENT_HISTORY = `query AssignmentHistory($kind: AssignmentTargetKind!, $id: ID!) {
  assignments(targetKind: $kind, targetId: $id, history: true) { ${ASSIGNMENT} }
}`;

export const OWNER_CANDIDATES = `query OwnerCandidates($township: String) {
  people(townshipCode: $township) { id code name title phone unit { name } }
  units(townshipCode: $township) { id code name kind phone }
}`;

export const ASSIGN_OWNER = `mutation AssignOwner($input: AssignOwnerInput!) {
  assignOwner(input: $input) { assignment { id } ended { id ownerName } errors { ${payloadErrorFields(['VersionConflictError', 'DuplicateError', 'OwnershipConflictError'])} } }
}`;

export const END_ASSIGNMENT = `mutation EndAssignment($input: EndAssignmentInput!) {
  endAssignment(input: $input) { assignment { id validTo } errors { ${payloadErrorFields(['VersionConflictError', 'DuplicateError'])} } }
}`;

/** What the 指定责任人 / 交接 form holds. `validFrom` is a yyyy-mm-dd date in the township's zone (Asia/Shanghai). */
export interface AssignForm {
  owner: {kind: 'person' | 'unit'; id: string};
  role: string;
  isPrimary: boolean;
  validFrom: string;
  note?: string;
}

/** Midnight of a date in China (UTC+8, no DST): the start of the day the clerk means. */
export function dayStart(date: string): string {
  return `${date}T00:00:00+08:00`;
}

/** Today as yyyy-mm-dd in China. */
export function today(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * assignOwner's input. A start of today means "now" (the server's default): a handover
 * dated at midnight would end the old primary before a morning assignment of the same day.
 */
export function assignVariables(target: Target, form: AssignForm, now = new Date()) {
  const note = form.note?.trim();
  return {
    input: {
      targetKind: target.kind,
      targetId: target.id,
      owner: form.owner.kind === 'person' ? {personId: form.owner.id} : {unitId: form.owner.id},
      role: form.role,
      isPrimary: form.isPrimary,
      ...(form.validFrom && form.validFrom !== today(now) ? {validFrom: dayStart(form.validFrom)} : {}),
      ...(note ? {note} : {}),
    },
  };
}

/** endAssignment's input: now, or the start of a given day. */
export function endVariables(id: string, date?: string, now = new Date()) {
  return {input: {id, ...(date && date !== today(now) ? {at: dayStart(date)} : {})}};
}
