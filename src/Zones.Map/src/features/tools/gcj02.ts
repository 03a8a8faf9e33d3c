/**
 * GCJ-02 (国测局坐标, the offset system of Gaode / Tencent maps) from WGS84, by the published
 * formula (the same as the server's Spatial/ChinaOffsets.cs). Outside China it is WGS84 itself.
 */

const A = 6378245.0; // Krasovsky 1940: the formula's metre → degree scaling
const EE = 0.00669342162296594323;

export function outOfChina(lon: number, lat: number): boolean {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

export function wgs84ToGcj02(lon: number, lat: number): [number, number] {
  if (outOfChina(lon, lat)) return [lon, lat];
  const radLat = (lat / 180) * Math.PI;
  const magic = 1 - EE * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  const dLat = (shiftLat(lon - 105, lat - 35) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLon = (shiftLon(lon - 105, lat - 35) * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lon + dLon, lat + dLat];
}

/**
 * WGS84 from GCJ-02 by fixed-point iteration on the forward formula (w ← w − (gcj(w) − g)): under 1 mm
 * after 4 steps (MAP-NOTES §5.2), where the one-step inverse is off by up to 4.5 m. For drawing a phone's
 * position; the server converts again with its own code when the point is stored.
 */
export function gcj02ToWgs84(lon: number, lat: number): [number, number] {
  let w: [number, number] = [lon, lat];
  for (let i = 0; i < 6; i++) {
    const [gLon, gLat] = wgs84ToGcj02(w[0], w[1]);
    w = [w[0] - (gLon - lon), w[1] - (gLat - lat)];
  }
  return w;
}

function waves(x: number): number {
  return ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
}

function shiftLat(x: number, y: number): number {
  return -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x)) + waves(x)
    + ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3
    + ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
}

function shiftLon(x: number, y: number): number {
  return 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x)) + waves(x)
    + ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3
    + ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
}
