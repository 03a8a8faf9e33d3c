import {describe, expect, it} from 'vitest';
import {chinesePart, describeZoneError, describeZoneErrors, editIndexOf, formatArea, type ZoneError} from './errorReport';

const point = {type: 'Point', coordinates: [119.84, 31.025]};
const square = {type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]]]};

describe('describeZoneError', () => {
  it('marks a self-intersection at the server\'s point and says how to fix it', () => {
    const error: ZoneError = {__typename: 'InvalidGeometryError', reason: 'Self-intersection', location: {geojson: point}};
    const {message, markers} = describeZoneError(error, '新片区“测试”');
    expect(message).toBe('新片区“测试”的边界自相交（地图上红色圆点处）。请拖动该处的顶点，使边界不再交叉，再保存。');
    expect(markers).toEqual([{kind: 'invalid', geometry: point, label: '边界自相交'}]);
  });

  it('highlights each overlap with its area', () => {
    const error: ZoneError = {
      __typename: 'ZoneOverlapError',
      overlaps: [{zone: null, zoneName: '测试', other: {id: '16', name: '沈家村'}, overlap: {geojson: square}, areaM2: 1234.4}],
    };
    const {message, markers} = describeZoneError(error, '新片区“测试”');
    expect(message).toMatch(/^“测试”与“沈家村”重叠 1,234 平方米（地图上红色区域）。/);
    expect(markers).toEqual([{kind: 'overlap', geometry: square, label: '重叠 1,234 平方米'}]);
  });

  it('explains a version conflict with the zone the server names', () => {
    const error: ZoneError = {
      __typename: 'VersionConflictError',
      currentVersion: 3,
      message: '片区“沈家村”已被他人修改（当前版本 3，你提交的是 2）。请重新加载后再修改。Zone "沈家村" was changed',
    };
    expect(describeZoneError(error, '所编辑的片区').message).toBe(
      '片区“沈家村”在您编辑期间已被别人修改并保存（现在是第 3 版），您的修改没有保存。请点“重新加载”取最新的边界，再重新修改。',
    );
  });

  it('names the child left outside a shrunk parent and marks the part outside', () => {
    const error: ZoneError = {
      __typename: 'OutOfParentBoundsError',
      parent: {id: '5', name: '东部片区'},
      zone: {id: '16', name: '沈家村'},
      outsideAreaM2: 0.2,
      outside: {geojson: square},
    };
    const {message, markers} = describeZoneError(error, '“东部片区”');
    expect(message).toBe('下级片区“沈家村”超出上级片区“东部片区”的边界 1 平方米（地图上橙色区域）。请把边界收回到上级片区以内。');
    expect(markers[0].kind).toBe('outside');
  });

  it('falls back to the Chinese half of the server\'s message for other errors', () => {
    const error: ZoneError = {__typename: 'InvalidInputError', message: '名称不能为空。The name must not be blank.'};
    expect(describeZoneError(error, '').message).toBe('名称不能为空。');
  });
});

describe('describeZoneErrors', () => {
  it('offers a reload only when a version conflict is among the errors', () => {
    const gap: ZoneError = {__typename: 'ZoneGapError', areaM2: 30242.4, gap: {geojson: square}};
    expect(describeZoneErrors([gap], () => '').reload).toBe(false);
    const report = describeZoneErrors([gap, {__typename: 'VersionConflictError', currentVersion: 2}], () => '片区“甲”');
    expect(report.reload).toBe(true);
    expect(report.markers).toEqual([{kind: 'gap', geometry: square, label: '空白 30,242 平方米'}]);
  });
});

describe('helpers', () => {
  it('reads the edit index from an updateZoneBoundaries error path', () => {
    expect(editIndexOf({__typename: 'InvalidGeometryError', path: ['input', 'edits', '1', 'boundary']})).toBe(1);
    expect(editIndexOf({__typename: 'ZoneGapError', path: ['input', 'edits']})).toBeNull();
  });

  it('formats areas to whole square metres with grouping, never 0', () => {
    expect(formatArea(30242.49)).toBe('30,242 平方米');
    expect(formatArea(0.3)).toBe('1 平方米');
  });

  it('keeps a Chinese message without English whole', () => {
    expect(chinesePart('上级片区不存在')).toBe('上级片区不存在');
  });
});
