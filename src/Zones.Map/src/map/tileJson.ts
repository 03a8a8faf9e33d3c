import {LoadError} from '../ogc/loadError';

/** What the map uses of a TileJSON 3.0 document (GET /tiles/{layer}.json). */
export interface TileSetInfo {
  /** Absolute tile URL template with {z}/{x}/{y}. */
  url: string;
  minZoom: number;
  /** Deepest level the server makes; the map over-zooms beyond it. */
  maxZoom: number;
  /** [west, south, east, north] in degrees, or null when the set is empty or world-wide. */
  bounds: [number, number, number, number] | null;
}

/** The default tile URL of a set, when the TileJSON lists no `tiles`. */
export function defaultTileUrl(name: string, pageUrl: string): string {
  // Built by hand: URL() would percent-encode the braces of the template.
  return `${new URL('/tiles/', pageUrl).href}${name}/{z}/{x}/{y}.mvt`;
}

/**
 * Read a TileJSON document, forgiving missing optional keys (defaults of the spec:
 * zoom 0..30, world bounds) but rejecting wrong types, which would otherwise show up
 * as a blank layer without a word.
 */
export function parseTileJson(body: unknown, name: string, pageUrl: string): TileSetInfo {
  const where = `/tiles/${name}.json`;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new LoadError('format', `${where}: not a JSON object`, where);
  }
  const raw = body as Record<string, unknown>;
  const tiles = raw.tiles;
  if (tiles !== undefined && (!Array.isArray(tiles) || tiles.length === 0 || typeof tiles[0] !== 'string')) {
    throw new LoadError('format', `${where}: "tiles" must be a non-empty array of URL templates`, where);
  }
  const url = Array.isArray(tiles) ? absolute(tiles[0] as string, pageUrl) : defaultTileUrl(name, pageUrl);
  return {
    url,
    minZoom: zoom(raw.minzoom, 0, where),
    maxZoom: zoom(raw.maxzoom, 22, where),
    bounds: bounds(raw.bounds, where),
  };
}

function absolute(template: string, pageUrl: string): string {
  if (/^https?:\/\//.test(template)) return template;
  return new URL('/', pageUrl).href.replace(/\/$/, '') + (template.startsWith('/') ? template : `/${template}`);
}

function zoom(value: unknown, fallback: number, where: string): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 30) {
    throw new LoadError('format', `${where}: zoom ${String(value)} is not an integer in 0..30`, where);
  }
  return value;
}

function bounds(value: unknown, where: string): TileSetInfo['bounds'] {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value) || value.length !== 4 || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    throw new LoadError('format', `${where}: "bounds" must be [west, south, east, north]`, where);
  }
  const [w, s, e, n] = value as [number, number, number, number];
  // The spec's default (the whole world) says nothing about where the data is.
  if (w <= -180 && s <= -85 && e >= 180 && n >= 85) return null;
  if (w > e || s > n) return null;
  return [w, s, e, n];
}
