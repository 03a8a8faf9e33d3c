import {MESSAGES} from '../i18n/messages';
import {LoadError} from '../ogc/loadError';
import type {PhoneCrs} from './phonePosition';

/** One switchable base map: XYZ layers drawn bottom first (e.g. 天地图 vec_w, then cva_w annotation). */
export interface BaseMapSpec {
  id: string;
  name: string;
  urls: string[];
  attribution: string | null;
  /** Deepest zoom with tiles; OL enlarges them beyond it. */
  maxZoom: number;
}

/** What GET /map-config.json tells the client, after validation. */
export interface MapConfig {
  title: string;
  /** Offered in the switcher; empty when the server configures none (offline townships). */
  baseMaps: BaseMapSpec[];
  /** Id of the base map shown at start, or null for the plain background. */
  defaultBaseMap: string | null;
  /** [lon, lat] in EPSG:4326: the view before the zones arrive (then we fit to them). */
  center: [number, number] | null;
  zoom: number | null;
  /** The datum a phone browser's position is in (server setting Zones:Map:PhonePositionCrs). */
  phonePositionCrs: PhoneCrs;
}

export const DEFAULT_CONFIG: MapConfig = {
  title: MESSAGES.defaultTitle,
  baseMaps: [],
  defaultBaseMap: null,
  center: null,
  zoom: null,
  phonePositionCrs: 'GCJ02',
};

/** Id and name given to the single base map of the older `baseMapUrl` key. */
const LEGACY_ID = 'custom';
const LEGACY_NAME = '在线底图';

/**
 * Validate the server's map configuration. Missing keys take their defaults;
 * present keys with wrong values are rejected, because a typo in a tile URL
 * should show up as a clear error, not as a silently blank base map.
 */
export function parseMapConfig(body: unknown): MapConfig {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalid('the document is not a JSON object');
  }
  const raw = body as Record<string, unknown>;
  const baseMaps = parseBaseMaps(raw);
  return {
    title: parseTitle(raw.title),
    baseMaps,
    defaultBaseMap: parseDefault(raw.defaultBaseMap, baseMaps),
    center: parseCenter(raw.center),
    zoom: parseZoom(raw.zoom),
    phonePositionCrs: parsePhoneCrs(raw.phonePositionCrs),
  };
}

function parseTitle(value: unknown): string {
  const title = optionalString(value, 'title')?.trim();
  return title ? title : DEFAULT_CONFIG.title;
}

/** `baseMaps` when present; otherwise the one map of the older `baseMapUrl`, if any. */
function parseBaseMaps(raw: Record<string, unknown>): BaseMapSpec[] {
  if (raw.baseMaps !== undefined && raw.baseMaps !== null) {
    if (!Array.isArray(raw.baseMaps)) throw invalid('baseMaps must be a list');
    const maps = raw.baseMaps.map((m, i) => parseBaseMap(m, `baseMaps[${i}]`));
    const ids = new Set(maps.map((m) => m.id));
    if (ids.size !== maps.length) throw invalid('baseMaps ids must differ');
    return maps;
  }
  const url = parseTileUrl(raw.baseMapUrl, 'baseMapUrl');
  if (url === null) return [];
  const attribution = optionalString(raw.baseMapAttribution, 'baseMapAttribution');
  return [{id: LEGACY_ID, name: LEGACY_NAME, urls: [url], attribution, maxZoom: 18}];
}

function parseBaseMap(value: unknown, key: string): BaseMapSpec {
  if (typeof value !== 'object' || value === null) throw invalid(`${key} must be an object`);
  const m = value as Record<string, unknown>;
  const id = optionalString(m.id, `${key}.id`)?.trim();
  const name = optionalString(m.name, `${key}.name`)?.trim();
  if (!id || id === 'none') throw invalid(`${key}.id is missing`);
  if (!name) throw invalid(`${key}.name is missing`);
  if (!Array.isArray(m.urls) || m.urls.length === 0) throw invalid(`${key}.urls must list at least one tile URL`);
  const urls = m.urls.map((u, i) => parseTileUrl(u, `${key}.urls[${i}]`) ?? fail(`${key}.urls[${i}] is empty`));
  const maxZoom = m.maxZoom ?? 18;
  if (typeof maxZoom !== 'number' || !Number.isInteger(maxZoom) || maxZoom < 1 || maxZoom > 24) {
    throw invalid(`${key}.maxZoom must be a whole number in 1..24`);
  }
  return {id, name, urls, attribution: optionalString(m.attribution, `${key}.attribution`), maxZoom};
}

function parseDefault(value: unknown, maps: BaseMapSpec[]): string | null {
  // Absent: the first map (configuring one is enough to see it); null or "none": no base map.
  if (value === undefined) return maps[0]?.id ?? null;
  const id = optionalString(value, 'defaultBaseMap');
  if (id === null || id === 'none') return null;
  if (!maps.some((m) => m.id === id)) throw invalid(`defaultBaseMap "${id}" is not one of baseMaps`);
  return id;
}

function parseTileUrl(value: unknown, key: string): string | null {
  const url = optionalString(value, key)?.trim();
  if (!url) return null;
  // Absolute http(s), or a path on this server (/tiles/… served by ASP.NET).
  if (!/^(https?:\/\/[^/]|\/[^/])/.test(url)) {
    throw invalid(`${key} must start with http://, https:// or /: ${url}`);
  }
  if (!url.includes('{z}') || !url.includes('{x}') || !(url.includes('{y}') || url.includes('{-y}'))) {
    throw invalid(`${key} must contain {z}, {x} and {y}: ${url}`);
  }
  return url;
}

function parseCenter(value: unknown): [number, number] | null {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    throw invalid('center must be [lon, lat] or null');
  }
  const [lon, lat] = value as [number, number];
  // The view is Web Mercator, which ends at ±85.05° latitude.
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85.05) {
    throw invalid(`center is not [lon, lat] in degrees: [${lon}, ${lat}]`);
  }
  return [lon, lat];
}

function parsePhoneCrs(value: unknown): PhoneCrs {
  if (value === null || value === undefined) return DEFAULT_CONFIG.phonePositionCrs;
  if (value !== 'GCJ02' && value !== 'WGS84') throw invalid(`phonePositionCrs must be GCJ02 or WGS84: ${String(value)}`);
  return value;
}

function parseZoom(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 24) {
    throw invalid('zoom must be a number in 0..24 or null');
  }
  return value;
}

function optionalString(value: unknown, key: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw invalid(`${key} must be a string or null`);
  return value;
}

function fail(detail: string): never {
  throw invalid(detail);
}

function invalid(detail: string): LoadError {
  return new LoadError('config', `/map-config.json: ${detail}`, '/map-config.json');
}
