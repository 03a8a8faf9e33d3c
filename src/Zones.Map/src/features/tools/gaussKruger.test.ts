import {describe, expect, it} from 'vitest';
import {toGaussKruger, zoneOf} from './gaussKruger';

// Reference values: PostGIS 3.3 / PROJ, ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4490), 4513 + zone − 25).
const POSTGIS: [lon: number, lat: number, zone: number, x: number, y: number][] = [
  [119.8, 31.03, 40, 3434317.5947, 40480905.1115],
  [120.6, 30.9, 40, 3420041.7089, 40557362.7664],
  [116.404, 39.915, 39, 4420261.22, 39449042.0474],
  [87.6168, 43.8256, 29, 4854629.6266, 29549615.9011],
  [109.5119, 18.2528, 36, 2019623.2016, 36659903.0547],
  [126.5349, 45.8038, 42, 5074417.5746, 42541581.3105],
];

describe('CGCS2000 3° Gauss–Krüger', () => {
  it.each(POSTGIS)('agrees with PostGIS within a millimetre at %f, %f (zone %i)', (lon, lat, zone, x, y) => {
    const gk = toGaussKruger(lon, lat, zone);
    expect(Math.abs(gk.x - x)).toBeLessThan(0.001);
    expect(Math.abs(gk.y - y)).toBeLessThan(0.001);
  });

  it('takes the zone from the longitude, anywhere in China, with its EPSG code', () => {
    expect(zoneOf(119.8)).toBe(40);
    expect(zoneOf(73.6)).toBe(25);
    expect(zoneOf(134.7)).toBe(45);
    expect(toGaussKruger(119.8, 31.03).epsg).toBe(4528);
    expect(toGaussKruger(87.6, 43.8).epsg).toBe(4517);
  });
});
