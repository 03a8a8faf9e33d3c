/**
 * The state of the zones on a day (issue #13 §E), as the server's zonesAsOf answers it, turned
 * into the properties the zone styles read from the live tiles (level, name, owner_id,
 * owner_kind, owner_name), so the past is coloured exactly like the present.
 */

/** One ZoneVersion of zonesAsOf with what the map needs. */
export interface ZoneVersionRow {
  zoneId: string;
  code: string;
  name: string;
  level: string;
  status: string;
  version: number;
  boundary: {geojson: unknown};
  owners: {ownerName: string; isPrimary: boolean; owner: {__typename: 'Person' | 'Unit'; id: string} | null}[];
}

/** The properties of a zone feature, named as the zones tiles name them. */
export interface ZoneVersionProps {
  zone_id: string;
  code: string;
  name: string;
  level: string;
  status: string;
  version: number;
  owner_id: string | null;
  owner_kind: 'person' | 'unit' | null;
  owner_name: string | null;
}

const FIELDS = `zoneId code name level status version boundary { geojson(decimals: 6) }
      owners { ownerName isPrimary owner { __typename ... on Person { id } ... on Unit { id } } }`;

/** One document for every township the visitor may read: one aliased zonesAsOf each. */
export function asOfQuery(townships: string[]): string {
  const fields = townships.map((code, i) => `t${i}: zonesAsOf(townshipCode: "${code.replace(/\D/g, '')}", at: $at) { ${FIELDS} }`);
  return `query ZonesAsOf($at: DateTime!) {\n  ${fields.join('\n  ')}\n}`;
}

export const TOWNSHIPS_QUERY = 'query ReadableTownships { townships { code } }';

/**
 * The moment a day stands for: its last second in Beijing time, so "the state on 2026-03-01"
 * includes the handovers of that day (the server's times are +08:00 throughout).
 */
export function endOfDay(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`不是日期：${day}`);
  return `${day}T23:59:59+08:00`;
}

/** Today in Beijing time as YYYY-MM-DD (the date control's upper bound). */
export function todayInBeijing(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The tile-style properties of a version: its primary owner (else the first in force) colours it. */
export function versionProps(v: ZoneVersionRow): ZoneVersionProps {
  const owner = v.owners.find((o) => o.isPrimary) ?? v.owners[0] ?? null;
  return {
    zone_id: v.zoneId,
    code: v.code,
    name: v.name,
    level: v.level.toLowerCase(),
    status: v.status.toLowerCase(),
    version: v.version,
    owner_id: owner?.owner?.id ?? null,
    owner_kind: owner?.owner ? (owner.owner.__typename === 'Unit' ? 'unit' : 'person') : null,
    owner_name: owner?.ownerName ?? null,
  };
}
