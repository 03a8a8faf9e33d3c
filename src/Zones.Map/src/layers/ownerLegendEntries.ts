import {ownerColor, ownerKey, ownerOf, type OwnerRef, UNOWNED_COLOR} from './ownerColors';

/** Anything with properties and maybe an id: an OL Feature or RenderFeature. */
export interface PropertySource {
  get(key: string): unknown;
  getId(): string | number | undefined;
}

export interface OwnerLegendEntry {
  /** ownerKey(), or '' for the unowned row. */
  key: string;
  name: string;
  kind: OwnerRef['kind'] | null;
  color: string;
  /** Zones of this owner in view (each counted once even when cut by tile edges). */
  zones: number;
}

/**
 * The owners of the zones in view, by name (zh-CN collation, then key so the order
 * is total), with the unowned zones as a last row when there are any. Only zones
 * of `level` count: the level the map colours by.
 */
export function buildOwnerLegend(features: Iterable<PropertySource>, level: string): OwnerLegendEntry[] {
  const seen = new Set<string>();
  const owners = new Map<string, OwnerLegendEntry>();
  let unowned = 0;
  for (const feature of features) {
    if (feature.get('level') !== level) continue;
    const zoneKey = String(feature.getId() ?? feature.get('id') ?? '');
    // A zone crossing tile edges comes once per tile: count it once.
    if (zoneKey !== '' && seen.has(zoneKey)) continue;
    seen.add(zoneKey);
    const owner = ownerOf(feature);
    if (!owner) {
      unowned++;
      continue;
    }
    const key = ownerKey(owner);
    const entry = owners.get(key);
    if (entry) entry.zones++;
    else owners.set(key, {key, name: owner.name, kind: owner.kind, color: ownerColor(owner), zones: 1});
  }
  const collator = new Intl.Collator('zh-CN');
  const rows = [...owners.values()].sort((a, b) => collator.compare(a.name, b.name) || a.key.localeCompare(b.key));
  if (unowned > 0) rows.push({key: '', name: '', kind: null, color: UNOWNED_COLOR, zones: unowned});
  return rows;
}

/** Two legends are the same when the rows are: lets the panel skip needless redraws on moveend. */
export function sameLegend(a: OwnerLegendEntry[], b: OwnerLegendEntry[]): boolean {
  return a.length === b.length && a.every((row, i) => row.key === b[i].key && row.zones === b[i].zones && row.name === b[i].name);
}
