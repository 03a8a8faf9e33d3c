import {describe, expect, it} from 'vitest';
import {createAssetVariables, createRoadMutation, createRoadVariables, moveAssetVariables, retireVariables, roadSavedMessage, updateRoadsVariables} from './networkWrites';

describe('asset and road mutations', () => {
  it('a new asset carries its class code, the point and the road it snapped to', () => {
    expect(createAssetVariables({townshipCode: '330522125000', kind: 'BIN', identifier: ' B1 ', name: '', status: 'GOOD',
      maintainerUnitId: '4', point: [119.8, 31.02], roadId: '15'})).toEqual({input: {
      townshipCode: '330522125000', kind: 'BIN', classCode: '0305', identifier: 'B1', location: {point: {lon: 119.8, lat: 31.02}},
      status: 'GOOD', maintainerUnitId: '4', roadId: '15'}});
  });

  it('a move sends the asset as read with only the location changed, and the version read', () => {
    const asset = {id: '7', version: 3, kind: 'STREETLIGHT', classCode: '0118', identifier: 'L7', subtype: 'solar', name: null, status: 'UNLIT',
      maintainer: {id: '4'}, ownerUnit: null, road: {id: '15'}, installDate: '2019-08-01', attributes: {pole_height_m: 8}};
    expect(moveAssetVariables(asset, [119.81, 31.03]).input).toEqual({id: '7', expectedVersion: 3, kind: 'STREETLIGHT', classCode: '0118',
      identifier: 'L7', location: {point: {lon: 119.81, lat: 31.03}}, subtype: 'solar', name: null, status: 'UNLIT',
      maintainerUnitId: '4', ownerUnitId: null, roadId: '15', installDate: '2019-08-01', attributes: {pole_height_m: 8}});
    expect(retireVariables({id: '7', version: 3})).toEqual({input: {id: '7', expectedVersion: 3}});
  });

  it('a new road is a GeoJSON line with its name, code and class', () => {
    expect(createRoadVariables({townshipCode: 'T', code: ' R1 ', name: ' 新路 ', roadClass: 'VILLAGE', line: [[1, 2], [3, 4]]}).input)
      .toEqual({townshipCode: 'T', code: 'R1', name: '新路', class: 'VILLAGE', line: {geojson: {type: 'LineString', coordinates: [[1, 2], [3, 4]]}}});
  });

  it('createRoad asks for the pieces only when the server has them', () => {
    expect(createRoadMutation(new Set(['road', 'errors']))).not.toContain('roads {');
    const merged = createRoadMutation(new Set(['road', 'roads', 'splitRoads', 'errors']));
    expect(merged).toContain('roads { id code name }');
    expect(merged).toContain('splitRoads { id code name }');
  });

  it('says how many pieces the junctions made', () => {
    expect(roadSavedMessage('新路', undefined, undefined)).toBe('已保存道路“新路”。');
    expect(roadSavedMessage('新路', [1], [])).toBe('已保存道路“新路”。');
    expect(roadSavedMessage('新路', [1, 2, 3], [1])).toBe('已保存道路“新路”。已在路口拆分为 3 段。与之相交的 1 条已有路段也在路口拆分。');
  });

  it('sends every road of a junction edit in one updateRoads input, each with the version it read and its fields unchanged', () => {
    const road = (id: string, version: number) => ({id, version, code: `R${id}`, name: '沈家路', class: 'VILLAGE'});
    const line: [number, number][] = [[119.8, 31.0], [119.81, 31.01]];
    expect(updateRoadsVariables([{road: road('1', 3), line}, {road: road('2', 1), line}]).input.roads).toEqual([
      {id: '1', expectedVersion: 3, code: 'R1', name: '沈家路', class: 'VILLAGE', line: {geojson: {type: 'LineString', coordinates: line}}},
      {id: '2', expectedVersion: 1, code: 'R2', name: '沈家路', class: 'VILLAGE', line: {geojson: {type: 'LineString', coordinates: line}}},
    ]);
  });
});
