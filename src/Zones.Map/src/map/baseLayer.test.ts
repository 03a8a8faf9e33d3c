import {describe, expect, it} from 'vitest';
import TileLayer from 'ol/layer/Tile';
import type XYZ from 'ol/source/XYZ';
import {copyShownBaseMap, createBaseLayer, findBaseLayer, showBaseMap, shownBaseMap} from './baseLayer';
import {DEFAULT_CONFIG, type MapConfig} from './mapConfig';

const VEC = 'https://t{0-7}.example/vec_w?l={z}&x={x}&y={y}';
const CVA = 'https://t{0-7}.example/cva_w?l={z}&x={x}&y={y}';
const config: MapConfig = {
  ...DEFAULT_CONFIG,
  baseMaps: [
    {id: 'tdt', name: '天地图矢量', urls: [VEC, CVA], attribution: '© 天地图', maxZoom: 18},
    {id: 'osm', name: 'OSM', urls: ['https://osm.example/{z}/{x}/{y}.png'], attribution: null, maxZoom: 19},
  ],
  defaultBaseMap: 'osm',
};

describe('createBaseLayer', () => {
  it('makes no layer when no base map is configured (offline by default)', () => {
    expect(createBaseLayer(DEFAULT_CONFIG)).toBeNull();
  });

  it('shows only the default base map, and switches to another or to none', () => {
    const group = createBaseLayer(config)!;
    expect(shownBaseMap(group)).toBe('osm');
    showBaseMap(group, 'tdt');
    expect(group.getLayers().getArray().map((l) => l.getVisible())).toEqual([true, false]);
    showBaseMap(group, null);
    expect(shownBaseMap(group)).toBeNull();
  });

  it('stacks the annotation layer above the base layer of one map', () => {
    const group = createBaseLayer({...config, defaultBaseMap: 'tdt'})!;
    const copies = copyShownBaseMap(group);
    expect(copies.map((l) => (l as TileLayer<XYZ>).getSource()!.getUrls())).toEqual([
      [0, 1, 2, 3, 4, 5, 6, 7].map((n) => VEC.replace('{0-7}', String(n))),
      [0, 1, 2, 3, 4, 5, 6, 7].map((n) => CVA.replace('{0-7}', String(n))),
    ]);
    expect(findBaseLayer([new TileLayer(), group])).toBe(group);
  });
});
