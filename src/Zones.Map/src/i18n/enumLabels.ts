/**
 * zh-CN names for the enum values the server sends in feature properties.
 * The keys are the wire values of the OGC API contract (and the CHECK lists in
 * data/migrations/0001_create_schema.sql); the TypeScript value types are derived
 * from these tables so the labels and the types cannot drift apart.
 */

export const ZONE_LEVEL_LABELS = {
  county: '县',
  township: '镇',
  area: '片区',
  village: '村（社区）',
  group: '组',
} as const;

export const ZONE_STATUS_LABELS = {
  draft: '草稿',
  published: '已发布',
  retired: '已撤销',
} as const;

export const ROAD_CLASS_LABELS = {
  highway: '过境公路',
  arterial: '主干路',
  secondary: '次干路',
  branch: '支路',
  village: '村道',
} as const;

export const ASSET_KIND_LABELS = {
  toilet: '公厕',
  bin: '垃圾箱',
  collection_point: '垃圾收集点',
  garbage_room: '垃圾间',
  transfer_station: '垃圾中转站',
  streetlight: '路灯',
  landscape_light: '景观灯',
} as const;

export const ASSET_SUBTYPE_LABELS = {
  flush: '水冲式',
  dry: '旱厕',
  mobile: '移动式',
  grid: '市电',
  solar: '太阳能',
} as const;

export const ASSET_STATUS_LABELS = {
  good: '完好',
  damaged: '损坏',
  unlit: '不亮',
  lost: '丢失',
  abandoned: '废弃',
} as const;

export const COMPLAINT_SOURCE_LABELS = {
  citizen: '群众',
  hotline_12345: '12345',
  inspection: '巡查',
  assigned: '上级交办',
  media: '媒体',
  open311: 'Open311',
} as const;

export const COMPLAINT_STAGE_LABELS = {
  received: '受理',
  registered: '立案',
  dispatched: '派遣',
  disposing: '处置',
  feedback: '反馈',
  verifying: '核查',
  closed: '结案',
  shelved: '挂账',
  voided: '作废',
} as const;

export type ZoneLevel = keyof typeof ZONE_LEVEL_LABELS;
export type RoadClass = keyof typeof ROAD_CLASS_LABELS;
export type AssetKind = keyof typeof ASSET_KIND_LABELS;
export type AssetStatus = keyof typeof ASSET_STATUS_LABELS;
export type ComplaintStage = keyof typeof COMPLAINT_STAGE_LABELS;

/**
 * The Chinese name of `value` in `table`. A value the client does not know yet
 * (a newer server) is shown as "未知（value）" rather than hidden, so a clerk can
 * still report what they see.
 */
export function labelOf(table: Readonly<Record<string, string>>, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  const key = String(value);
  return Object.hasOwn(table, key) ? table[key] : `未知（${key}）`;
}

/** True when `value` is one of the keys of `table` (a type guard for the enum types above). */
export function isKnown<T extends Readonly<Record<string, string>>>(
  table: T,
  value: unknown,
): value is keyof T {
  return typeof value === 'string' && Object.hasOwn(table, value);
}
