import {
  ASSET_KIND_LABELS,
  ASSET_STATUS_LABELS,
  ASSET_SUBTYPE_LABELS,
  COMPLAINT_SOURCE_LABELS,
  COMPLAINT_STAGE_LABELS,
  ROAD_CLASS_LABELS,
} from '../../i18n/enumLabels';
import type {CsvColumn} from './csv';
import {enumLabel, formatDateTime, pointLonLat} from './formatCell';

export type TableId = 'assets' | 'roads' | 'complaints';

/** How a table meets the area: points must lie inside, roads only touch it. */
export type SpatialTest = 'within' | 'intersects';

/** One result table of 区域查询: its query, columns and the counts shown above it. */
export interface AreaTable<T> {
  id: TableId;
  label: string;
  unit: string;
  test: SpatialTest;
  query: string;
  /** Every column goes into the CSV; `shown` picks the few that fit the drawer. */
  columns: CsvColumn<T>[];
  shown: string[];
  /** Breakdowns shown as counts, each a heading and the label of a row. */
  breakdowns: {heading: string; key(row: T): string}[];
}

export interface AssetRow {
  identifier: string; kind: string; subtype: string | null; name: string | null; status: string;
  statusSince: string; maintainer: {name: string} | null; road: {name: string} | null;
  location: {geojson: unknown};
}
export interface RoadRow { code: string; name: string; class: string; lengthM: number }
export interface ComplaintRow {
  caseNumber: string; categoryName: string | null; categoryCode: string; source: string; stage: string;
  reportedAt: string; deadline: string | null; overdue: boolean; address: string | null; description: string;
  location: {geojson: unknown};
}

const PAGE = '$where: SpatialFilter, $first: Int, $after: String';
const CONNECTION = 'totalCount pageInfo { hasNextPage endCursor } edges { node {';

export const ASSETS_TABLE: AreaTable<AssetRow> = {
  id: 'assets', label: '设施', unit: '处', test: 'within',
  query: `query AreaAssets(${PAGE}) { assets(where: $where, first: $first, after: $after) { ${CONNECTION}
    identifier kind subtype name status statusSince maintainer { name } road { name } location { geojson(decimals: 6) } } } } }`,
  columns: [
    {header: '标识码', value: (r) => r.identifier},
    {header: '类型', value: (r) => enumLabel(ASSET_KIND_LABELS, r.kind)},
    {header: '子类', value: (r) => subtypeLabel(r.subtype)},
    {header: '名称', value: (r) => r.name},
    {header: '状态', value: (r) => enumLabel(ASSET_STATUS_LABELS, r.status)},
    {header: '状态时间', value: (r) => formatDateTime(r.statusSince)},
    {header: '管护单位', value: (r) => r.maintainer?.name},
    {header: '所在道路', value: (r) => r.road?.name},
    {header: '经度', value: (r) => pointLonLat(r.location.geojson)[0]},
    {header: '纬度', value: (r) => pointLonLat(r.location.geojson)[1]},
  ],
  shown: ['标识码', '类型', '状态', '所在道路'],
  breakdowns: [
    {heading: '按类型', key: (r) => enumLabel(ASSET_KIND_LABELS, r.kind)},
    {heading: '按状态', key: (r) => enumLabel(ASSET_STATUS_LABELS, r.status)},
  ],
};

export const ROADS_TABLE: AreaTable<RoadRow> = {
  id: 'roads', label: '道路', unit: '段', test: 'intersects',
  query: `query AreaRoads(${PAGE}) { roads(where: $where, first: $first, after: $after) { ${CONNECTION}
    code name class lengthM } } } }`,
  columns: [
    {header: '路段编码', value: (r) => r.code},
    {header: '道路名称', value: (r) => r.name},
    {header: '道路等级', value: (r) => enumLabel(ROAD_CLASS_LABELS, r.class)},
    {header: '长度（米）', value: (r) => Math.round(r.lengthM)},
  ],
  shown: ['道路名称', '道路等级', '长度（米）'],
  breakdowns: [{heading: '按等级', key: (r) => enumLabel(ROAD_CLASS_LABELS, r.class)}],
};

export const COMPLAINTS_TABLE: AreaTable<ComplaintRow> = {
  id: 'complaints', label: '投诉', unit: '件', test: 'within',
  query: `query AreaComplaints(${PAGE}) { complaints(where: $where, first: $first, after: $after) { ${CONNECTION}
    caseNumber categoryName categoryCode source stage reportedAt deadline overdue address description
    location { geojson(decimals: 6) } } } } }`,
  columns: [
    {header: '案卷号', value: (r) => r.caseNumber},
    {header: '问题类别', value: (r) => r.categoryName ?? r.categoryCode},
    {header: '来源', value: (r) => enumLabel(COMPLAINT_SOURCE_LABELS, r.source)},
    {header: '阶段', value: (r) => enumLabel(COMPLAINT_STAGE_LABELS, r.stage)},
    {header: '上报时间', value: (r) => formatDateTime(r.reportedAt)},
    {header: '处置时限', value: (r) => formatDateTime(r.deadline)},
    {header: '是否超期', value: (r) => r.overdue},
    {header: '地址', value: (r) => r.address},
    {header: '问题描述', value: (r) => r.description},
    {header: '经度', value: (r) => pointLonLat(r.location.geojson)[0]},
    {header: '纬度', value: (r) => pointLonLat(r.location.geojson)[1]},
  ],
  shown: ['案卷号', '问题类别', '阶段'],
  breakdowns: [
    {heading: '按阶段', key: (r) => enumLabel(COMPLAINT_STAGE_LABELS, r.stage)},
    {heading: '按来源', key: (r) => enumLabel(COMPLAINT_SOURCE_LABELS, r.source)},
  ],
};

export const AREA_TABLES = [ASSETS_TABLE, ROADS_TABLE, COMPLAINTS_TABLE] as AreaTable<unknown>[];

// Sub-types the label table does not know (sorting, garden …) are shown as sent, not as 未知.
function subtypeLabel(subtype: string | null): string {
  if (!subtype) return '';
  const key = subtype.toLowerCase();
  return Object.hasOwn(ASSET_SUBTYPE_LABELS, key) ? ASSET_SUBTYPE_LABELS[key as keyof typeof ASSET_SUBTYPE_LABELS] : subtype;
}
