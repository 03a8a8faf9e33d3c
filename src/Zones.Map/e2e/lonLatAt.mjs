// Where a page pixel is on the earth, and metres between lon/lats: for tests that compare a
// drop on the map with what the server saved.

const R = 6378137;

/** Metres between two lon/lats, in a local plane (fine over a few hundred metres). */
export function metres(p, q) {
  const k = Math.cos((p[1] * Math.PI) / 180) * 111_320;
  return Math.hypot((p[0] - q[0]) * k, (p[1] - q[1]) * 110_540);
}

/**
 * The lon/lat under a page pixel: the map is Web Mercator, so two known points give the
 * pixel → metre scale and the inverse Mercator gives the degrees (exact, not a local plane).
 */
export async function lonLatAt(page, [px, py]) {
  const box = await page.locator('#map').boundingBox();
  const merc = ([lon, lat]) => [(lon * Math.PI * R) / 180, R * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))];
  const a = [119.8, 31.0];
  const b = [119.85, 31.05];
  const [pa, pb] = await Promise.all([a, b].map((p) => page.evaluate(([x, y]) => window.__zones.pixelOf(x, y), p)));
  const [ma, mb] = [merc(a), merc(b)];
  const mx = ma[0] + ((px - box.x - pa[0]) * (mb[0] - ma[0])) / (pb[0] - pa[0]);
  const my = ma[1] + ((py - box.y - pa[1]) * (mb[1] - ma[1])) / (pb[1] - pa[1]);
  return [(mx / R) * (180 / Math.PI), (2 * Math.atan(Math.exp(my / R)) - Math.PI / 2) * (180 / Math.PI)];
}
