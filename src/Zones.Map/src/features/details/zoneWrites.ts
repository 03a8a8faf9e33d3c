import {payloadErrorFields} from '../../api/payloadErrors';

/** updateZone (rename) and deleteZone (撤销: retired, its 包联 ended), each with the version the panel read. */

export const RENAME_ZONE = `mutation RenameZone($input: UpdateZoneInput!) {
  updateZone(input: $input) { zone { id name version } errors { ${payloadErrorFields(['VersionConflictError', 'DuplicateError'])} } }
}`;

export const RETIRE_ZONE = `mutation RetireZone($input: DeleteZoneInput!) {
  deleteZone(input: $input) { zone { id status } errors { ${payloadErrorFields(['VersionConflictError', 'DuplicateError', 'ZoneHasChildrenError'])} } }
}`;

export function renameVariables(zone: {id: string; version: number}, name: string) {
  return {input: {id: zone.id, expectedVersion: zone.version, name: name.trim()}};
}

export function retireVariables(zone: {id: string; version: number}) {
  return {input: {id: zone.id, expectedVersion: zone.version}};
}

/** Why a new name cannot be sent, or null. */
export function nameProblem(name: string, old: string): string | null {
  const n = name.trim();
  if (!n) return '请填写新名称。';
  if (n === old) return '新名称与原名称相同。';
  if (n.length > 100) return '名称太长（最多 100 个字）。';
  return null;
}
