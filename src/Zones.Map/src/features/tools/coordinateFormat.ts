import {toGaussKruger} from './gaussKruger';
import {wgs84ToGcj02} from './gcj02';

/** The systems the readout can show, in the order its switch offers them. */
export type CoordinateSystem = 'wgs84' | 'gk' | 'gcj02';

export const SYSTEM_LABELS: Record<CoordinateSystem, string> = {
  wgs84: 'WGS84 经纬度',
  gk: 'CGCS2000 高斯-克吕格 3°带',
  gcj02: 'GCJ-02 经纬度（高德/腾讯）',
};

/** What the readout shows for a point and what a click copies (no labels: ready to paste into a form or a GIS). */
export interface FormattedCoordinate {
  text: string;
  copy: string;
}

/** A WGS84 lon/lat in the chosen system: 6 decimals of a degree (≈ 0.1 m), metres to the centimetre. */
export function formatCoordinate(system: CoordinateSystem, lon: number, lat: number): FormattedCoordinate {
  if (system === 'gk') {
    const {zone, x, y, epsg} = toGaussKruger(lon, lat);
    const crs = `CGCS2000 3°带 第${zone}带${epsg ? `（EPSG:${epsg}）` : ''}`;
    return {text: `${crs}  x ${x.toFixed(2)} m  y ${y.toFixed(2)} m`, copy: `${x.toFixed(2)}, ${y.toFixed(2)}`};
  }
  const [gLon, gLat] = system === 'gcj02' ? wgs84ToGcj02(lon, lat) : [lon, lat];
  const name = system === 'gcj02' ? 'GCJ-02' : 'WGS84';
  return {text: `${name}  经度 ${gLon.toFixed(6)}°  纬度 ${gLat.toFixed(6)}°`, copy: `${gLon.toFixed(6)}, ${gLat.toFixed(6)}`};
}
