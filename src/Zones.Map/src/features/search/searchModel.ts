import type {Selection} from '../../app/app';

/** SearchKind of the API. */
export type HitKind = 'ZONE' | 'ROAD' | 'ASSET' | 'COMPLAINT' | 'SHOP';

/** One SearchHit as the API sends it. */
export interface SearchHit {
  kind: HitKind;
  id: string;
  title: string;
  subtitle: string | null;
  /** [minLon, minLat, maxLon, maxLat], WGS84. */
  bbox: number[];
}

export const KIND_LABELS: Record<HitKind, string> = {
  ZONE: '片区',
  ROAD: '道路',
  ASSET: '部件',
  COMPLAINT: '案卷',
  SHOP: '门店',
};

export interface HitGroup {
  kind: HitKind;
  label: string;
  hits: SearchHit[];
}

/**
 * Hits grouped by kind, the groups in the order their best hit came (the server ranks exact
 * matches first, so a typed case number puts 案卷 on top), hits in server order within a group.
 */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<HitKind, HitGroup>();
  for (const hit of hits) {
    let group = groups.get(hit.kind);
    if (!group) groups.set(hit.kind, (group = {kind: hit.kind, label: KIND_LABELS[hit.kind] ?? hit.kind, hits: []}));
    group.hits.push(hit);
  }
  return [...groups.values()];
}

/** The hits in the order the list shows them, which is the order ↑/↓ walk. */
export function listOrder(groups: readonly HitGroup[]): SearchHit[] {
  return groups.flatMap((g) => g.hits);
}

/**
 * The highlighted row after a key: ↓ from nothing goes to the first row, ↑ to the last; both
 * wrap around. -1 means none; other keys leave it.
 */
export function moveActive(active: number, count: number, key: string): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return active < 0 || active >= count - 1 ? 0 : active + 1;
  if (key === 'ArrowUp') return active <= 0 ? count - 1 : active - 1;
  return active;
}

/** What Enter picks: the highlighted row, else the first (the best match). */
export function chosenOnEnter(hits: readonly SearchHit[], active: number): SearchHit | null {
  return hits[active] ?? hits[0] ?? null;
}

/** The text worth sending: trimmed, at least one character, at most what the server accepts. */
export function searchText(raw: string): string | null {
  const text = raw.trim();
  return text.length === 0 || text.length > 64 ? null : text;
}

/** The selection the details panel opens for a hit. */
export function hitSelection(hit: SearchHit): Selection {
  return {kind: hit.kind.toLowerCase() as Selection['kind'], id: hit.id};
}
