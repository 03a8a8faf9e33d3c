/**
 * CGCS2000 3° Gauss–Krüger (EPSG:4513–4533: zones 25–45, the zone number before the easting) from
 * WGS84 lon/lat, by Krüger's series to n⁶ (Karney 2011, "Transverse Mercator with an accuracy of a
 * few nanometres"): within a 3° zone it agrees with PROJ's tmerc (what PostGIS ST_Transform runs)
 * to well under a millimetre. Written out here instead of bundling proj4 (not in the lock file):
 * one projection does not need a projection library in the first page load.
 * WGS84 and CGCS2000 differ by centimetres at most (the same realisation class, ITRF-based), the
 * ellipsoids by 0.1 mm in the semi-minor axis; the storage treats them as one (DESIGN.md).
 */

const A = 6378137;
const F = 1 / 298.257222101; // CGCS2000 (GRS 80's flattening)
const N = F / (2 - F);
const E = Math.sqrt(F * (2 - F));
const RECTIFYING = (A / (1 + N)) * (1 + N ** 2 / 4 + N ** 4 / 64 + N ** 6 / 256);
const ALPHA = [
  N / 2 - (2 * N ** 2) / 3 + (5 * N ** 3) / 16 + (41 * N ** 4) / 180 - (127 * N ** 5) / 288 + (7891 * N ** 6) / 37800,
  (13 * N ** 2) / 48 - (3 * N ** 3) / 5 + (557 * N ** 4) / 1440 + (281 * N ** 5) / 630 - (1983433 * N ** 6) / 1935360,
  (61 * N ** 3) / 240 - (103 * N ** 4) / 140 + (15061 * N ** 5) / 26880 + (167603 * N ** 6) / 181440,
  (49561 * N ** 4) / 161280 - (179 * N ** 5) / 168 + (6601661 * N ** 6) / 7257600,
  (34729 * N ** 5) / 80640 - (3418889 * N ** 6) / 1995840,
  (212378941 * N ** 6) / 319334400,
];

export interface GaussKruger {
  /** 3° zone number: central meridian = 3 × zone (zone 40 → 120°E). */
  zone: number;
  /** Northing in metres (测量坐标 x). */
  x: number;
  /** Easting in metres with the zone number in front (测量坐标 y), e.g. 40 512 345.67. */
  y: number;
  /** The EPSG code of that zone's CRS (4513 + zone − 25), for China's zones 25–45; null outside them. */
  epsg: number | null;
}

/** The 3° zone whose central meridian is nearest to the longitude. */
export function zoneOf(lon: number): number {
  return Math.round(lon / 3);
}

/** Projects a WGS84 lon/lat into the 3° Gauss–Krüger zone of its longitude. */
export function toGaussKruger(lon: number, lat: number, zone = zoneOf(lon)): GaussKruger {
  const [easting, northing] = transverseMercator(lon, lat, 3 * zone);
  return {
    zone,
    x: northing,
    y: zone * 1_000_000 + 500_000 + easting,
    epsg: zone >= 25 && zone <= 45 ? 4513 + zone - 25 : null,
  };
}

/**
 * Transverse Mercator on the CGCS2000 ellipsoid (scale 1 on the central meridian, no false
 * easting): [easting, northing] in metres. With the central meridian through a township, lengths
 * and areas in this plane are ellipsoidal ones to a part in a million (the measure tool uses it).
 */
export function transverseMercator(lon: number, lat: number, centralMeridian: number): [number, number] {
  const phi = (lat * Math.PI) / 180;
  const lambda = ((lon - centralMeridian) * Math.PI) / 180;
  const sinPhi = Math.sin(phi);
  // tan of the conformal latitude
  const t = Math.sinh(Math.atanh(sinPhi) - E * Math.atanh(E * sinPhi));
  const xi0 = Math.atan2(t, Math.cos(lambda));
  const eta0 = Math.atanh(Math.sin(lambda) / Math.sqrt(1 + t * t));
  let xi = xi0;
  let eta = eta0;
  ALPHA.forEach((alpha, i) => {
    const j = 2 * (i + 1);
    xi += alpha * Math.sin(j * xi0) * Math.cosh(j * eta0);
    eta += alpha * Math.cos(j * xi0) * Math.sinh(j * eta0);
  });
  return [RECTIFYING * eta, RECTIFYING * xi];
}
