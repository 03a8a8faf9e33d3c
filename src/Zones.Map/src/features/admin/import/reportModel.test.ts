import {describe, expect, test} from 'vitest';
import {report} from './fixtures';
import {areaText, changeLines, crsText, crsWarning, unreadable, changeRows, rejectedRows, splitLine, summary, topologyLine} from './reportModel';

describe('import report', () => {
  test('the summary counts added, changed, unchanged and rejected rows', () => {
    expect(summary(report({rejected: 2}))).toBe('新增 1 行，修改 1 行，不变 1 行，拒绝 2 行');
  });

  test('changed rows list each field with its old and new value', () => {
    expect(changeLines(report().changes[1]!)).toEqual(['名称：西村 → 西村社区', '备注：（空） → 合并']);
    const {shown, same} = changeRows(report());
    expect(shown.map((c) => c.action)).toEqual(['add', 'change']);
    expect(same).toBe(1);
  });

  test('rejected rows are grouped by row, file-wide problems first, naming the column and value', () => {
    const rows = rejectedRows([
      {row: 5, field: '编码', value: '33X', code: 'INVALID_VALUE', message: '编码应为 12 位数字'},
      {row: null, field: null, value: null, code: 'CRS', message: '坐标系未知，已按 CGCS2000 处理'},
      {row: 5, field: null, value: null, code: 'OUTSIDE', message: '不在本镇范围内'},
      {row: 3, field: '名称', value: null, code: 'REQUIRED', message: '名称必填'},
    ]);
    expect(rows).toEqual([
      {row: '文件', messages: ['坐标系未知，已按 CGCS2000 处理']},
      {row: '3', messages: ['名称：名称必填']},
      {row: '5', messages: ['编码（33X）：编码应为 12 位数字', '不在本镇范围内']},
    ]);
  });

  test('topology findings name kind, codes, area and whether they were snapped; road splits their pieces', () => {
    expect(topologyLine(report().topology[0]!)).toBe('细缝：330522201001 / 330522201002，0.34 平方米，已拼接');
    expect(topologyLine({kind: 'gap', codes: ['A'], areaM2: 12345.6, snapped: false})).toBe('缝隙：A，12,346 平方米，未拼接');
    expect(areaText(56.78)).toBe('56.8 平方米');
    expect(splitLine({code: 'R001', pieces: 3})).toBe('R001 拆成 3 段');
  });

  test('a guessed or missing CRS of a geometric file is pointed out; a 花名册 has none to miss', () => {
    const zones = {columns: ['名称', 'WKT'], fields: [{name: 'code'}, {name: 'boundary'}]};
    expect(crsWarning({...zones, crs: 'EPSG:4549', crsSource: 'file'})).toBeNull();
    expect(crsWarning({...zones, crs: 'EPSG:4549', crsSource: 'guessed'})).toContain('推测的（EPSG:4549）');
    expect(crsWarning({...zones, crs: null, crsSource: null})).toContain('没有说明坐标系');
    expect(crsWarning({columns: ['姓名'], fields: [{name: 'name'}], crs: null, crsSource: null})).toBeNull();
    expect(crsWarning({columns: ['姓名'], fields: [{name: 'name'}], crs: 'EPSG:4326', crsSource: 'default'})).toBeNull();
  });

  test('the CRS line names the source in Chinese, and a 花名册 needs none (not the server\'s default EPSG:4326)', () => {
    const zones = {fields: [{name: 'code'}, {name: 'wkt'}]};
    expect(crsText({...zones, crs: 'EPSG:4528', crsSource: 'file'})).toBe('EPSG:4528（来自文件）');
    expect(crsText({...zones, crs: 'EPSG:4326', crsSource: 'default'})).toBe('EPSG:4326（默认经纬度）');
    expect(crsText({...zones, crs: null, crsSource: null})).toBe('—');
    expect(crsText({fields: [{name: 'lon'}, {name: 'lat'}], crs: 'EPSG:4549', crsSource: 'declared'})).toBe('EPSG:4549（手工指定）');
    const roster = crsText({fields: [{name: 'name'}, {name: 'phone'}, {name: 'unit'}], crs: 'EPSG:4326', crsSource: 'default'});
    expect(roster).toBe('不需要（此类数据没有图形）');
    expect(roster).not.toMatch(/default|EPSG/);
  });

  test('a file read as nothing says why, in the server words or ours', () => {
    expect(unreadable({format: 'CSV', problems: [], rows: 2})).toBeNull();
    expect(unreadable({format: null, problems: [{row: null, field: null, value: null, code: 'FORMAT', message: '压缩包中没有 .shp 文件'}], rows: 0})).toBe('压缩包中没有 .shp 文件');
    expect(unreadable({format: null, problems: [], rows: 0})).toContain('无法识别文件格式');
  });

  test('a file with no data rows (a text note the server reads as a one-column CSV) stops at the first step', () => {
    expect(unreadable({format: 'CSV', problems: [], rows: 0})).toContain('文件中没有数据行');
  });
});
