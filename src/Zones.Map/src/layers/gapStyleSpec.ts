/**
 * Colours of the coverage-gap kinds (wire values of the `gaps` tiles, the lower-case
 * GapKind of the GraphQL API). Grouped by what is missing: land (magenta), ownership
 * (dark red), toilets and bins (brown), lights (amber), broken assets (orange-red).
 * None is the owner-fill grey, so a gap never looks like an unowned zone.
 */
export const GAP_KIND_COLORS: Record<string, string> = {
  uncovered_land: '#c026d3',
  zone_overlap: '#7c3aed',
  zone_without_owner: '#be123c',
  road_without_owner: '#be123c',
  asset_without_maintainer: '#be123c',
  toilet_reach: '#92400e',
  village_without_toilet: '#92400e',
  dry_toilet_in_built_up: '#92400e',
  bin_spacing: '#a16207',
  collection_point_reach: '#a16207',
  unlit_road: '#d97706',
  light_gap: '#d97706',
  asset_out_of_service: '#ea580c',
};

export const UNKNOWN_GAP_COLOR = '#475569';

export function gapColor(kind: unknown): string {
  return typeof kind === 'string' && Object.hasOwn(GAP_KIND_COLORS, kind) ? GAP_KIND_COLORS[kind] : UNKNOWN_GAP_COLOR;
}

/** GraphQL enum value (UNLIT_ROAD) → tile/wire value (unlit_road). */
export function gapKindWire(kind: string): string {
  return kind.toLowerCase();
}
