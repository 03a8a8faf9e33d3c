/** The OGC collections this client shows, in drawing order (bottom first). */
export const COLLECTION_IDS = ['zones', 'roads', 'assets', 'complaints'] as const;
export type CollectionId = (typeof COLLECTION_IDS)[number];

/** OGC API – Features lets a server cap `limit`; ours caps it at 10000. */
export const MAX_LIMIT = 10_000;

/** [minLon, minLat, maxLon, maxLat] in EPSG:4326 (CRS84 axis order, as `bbox` expects). */
export type LonLatBox = readonly [number, number, number, number];

export interface ItemsQuery {
  limit: number;
  bbox?: LonLatBox;
}

/**
 * The absolute URL of `/ogc/collections/{id}/items` relative to `base` (the page URL
 * in the browser). The bbox is written with literal commas, as in the OGC examples,
 * rather than URLSearchParams' %2C, which some servers do not split.
 */
export function buildItemsUrl(base: string | URL, collection: string, query: ItemsQuery): string {
  if (!/^[A-Za-z0-9_-]+$/.test(collection)) {
    throw new RangeError(`invalid collection id: ${JSON.stringify(collection)}`);
  }
  if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > MAX_LIMIT) {
    throw new RangeError(`limit must be an integer in 1..${MAX_LIMIT}, got ${query.limit}`);
  }
  const url = new URL(`/ogc/collections/${collection}/items`, base);
  let search = `limit=${query.limit}`;
  if (query.bbox) search += `&bbox=${formatBox(query.bbox)}`;
  url.search = search;
  return url.href;
}

function formatBox(box: LonLatBox): string {
  const [minLon, minLat, maxLon, maxLat] = box;
  if (!box.every(Number.isFinite) || minLon > maxLon || minLat > maxLat) {
    throw new RangeError(`invalid bbox: ${box.join(',')}`);
  }
  if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) {
    throw new RangeError(`bbox is not in lon/lat degrees: ${box.join(',')}`);
  }
  // Round to ~1 cm so transformed view extents do not produce 17-digit noise.
  return box.map((n) => String(Number(n.toFixed(7)))).join(',');
}
