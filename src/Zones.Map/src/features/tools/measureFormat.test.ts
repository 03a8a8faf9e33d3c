import {describe, expect, it} from 'vitest';
import {formatArea, formatLength, lineLengthM, MU_M2, ringAreaM2} from './measureFormat';

describe('measure', () => {
  it('measures a line as PostGIS geography does, to the centimetre', () => {
    // ST_Distance('POINT(119.8 31.03)'::geography, ST_MakePoint(119.8, 31.03 + 1000 / 110863.4)::geography) = 1000.06005 m
    const m = lineLengthM([[119.8, 31.03], [119.8, 31.03 + 1000 / 110_863.4]]);
    expect(Math.abs(m - 1000.06005)).toBeLessThan(0.01);
  });

  it('measures an area as PostGIS geography does, to a part in ten thousand', () => {
    // ST_Area(ST_MakeEnvelope(119.8, 31.03, 119.801, 31.031, 4326)::geography) = 10585.18 m²
    const a = ringAreaM2([[119.8, 31.03], [119.801, 31.03], [119.801, 31.031], [119.8, 31.031]]);
    expect(Math.abs(a - 10585.18) / 10585.18).toBeLessThan(1e-4);
  });

  it('measures a 100 m × 100 m square as one hectare and 15 亩', () => {
    const dLat = 100 / 110_863.4;
    const dLon = 100 / (111_412.84 * Math.cos((31.03 * Math.PI) / 180) - 93.5 * Math.cos((3 * 31.03 * Math.PI) / 180));
    const a = ringAreaM2([[119.8, 31.03], [119.8 + dLon, 31.03], [119.8 + dLon, 31.03 + dLat], [119.8, 31.03 + dLat]]);
    expect(a / 10_000).toBeCloseTo(1, 2);
    expect(a / MU_M2).toBeCloseTo(15, 1);
  });

  it('says 米 below a kilometre and 公里 above; areas in 平方米, 亩 and 公顷', () => {
    expect(formatLength(523.46)).toBe('523.5 米');
    expect(formatLength(1000.4)).toBe('1.00 公里');
    expect(formatLength(999.96)).toBe('1.00 公里');
    expect(formatArea(10_000)).toBe('10000 平方米 / 15.00 亩 / 1.00 公顷');
  });
});
