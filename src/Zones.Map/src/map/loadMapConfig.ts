import {fetchJson, type FetchLike} from '../ogc/fetchJson';
import {LoadError} from '../ogc/loadError';
import {DEFAULT_CONFIG, type MapConfig, parseMapConfig} from './mapConfig';

/**
 * GET /map-config.json. A server without the file (404) still gets a working map
 * with the defaults (no base map); any other failure is reported, because the
 * layers would fail the same way a moment later.
 */
export async function loadMapConfig(fetchFn: FetchLike, pageUrl: string): Promise<MapConfig> {
  const url = new URL('/map-config.json', pageUrl).href;
  try {
    return parseMapConfig(await fetchJson(url, fetchFn));
  } catch (error) {
    if (error instanceof LoadError && error.kind === 'http' && error.status === 404) {
      console.warn(`${url} not found; using the default map configuration`);
      return DEFAULT_CONFIG;
    }
    throw error;
  }
}
