import {describe, expect, it} from 'vitest';
import {DEFAULT_CONFIG, parseMapConfig} from './mapConfig';

describe('parseMapConfig', () => {
  it('reads a complete configuration', () => {
    const config = parseMapConfig({
      title: '清河镇片区地图',
      baseMapUrl: 'https://tiles.example/{z}/{x}/{y}.png',
      baseMapAttribution: '© 示例',
      center: [114.3, 30.6],
      zoom: 13,
    });
    expect(config).toEqual({
      title: '清河镇片区地图',
      baseMapUrl: 'https://tiles.example/{z}/{x}/{y}.png',
      baseMapAttribution: '© 示例',
      center: [114.3, 30.6],
      zoom: 13,
    });
  });

  it('uses the defaults for missing or null keys (no base map)', () => {
    expect(parseMapConfig({})).toEqual(DEFAULT_CONFIG);
    expect(parseMapConfig({title: '  ', baseMapUrl: null, center: null, zoom: null})).toEqual(DEFAULT_CONFIG);
  });

  it('accepts a tile path on this server', () => {
    expect(parseMapConfig({baseMapUrl: '/tiles/base/{z}/{x}/{-y}.png'}).baseMapUrl)
      .toBe('/tiles/base/{z}/{x}/{-y}.png');
  });

  it('rejects a tile URL without placeholders or with another scheme', () => {
    expect(() => parseMapConfig({baseMapUrl: 'https://tiles.example/base.png'})).toThrow(/\{z\}/);
    expect(() => parseMapConfig({baseMapUrl: 'javascript:alert(1)//{z}{x}{y}'})).toThrow(/http/);
    expect(() => parseMapConfig({baseMapUrl: '//cdn.example/{z}/{x}/{y}.png'})).toThrow(/http/);
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

  it('reports problems as config errors', () => {
    expect(() => parseMapConfig([])).toThrow(expect.objectContaining({kind: 'config'}));
  });
});
