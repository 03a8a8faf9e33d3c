import {describe, expect, it} from 'vitest';
import {gcj02ToWgs84, wgs84ToGcj02} from './gcj02';

describe('GCJ-02', () => {
  it('reproduces the published reference pair', () => {
    // wandergis/coordtransform README (also the server's ChinaOffsetsTests).
    const [lon, lat] = wgs84ToGcj02(116.404, 39.915);
    expect(lon).toBeCloseTo(116.41024449916938, 12);
    expect(lat).toBeCloseTo(39.91640428150164, 12);
  });

  it('leaves points outside China unchanged', () => {
    expect(wgs84ToGcj02(2.35, 48.85)).toEqual([2.35, 48.85]);
  });

  it('inverts the forward formula to well under a millimetre', () => {
    for (const [lon, lat] of [[116.404, 39.915], [120.7, 30.2], [87.6, 43.8], [113.3, 23.1]]) {
      const [wLon, wLat] = gcj02ToWgs84(...wgs84ToGcj02(lon, lat));
      // 1e-8° is about 1 mm.
      expect(Math.abs(wLon - lon)).toBeLessThan(1e-8);
      expect(Math.abs(wLat - lat)).toBeLessThan(1e-8);
    }
  });
});
