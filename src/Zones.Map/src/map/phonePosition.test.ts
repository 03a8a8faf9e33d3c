import {describe, expect, it} from 'vitest';
import {wgs84ToGcj02} from '../features/tools/gcj02';
import {phonePositionWgs84} from './phonePosition';

describe('a phone position on the map', () => {
  it('draws a GCJ-02 position at its WGS84 point', () => {
    const [lon, lat] = wgs84ToGcj02(120.123, 30.456);
    const [wLon, wLat] = phonePositionWgs84({lon, lat, crs: 'GCJ02'});
    expect(wLon).toBeCloseTo(120.123, 8);
    expect(wLat).toBeCloseTo(30.456, 8);
  });

  it('draws a WGS84 position where it is', () => {
    expect(phonePositionWgs84({lon: 120.123, lat: 30.456, crs: 'WGS84'})).toEqual([120.123, 30.456]);
  });
});
