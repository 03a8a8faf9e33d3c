import type {Selection} from '../../app/app';
import {COMPLAINT_CATEGORY_LABELS} from '../../i18n/complaintCategories';
import {
  ASSET_KIND_LABELS, ASSET_STATUS_LABELS, ASSET_SUBTYPE_LABELS, COMPLAINT_SOURCE_LABELS, COMPLAINT_STAGE_LABELS,
  ROAD_CLASS_LABELS, ZONE_LEVEL_LABELS, ZONE_STATUS_LABELS,
} from '../../i18n/enumLabels';

type Props = Record<string, unknown>;

/** One column: its zh-CN header and how a cell reads a feature's properties (tile names or GraphQL names). */
export interface Column {
  key: string;
  label: string;
  value(p: Props): string;
  /** Sorted as numbers (counts, lengths) rather than as text. */
  numeric?: boolean;
}

/** A layer the table can list. */
export interface TableLayer {
  /** The map layer's `id` property. */
  id: string;
  label: string;
  /** What a row opens in the details panel. */
  kind: Selection['kind'];
  columns: Column[];
}

/** The first property present under any of `names` (tiles say case_number, GraphQL caseNumber). */
const read = (p: Props, ...names: string[]): unknown => names.map((n) => p[n]).find((v) => v !== undefined && v !== null && v !== '');
const text = (...names: string[]) => (p: Props) => String(read(p, ...names) ?? '');
/** An enum cell in Chinese; wire values are lower case in tiles and UPPER in GraphQL. */
const label = (table: Readonly<Record<string, string>>, ...names: string[]) => (p: Props) => {
  const v = read(p, ...names);
  if (v === undefined) return '';
  const key = String(v).toLowerCase();
  return Object.hasOwn(table, key) ? table[key] : String(v);
};

/** Zones, roads, assets, open complaints and shops, in the map's drawing order. */
export const TABLE_LAYERS: TableLayer[] = [
  {id: 'zones', label: '片区', kind: 'zone', columns: [
    {key: 'code', label: '编码', value: text('code')},
    {key: 'name', label: '名称', value: text('name')},
    {key: 'level', label: '级别', value: label(ZONE_LEVEL_LABELS, 'level')},
    {key: 'status', label: '状态', value: label(ZONE_STATUS_LABELS, 'status')},
    {key: 'owner', label: '包联责任人', value: text('owner_name', 'ownerName')},
  ]},
  {id: 'roads', label: '道路', kind: 'road', columns: [
    {key: 'code', label: '编码', value: text('code')},
    {key: 'name', label: '名称', value: text('name')},
    {key: 'class', label: '等级', value: label(ROAD_CLASS_LABELS, 'class', 'roadClass')},
    {key: 'owner', label: '包联责任人', value: text('owner_name', 'ownerName')},
  ]},
  {id: 'assets', label: '设施', kind: 'asset', columns: [
    {key: 'identifier', label: '标识码', value: text('identifier')},
    {key: 'name', label: '名称', value: text('name')},
    {key: 'kind', label: '类型', value: label(ASSET_KIND_LABELS, 'kind')},
    {key: 'subtype', label: '子类', value: label(ASSET_SUBTYPE_LABELS, 'subtype')},
    {key: 'status', label: '状态', value: label(ASSET_STATUS_LABELS, 'status')},
  ]},
  {id: 'complaints', label: '未结投诉', kind: 'complaint', columns: [
    {key: 'case', label: '案卷号', value: text('case_number', 'caseNumber')},
    {key: 'category', label: '类别', value: (p) => String(read(p, 'categoryName') ?? COMPLAINT_CATEGORY_LABELS[String(read(p, 'category_code', 'categoryCode') ?? '')] ?? read(p, 'category_code', 'categoryCode') ?? '')},
    {key: 'stage', label: '环节', value: label(COMPLAINT_STAGE_LABELS, 'stage')},
    {key: 'source', label: '来源', value: label(COMPLAINT_SOURCE_LABELS, 'source')},
    {key: 'overdue', label: '超期', value: (p) => (read(p, 'overdue') === true || read(p, 'overdue') === 'true' ? '已超期' : '')},
  ]},
  {id: 'shops', label: '门店', kind: 'shop', columns: [
    {key: 'code', label: '编码', value: text('code')},
    {key: 'name', label: '名称', value: text('name')},
    {key: 'address', label: '地址', value: text('address')},
    {key: 'road', label: '所在道路', value: text('road_name', 'roadName')},
    {key: 'frontage', label: '门前三包（米）', value: text('frontage_m', 'frontageLengthM'), numeric: true},
  ]},
];

export function tableLayer(id: string): TableLayer | undefined {
  return TABLE_LAYERS.find((l) => l.id === id);
}
