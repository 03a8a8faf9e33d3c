import {GraphQLRequestError, type GraphQLClient} from '../../api/graphql';
import type {EditSession} from './editSession';
import {describeZoneErrors, editIndexOf, type ErrorReport, type ZoneError} from './errorReport';
import {
  CREATE_ZONE,
  createZoneVariables,
  MERGE_ZONES,
  mergeVariables,
  SPLIT_ZONE,
  splitVariables,
  UPDATE_ZONE_BOUNDARIES,
  updateBoundariesVariables,
} from './zoneMutations';

/** What a save, split or merge came to: the zones written, or the report of what stopped it. */
export type Outcome = {ok: true; ids: string[]; summary: string; created?: {id: string; name: string}[]}
  | {ok: false; report: ErrorReport; savedIds: string[]};

type Payload = {errors: ZoneError[]};

const failed = (report: ErrorReport, savedIds: string[] = []): Outcome => ({ok: false, report, savedIds});

/** A transport or server failure (no typed errors): the client's own sentence, nothing to mark. */
function requestFailed(error: unknown, savedIds: string[]): Outcome {
  const message = error instanceof GraphQLRequestError ? error.message : '保存时出现意外错误，请稍后重试。';
  return failed({messages: [message], markers: [], reload: false}, savedIds);
}

/**
 * Save everything: the changed boundaries first, all in one updateZoneBoundaries call (one
 * transaction, each zone with the version it was loaded at: a moved shared vertex lands in
 * both zones or in neither), then each drawn zone with createZone.
 */
export async function saveEdits(graphql: GraphQLClient, session: EditSession): Promise<Outcome> {
  const edits = session.boundaryEdits();
  const saved: string[] = [];
  try {
    if (edits.length > 0) {
      const data = await graphql<{updateZoneBoundaries: Payload & {zones: {id: string}[]}}>(
        UPDATE_ZONE_BOUNDARIES, updateBoundariesVariables(edits));
      const {errors, zones} = data.updateZoneBoundaries;
      if (errors.length > 0) {
        const subject = (e: ZoneError) => {
          const index = editIndexOf(e);
          return index === null ? '所编辑的片区' : `片区“${session.zone(edits[index].id)?.get('name') ?? edits[index].id}”`;
        };
        return failed(describeZoneErrors(errors, subject));
      }
      saved.push(...zones.map((z) => z.id));
    }
    const created: {id: string; name: string}[] = [];
    for (const pending of session.pendingZones()) {
      const data = await graphql<{createZone: Payload & {zone: {id: string} | null}}>(
        CREATE_ZONE, createZoneVariables(pending.form, pending.boundary));
      const {errors, zone} = data.createZone;
      if (errors.length > 0) return failed(describeZoneErrors(errors, () => `新片区“${pending.form.name.trim()}”`), saved);
      saved.push(zone!.id);
      created.push({id: zone!.id, name: pending.form.name.trim()});
    }
    const parts = [created.length ? `新建 ${created.length} 个片区` : '', edits.length ? `修改 ${edits.length} 个片区的边界` : ''].filter(Boolean);
    return {ok: true, ids: saved, summary: `已保存：${parts.join('，')}。`, created};
  } catch (error) {
    return requestFailed(error, saved);
  }
}

/** Cut one zone along a drawn line; the server numbers and names the parts. */
export async function splitZone(graphql: GraphQLClient, zone: {id: string; version: number; name: string},
                                blade: {type: string; coordinates: unknown}): Promise<Outcome> {
  try {
    const data = await graphql<{splitZone: Payload & {parts: {id: string; name: string}[]}}>(SPLIT_ZONE, splitVariables(zone, blade));
    const {errors, parts} = data.splitZone;
    if (errors.length > 0) return failed(describeZoneErrors(errors, () => `片区“${zone.name}”`));
    return {ok: true, ids: [zone.id, ...parts.map((p) => p.id)],
      summary: `已把“${zone.name}”分割为 ${parts.length} 个片区：${parts.map((p) => `“${p.name}”`).join('、')}。`};
  } catch (error) {
    return requestFailed(error, []);
  }
}

/** Merge sibling zones into the first one picked (it keeps its id, name and code). */
export async function mergeZones(graphql: GraphQLClient, zones: {id: string; version: number; name: string}[]): Promise<Outcome> {
  try {
    const data = await graphql<{mergeZones: Payload & {zone: {id: string; name: string} | null; retired: {id: string}[]}}>(
      MERGE_ZONES, mergeVariables(zones));
    const {errors, zone, retired} = data.mergeZones;
    if (errors.length > 0) return failed(describeZoneErrors(errors, () => zones.map((z) => `“${z.name}”`).join('、')));
    return {ok: true, ids: [zone!.id, ...retired.map((r) => r.id)],
      summary: `已把 ${zones.map((z) => `“${z.name}”`).join('、')} 合并为“${zone!.name}”。`};
  } catch (error) {
    return requestFailed(error, []);
  }
}
