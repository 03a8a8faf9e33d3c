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

/** The kinds in Chinese for the legend (the GapKind descriptions of the API). */
export const GAP_KIND_LABELS: Record<string, string> = {
  uncovered_land: '未划入片区的土地',
  zone_overlap: '片区重叠',
  zone_without_owner: '片区无责任人',
  road_without_owner: '路段无包联单位',
  asset_without_maintainer: '设施无管护单位',
  toilet_reach: '公厕服务半径外',
  village_without_toilet: '村/社区无公厕',
  dry_toilet_in_built_up: '建成区内旱厕',
  bin_spacing: '果皮箱间距过大',
  collection_point_reach: '收集点服务半径外',
  unlit_road: '无路灯道路',
  light_gap: '缺灯段',
  asset_out_of_service: '设施损坏/不亮',
};

export function gapKindLabel(kind: unknown): string {
  return typeof kind === 'string' && Object.hasOwn(GAP_KIND_LABELS, kind) ? GAP_KIND_LABELS[kind] : '其他缺口';
}

export function gapColor(kind: unknown): string {
  return typeof kind === 'string' && Object.hasOwn(GAP_KIND_COLORS, kind) ? GAP_KIND_COLORS[kind] : UNKNOWN_GAP_COLOR;
}

/** GraphQL enum value (UNLIT_ROAD) → tile/wire value (unlit_road). */
export function gapKindWire(kind: string): string {
  return kind.toLowerCase();
}
