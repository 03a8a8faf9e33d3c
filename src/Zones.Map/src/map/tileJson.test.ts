import {describe, expect, it} from 'vitest';
import {defaultTileUrl, parseTileJson} from './tileJson';

const page = 'http://127.0.0.1:5101/index.html?x=1';

describe('parseTileJson', () => {
  it('reads tiles, zooms and bounds', () => {
    const info = parseTileJson({tilejson: '3.0.0', tiles: ['http://127.0.0.1:5101/tiles/zones/{z}/{x}/{y}.mvt?v=4'], minzoom: 8, maxzoom: 16, bounds: [119.74, 30.99, 119.87, 31.07]}, 'zones', page);
    expect(info).toEqual({url: 'http://127.0.0.1:5101/tiles/zones/{z}/{x}/{y}.mvt?v=4', minZoom: 8, maxZoom: 16, bounds: [119.74, 30.99, 119.87, 31.07]});
  });

  it('makes a server-relative template absolute without encoding the braces', () => {
    expect(parseTileJson({tiles: ['/tiles/roads/{z}/{x}/{y}.mvt']}, 'roads', page).url).toBe('http://127.0.0.1:5101/tiles/roads/{z}/{x}/{y}.mvt');
  });

  it('falls back to the contract URL and the spec defaults, and ignores world bounds', () => {
    const info = parseTileJson({bounds: [-180, -85.05, 180, 85.05]}, 'gaps', page);
    expect(info).toEqual({url: defaultTileUrl('gaps', page), minZoom: 0, maxZoom: 22, bounds: null});
    expect(info.url).toBe('http://127.0.0.1:5101/tiles/gaps/{z}/{x}/{y}.mvt');
  });

  it('rejects wrong types as format errors naming the document', () => {
    expect(() => parseTileJson({tiles: 'x'}, 'zones', page)).toThrow(expect.objectContaining({kind: 'format', message: expect.stringContaining('/tiles/zones.json')}));
    expect(() => parseTileJson({maxzoom: 14.5}, 'zones', page)).toThrow(/zoom/);
    expect(() => parseTileJson({bounds: [1, 2, 3]}, 'zones', page)).toThrow(/bounds/);
    expect(() => parseTileJson([], 'zones', page)).toThrow(/object/);
  });
});
