import {transverseMercator} from './gaussKruger';

/** Square metres in one 亩 (1/15 公顷). */
export const MU_M2 = 10_000 / 15;

/**
 * Length of a WGS84 line in metres on the CGCS2000 ellipsoid: each segment in a transverse
 * Mercator plane centred on the line's own longitude, where the scale error over a township
 * (tens of km) is below a part in a million.
 */
export function lineLengthM(lonLats: number[][]): number {
  const plane = toLocalPlane(lonLats);
  let total = 0;
  for (let i = 1; i < plane.length; i++) total += Math.hypot(plane[i]![0]! - plane[i - 1]![0]!, plane[i]![1]! - plane[i - 1]![1]!);
  return total;
}

/** Area of a WGS84 ring (closed or not) in square metres, in the same local plane (shoelace). */
export function ringAreaM2(lonLats: number[][]): number {
  const plane = toLocalPlane(lonLats);
  let twice = 0;
  for (let i = 0; i < plane.length; i++) {
    const [x1, y1] = plane[i]!;
    const [x2, y2] = plane[(i + 1) % plane.length]!;
    twice += x1! * y2! - x2! * y1!;
  }
  return Math.abs(twice) / 2;
}

function toLocalPlane(lonLats: number[][]): number[][] {
  if (lonLats.length === 0) return [];
  const lons = lonLats.map((p) => p[0]!);
  const centre = (Math.min(...lons) + Math.max(...lons)) / 2;
  return lonLats.map(([lon, lat]) => transverseMercator(lon!, lat!, centre));
}

/** 米 below a kilometre (one decimal), 公里 from there on (two decimals): 999.96 m reads 1.00 公里, not 1000.0 米. */
export function formatLength(m: number): string {
  return Number(m.toFixed(1)) < 1000 ? `${m.toFixed(1)} 米` : `${(m / 1000).toFixed(2)} 公里`;
}

/** 平方米, 亩 and 公顷 together (planners think in 亩, surveys in 平方米); 平方公里 for large areas. */
export function formatArea(m2: number): string {
  const parts = [`${m2.toFixed(m2 < 100 ? 1 : 0)} 平方米`, `${(m2 / MU_M2).toFixed(2)} 亩`, `${(m2 / 10_000).toFixed(2)} 公顷`];
  if (m2 >= 1_000_000) parts.push(`${(m2 / 1_000_000).toFixed(2)} 平方公里`);
  return parts.join(' / ');
}
