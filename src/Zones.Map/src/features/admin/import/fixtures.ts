// Contract-shaped answers of /import/inspect and /import/{target} for the wizard's tests.
import type {ImportInspection, ImportReport} from './importTypes';

export const inspection: ImportInspection = {
  format: 'SHAPEFILE', crs: 'EPSG:4549', crsSource: 'file', encoding: 'GBK', layers: ['villages'], layer: 'villages',
  columns: ['村名', 'XZQDM', '类型'], rows: 2,
  preview: [['东村', '330522201001', '村'], ['西村', '330522201002', null]],
  mapping: [{field: 'name', column: '村名'}, {field: 'code', column: 'XZQDM'}],
  fields: [{name: 'code', label: '编码', required: true}, {name: 'name', label: '名称', required: true}, {name: 'level', label: '层级', required: true}, {name: 'note', label: '备注', required: false}],
  problems: [],
};

export const report = (over: Partial<ImportReport> = {}): ImportReport => ({
  target: 'ZONES', townshipCode: '330522201000', format: 'SHAPEFILE', crs: 'EPSG:4549', encoding: 'GBK', dryRun: true,
  read: 3, accepted: 3, rejected: 0, written: 0, succeeded: true, problems: [], warnings: [], mode: 'UPSERT',
  added: 1, changed: 1, unchanged: 1,
  changes: [
    {row: 2, key: '330522201001', action: 'add', fields: []},
    {row: 3, key: '330522201002', action: 'change', fields: [{field: '名称', before: '西村', after: '西村社区'}, {field: '备注', before: null, after: '合并'}]},
    {row: 4, key: '330522201003', action: 'same', fields: []},
  ],
  topology: [{kind: 'sliver', codes: ['330522201001', '330522201002'], areaM2: 0.34, snapped: true}],
  segments: [],
  ...over,
});
