import {describe, expect, it} from 'vitest';
import {DEFAULT_CONFIG, parseMapConfig} from './mapConfig';

const TDT_VEC = 'https://t{0-7}.tianditu.gov.cn/vec_w/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=abc';
const TDT_CVA = 'https://t{0-7}.tianditu.gov.cn/cva_w/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=abc';
const OSM = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

describe('parseMapConfig', () => {
  it('reads a complete configuration', () => {
    const config = parseMapConfig({
      title: '清河镇片区地图',
      baseMaps: [
        {id: 'tianditu-vec', name: '天地图矢量', urls: [TDT_VEC, TDT_CVA], attribution: '© 天地图', maxZoom: 18},
        {id: 'osm', name: 'OSM', urls: [OSM], attribution: null},
      ],
      defaultBaseMap: 'osm',
      center: [114.3, 30.6],
      zoom: 13,
      phonePositionCrs: 'WGS84',
    });
    expect(config).toEqual({
      title: '清河镇片区地图',
      baseMaps: [
        {id: 'tianditu-vec', name: '天地图矢量', urls: [TDT_VEC, TDT_CVA], attribution: '© 天地图', maxZoom: 18},
        {id: 'osm', name: 'OSM', urls: [OSM], attribution: null, maxZoom: 18},
      ],
      defaultBaseMap: 'osm',
      center: [114.3, 30.6],
      zoom: 13,
      phonePositionCrs: 'WGS84',
    });
  });

  it('uses the defaults for missing or null keys (no base map)', () => {
    expect(parseMapConfig({})).toEqual(DEFAULT_CONFIG);
    expect(parseMapConfig({title: '  ', baseMapUrl: null, center: null, zoom: null})).toEqual(DEFAULT_CONFIG);
    expect(parseMapConfig({baseMaps: [], defaultBaseMap: null})).toEqual(DEFAULT_CONFIG);
  });

  it('shows the first base map when no default is named, none when the default is null or "none"', () => {
    const two = [{id: 'a', name: 'A', urls: [OSM]}, {id: 'b', name: 'B', urls: [OSM]}];
    expect(parseMapConfig({baseMaps: two}).defaultBaseMap).toBe('a');
    expect(parseMapConfig({baseMaps: two, defaultBaseMap: null}).defaultBaseMap).toBeNull();
    expect(parseMapConfig({baseMaps: two, defaultBaseMap: 'none'}).defaultBaseMap).toBeNull();
  });

  it('turns the older single baseMapUrl into one base map shown at start', () => {
    const config = parseMapConfig({baseMapUrl: OSM, baseMapAttribution: '© OSM'});
    expect(config.baseMaps).toEqual([{id: 'custom', name: '在线底图', urls: [OSM], attribution: '© OSM', maxZoom: 18}]);
    expect(config.defaultBaseMap).toBe('custom');
  });

  it('prefers baseMaps over the older key when a server sends both', () => {
    const config = parseMapConfig({baseMaps: [], defaultBaseMap: null, baseMapUrl: OSM});
    expect(config.baseMaps).toEqual([]);
  });

  it('accepts a tile path on this server', () => {
    expect(parseMapConfig({baseMapUrl: '/tiles/base/{z}/{x}/{-y}.png'}).baseMaps[0].urls)
      .toEqual(['/tiles/base/{z}/{x}/{-y}.png']);
  });

  it('rejects a tile URL without placeholders or with another scheme', () => {
    expect(() => parseMapConfig({baseMapUrl: 'https://tiles.example/base.png'})).toThrow(/\{z\}/);
    expect(() => parseMapConfig({baseMapUrl: 'javascript:alert(1)//{z}{x}{y}'})).toThrow(/http/);
    expect(() => parseMapConfig({baseMaps: [{id: 'a', name: 'A', urls: ['//cdn.example/{z}/{x}/{y}.png']}]}))
      .toThrow(/baseMaps\[0\]\.urls\[0\] must start with http/);
  });

  it('rejects base maps without id, name or URLs, with duplicate ids, or an unknown default', () => {
    expect(() => parseMapConfig({baseMaps: [{name: 'A', urls: [OSM]}]})).toThrow(/baseMaps\[0\]\.id/);
    expect(() => parseMapConfig({baseMaps: [{id: 'a', urls: [OSM]}]})).toThrow(/name/);
    expect(() => parseMapConfig({baseMaps: [{id: 'a', name: 'A', urls: []}]})).toThrow(/urls/);
    expect(() => parseMapConfig({baseMaps: [{id: 'a', name: 'A', urls: [OSM], maxZoom: 30}]})).toThrow(/maxZoom/);
    expect(() => parseMapConfig({baseMaps: [{id: 'a', name: 'A', urls: [OSM]}, {id: 'a', name: 'B', urls: [OSM]}]}))
      .toThrow(/differ/);
    expect(() => parseMapConfig({baseMaps: [{id: 'a', name: 'A', urls: [OSM]}], defaultBaseMap: 'b'})).toThrow(/"b"/);
    expect(() => parseMapConfig({baseMaps: {id: 'a'}})).toThrow(/list/);
  });

  it('rejects a center that is not [lon, lat] in degrees', () => {
    expect(() => parseMapConfig({center: [12_700_000, 3_500_000]})).toThrow(/center/);
    expect(() => parseMapConfig({center: [114.3]})).toThrow(/center/);
    expect(() => parseMapConfig({center: {lon: 114, lat: 30}})).toThrow(/center/);
  });

  it('rejects a zoom out of range and wrong types', () => {
    expect(() => parseMapConfig({zoom: 40})).toThrow(/zoom/);
    expect(() => parseMapConfig({zoom: '13'})).toThrow(/zoom/);
    expect(() => parseMapConfig({title: 7})).toThrow(/title/);
  });

  it('takes a phone position datum of GCJ02 or WGS84 only', () => {
    expect(parseMapConfig({}).phonePositionCrs).toBe('GCJ02');
    expect(() => parseMapConfig({phonePositionCrs: 'BD09'})).toThrow(/phonePositionCrs/);
  });

  it('reports problems as config errors', () => {
    expect(() => parseMapConfig([])).toThrow(expect.objectContaining({kind: 'config'}));
  });
});
