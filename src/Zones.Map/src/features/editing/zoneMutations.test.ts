import {describe, expect, it} from 'vitest';
// The committed SDL, the server's contract (read as text by Vite).
import sdl from '../../../../Zones.Server/Schema/zones.graphql?raw';
import {
  CREATE_ZONE,
  createZoneVariables,
  DELETE_ZONE,
  MERGE_ZONES,
  mergeVariables,
  SPLIT_ZONE,
  splitVariables,
  UPDATE_ZONE_BOUNDARIES,
  updateBoundariesVariables,
} from './zoneMutations';
import {roundDegrees, toLonLatCoords} from '../../map/lonLat';

const polygon = {type: 'Polygon', coordinates: [[[119.8, 31], [119.81, 31], [119.81, 31.01], [119.8, 31]]]};

describe('mutation variables', () => {
  it('sends every changed zone with its own expected version in one input', () => {
    const variables = updateBoundariesVariables([
      {id: '16', version: 1, boundary: polygon},
      {id: '20', version: 4, boundary: polygon},
    ]);
    expect(variables).toEqual({
      input: {
        edits: [
          {id: '16', expectedVersion: 1, boundary: {geojson: polygon}},
          {id: '20', expectedVersion: 4, boundary: {geojson: polygon}},
        ],
      },
    });
  });

  it('trims the new zone\'s name and leaves a blank code to the server', () => {
    const form = {parentId: '5', level: 'VILLAGE', name: ' 新村 ', code: ' '};
    expect(createZoneVariables(form, polygon)).toEqual({
      input: {parentId: '5', level: 'VILLAGE', name: '新村', boundary: {geojson: polygon}},
    });
    expect(createZoneVariables({...form, code: '330522125000117'}, polygon).input.code).toBe('330522125000117');
  });

  it('builds split and merge inputs with expected versions', () => {
    const blade = {type: 'LineString', coordinates: [[0, 0], [1, 1]]};
    expect(splitVariables({id: '7', version: 2}, blade)).toEqual({input: {id: '7', expectedVersion: 2, blade: {geojson: blade}}});
    expect(mergeVariables([{id: '7', version: 2}, {id: '8', version: 1}])).toEqual({
      input: {zones: [{id: '7', expectedVersion: 2}, {id: '8', expectedVersion: 1}]},
    });
  });
});

describe('lon/lat grid', () => {
  it('rounds to 7 decimals so a round-tripped vertex equals the stored one exactly', () => {
    expect(roundDegrees(119.84028310000001)).toBe(119.8402831);
    expect(roundDegrees(31.023845499999998)).toBe(31.0238455);
  });

  it('projects and rounds every position of a polygon', () => {
    const shift = (xy: number[]) => [xy[0] + 0.000000004, xy[1] - 0.000000004];
    expect(toLonLatCoords([[[1, 2], [3, 4]]], shift)).toEqual([[[1, 2], [3, 4]]]);
  });
});

describe('mutation documents', () => {
  // The engine refuses a fragment on a type outside the field's error union, so every
  // `... on X` must name a member of that union (or the UserError interface).
  const members = (union: string) => new Set(new RegExp(`union ${union} = ([^\\n]+)`).exec(sdl)![1].split(' | '));

  it.each([
    [CREATE_ZONE, 'CreateZoneError'],
    [UPDATE_ZONE_BOUNDARIES, 'UpdateZoneBoundariesError'],
    [SPLIT_ZONE, 'SplitZoneError'],
    [MERGE_ZONES, 'MergeZonesError'],
    [DELETE_ZONE, 'DeleteZoneError'],
  ])('document %# spreads only members of its error union', (document, union) => {
    const spread = [...document.matchAll(/\.\.\. on (\w+)/g)].map((m) => m[1]).filter((t) => t !== 'UserError');
    expect(spread.length).toBeGreaterThan(0);
    expect(spread.filter((t) => !members(union).has(t))).toEqual([]);
  });
});
