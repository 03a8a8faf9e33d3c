import {describe, expect, it} from 'vitest';
import {initialBaseMap} from './baseMapChoice';
import {DEFAULT_CONFIG, type MapConfig} from './mapConfig';

const config: MapConfig = {
  ...DEFAULT_CONFIG,
  baseMaps: [
    {id: 'tianditu-vec', name: '天地图矢量', urls: ['https://t0.example/{z}/{x}/{y}'], attribution: null, maxZoom: 18},
    {id: 'osm', name: 'OSM', urls: ['https://osm.example/{z}/{x}/{y}'], attribution: null, maxZoom: 19},
  ],
  defaultBaseMap: 'tianditu-vec',
};

describe('initialBaseMap', () => {
  it("keeps the clerk's stored choice while it is configured", () => {
    expect(initialBaseMap(config, 'osm')).toBe('osm');
    expect(initialBaseMap(config, 'none')).toBeNull();
  });

  it("falls back to the server's default when nothing or a removed map is stored", () => {
    expect(initialBaseMap(config, null)).toBe('tianditu-vec');
    expect(initialBaseMap(config, 'bing')).toBe('tianditu-vec');
    expect(initialBaseMap(DEFAULT_CONFIG, 'osm')).toBeNull();
  });
});
