import {gcj02ToWgs84} from '../features/tools/gcj02';

/** The datums a phone browser's position may come in (see the server's MapOptions.PhonePositionCrs). */
export type PhoneCrs = 'GCJ02' | 'WGS84';

/**
 * Where the phone is, as the browser gave it, with the datum it is in. The point goes to the server
 * unconverted, with its `crs` (the product rule: the server converts and keeps what was sent); the
 * resident page and the cadre's field view both locate through here, so one setting decides for both.
 */
export interface PhonePosition {
  lon: number;
  lat: number;
  crs: PhoneCrs;
}

/** Locates the phone; rejects with a sentence a clerk or a resident understands. */
export function locatePhone(crs: PhoneCrs, timeoutMs = 15_000): Promise<PhonePosition> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject(new Error('此浏览器不能定位，请在地图上找到您的位置。'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({lon: p.coords.longitude, lat: p.coords.latitude, crs}),
      (e) => reject(new Error(e.code === e.PERMISSION_DENIED
        ? '没有定位权限：请在浏览器设置中允许本网站使用位置信息后重试。'
        : '暂时无法定位（信号弱或超时），请到开阔处再试。')),
      {enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 30_000},
    );
  });
}

/** The position in WGS84, for drawing it on the map (whose data and base maps are WGS84/CGCS2000). */
export function phonePositionWgs84(p: PhonePosition): [number, number] {
  return p.crs === 'GCJ02' ? gcj02ToWgs84(p.lon, p.lat) : [p.lon, p.lat];
}
