import {describe, expect, it} from 'vitest';
import {wgs84ToGcj02} from './gcj02';

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
});
