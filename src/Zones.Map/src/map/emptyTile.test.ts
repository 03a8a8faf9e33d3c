import MVT from 'ol/format/MVT';
import {describe, expect, it} from 'vitest';

// What /tiles and /ogc/…/tiles answer where a layer has nothing (issue #16 §4, server EmptyMvt.cs):
// one layer "zones" (version 2, extent 4096) without features — the bytes of /tiles/zones/14/0/0.mvt.
const emptyZonesTile = Uint8Array.from([0x1a, 0x0c, 0x78, 0x02, 0x0a, 0x05, 0x7a, 0x6f, 0x6e, 0x65, 0x73, 0x28, 0x80, 0x20]).buffer;

// The options OpenLayers' VectorTile passes for a z14 tile (tile extent in tile units, map in EPSG:3857).
const options = {extent: [0, 0, 4096, 4096], featureProjection: 'EPSG:3857'};

describe('an empty tile in OpenLayers MVT format', () => {
  it('reads as no feature, without an error, whether the map asks for its layer or for all', () => {
    expect(new MVT().readFeatures(emptyZonesTile, options)).toEqual([]);
    expect(new MVT({layers: ['zones']}).readFeatures(emptyZonesTile, options)).toEqual([]);
  });

  it('reads the old zero-byte body as no feature too, so the format accepts both answers', () => {
    expect(new MVT().readFeatures(new ArrayBuffer(0), options)).toEqual([]);
  });
});
