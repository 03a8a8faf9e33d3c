/** Where the phone is, as [lon, lat] in WGS84 (the Geolocation API's datum); rejects with a clerk's sentence. */
export function geolocate(timeoutMs = 15_000): Promise<[number, number]> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject(new Error('此浏览器不能定位，请在地图上找到您的位置。'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => resolve([p.coords.longitude, p.coords.latitude]),
      (e) => reject(new Error(e.code === e.PERMISSION_DENIED
        ? '没有定位权限：请在浏览器设置中允许本网站使用位置信息后重试。'
        : '暂时无法定位（信号弱或超时），请到开阔处再试。')),
      {enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 30_000},
    );
  });
}
