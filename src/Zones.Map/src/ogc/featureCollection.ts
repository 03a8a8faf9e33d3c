import {LoadError} from './loadError';

/** One GeoJSON feature as the server sends it (EPSG:4326, `id` = database id). */
export interface GeoJsonFeature {
  type: 'Feature';
  id?: string | number;
  geometry: unknown;
  properties: Record<string, unknown> | null;
}

export interface OgcLink {
  href: string;
  rel?: string;
  type?: string;
}

/** An OGC API – Features items page: a GeoJSON FeatureCollection plus paging members. */
export interface ItemsPage {
  features: GeoJsonFeature[];
  numberMatched?: number;
  numberReturned?: number;
  links: OgcLink[];
}

/**
 * Check the parts of a page the client relies on. Geometry is left to the OL
 * GeoJSON reader; a page without `features` or with non-Feature members is a
 * contract break we report instead of drawing half a map.
 */
export function readItemsPage(body: unknown, url: string): ItemsPage {
  if (!isObject(body) || body.type !== 'FeatureCollection' || !Array.isArray(body.features)) {
    throw new LoadError('format', `GET ${url}: not a GeoJSON FeatureCollection`, url);
  }
  const features = body.features as unknown[];
  const bad = features.findIndex((f) => !isObject(f) || f.type !== 'Feature');
  if (bad >= 0) {
    throw new LoadError('format', `GET ${url}: features[${bad}] is not a GeoJSON Feature`, url);
  }
  return {
    features: features as GeoJsonFeature[],
    numberMatched: optionalCount(body.numberMatched),
    numberReturned: optionalCount(body.numberReturned),
    links: Array.isArray(body.links) ? body.links.filter(isLink) : [],
  };
}

/** The `rel="next"` link of a page, if the server says there are more pages. */
export function nextLink(page: ItemsPage): OgcLink | undefined {
  return page.links.find((link) => link.rel === 'next');
}

function optionalCount(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

function isLink(value: unknown): value is OgcLink {
  return isObject(value) && typeof value.href === 'string' && value.href !== '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
