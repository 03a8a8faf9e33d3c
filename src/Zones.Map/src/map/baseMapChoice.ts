import type {MapConfig} from './mapConfig';

/** localStorage key of the clerk's last choice, so a reload keeps their base map. */
export const BASE_MAP_STORAGE_KEY = 'zones.baseMap';
/** What is stored for "无底图". */
export const NO_BASE_MAP = 'none';

/**
 * The base map to show at start: the clerk's stored choice when it is still configured
 * (including "none"), otherwise the server's default.
 */
export function initialBaseMap(config: MapConfig, stored: string | null): string | null {
  if (stored === NO_BASE_MAP) return null;
  if (stored !== null && config.baseMaps.some((m) => m.id === stored)) return stored;
  return config.defaultBaseMap;
}
