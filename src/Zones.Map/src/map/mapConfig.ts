import {MESSAGES} from '../i18n/messages';
import {LoadError} from '../ogc/loadError';

/** What GET /map-config.json tells the client, after validation. */
export interface MapConfig {
  title: string;
  /** XYZ template, or null for no base map: offline townships get a plain background. */
  baseMapUrl: string | null;
  baseMapAttribution: string | null;
  /** [lon, lat] in EPSG:4326: the view before the zones arrive (then we fit to them). */
  center: [number, number] | null;
  zoom: number | null;
}

export const DEFAULT_CONFIG: MapConfig = {
  title: MESSAGES.defaultTitle,
  baseMapUrl: null,
  baseMapAttribution: null,
  center: null,
  zoom: null,
};

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
  return {
    title: parseTitle(raw.title),
    baseMapUrl: parseBaseMapUrl(raw.baseMapUrl),
    baseMapAttribution: optionalString(raw.baseMapAttribution, 'baseMapAttribution'),
    center: parseCenter(raw.center),
    zoom: parseZoom(raw.zoom),
  };
}

function parseTitle(value: unknown): string {
  const title = optionalString(value, 'title')?.trim();
  return title ? title : DEFAULT_CONFIG.title;
}

function parseBaseMapUrl(value: unknown): string | null {
  const url = optionalString(value, 'baseMapUrl')?.trim();
  if (!url) return null;
  // Absolute http(s), or a path on this server (/tiles/… served by ASP.NET).
  if (!/^(https?:\/\/[^/]|\/[^/])/.test(url)) {
    throw invalid(`baseMapUrl must start with http://, https:// or /: ${url}`);
  }
  if (!url.includes('{z}') || !url.includes('{x}') || !(url.includes('{y}') || url.includes('{-y}'))) {
    throw invalid(`baseMapUrl must contain {z}, {x} and {y}: ${url}`);
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

function invalid(detail: string): LoadError {
  return new LoadError('config', `/map-config.json: ${detail}`, '/map-config.json');
}
