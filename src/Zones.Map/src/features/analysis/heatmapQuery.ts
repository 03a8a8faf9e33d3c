/** The heat-map filters a planner sets in the analysis panel. */
export interface HeatFilters {
  /** Category codes (e.g. "0102"); empty = every category. */
  categoryCodes: string[];
  /** GraphQL ComplaintStage values; empty = every unresolved stage (the server's default). */
  stages: string[];
  /** GraphQL ComplaintSource values; empty = every source. */
  sources: string[];
  range: HeatRange;
}

export type HeatRange = '30d' | '90d' | 'all';

export const DEFAULT_HEAT_FILTERS: HeatFilters = {categoryCodes: [], stages: [], sources: [], range: '90d'};

export const HEATMAP_QUERY = `query ComplaintHeatmap($input: HeatmapInput!) {
  complaintHeatmap(input: $input) {
    total maxCount maxWeight cellSizeM
    cells { count weight intensity geometry { geojson(decimals: 6) } }
  }
}`;

const DAY_MS = 86_400_000;

/** Earlier than any complaint a township keeps. */
export const ALL_TIME_FROM = '2000-01-01T00:00:00+08:00';

/**
 * The `input` of complaintHeatmap for the filters, the view (WGS84 [w, s, e, n]) and
 * the cell size. Empty lists are left out rather than sent as [], which the API
 * would read as "none of them". Dates are whole days back from `now`; 全部 starts at ALL_TIME_FROM.
 */
export function heatmapVariables(filters: HeatFilters, bbox: number[], cellSizeM: number, now: Date): {input: Record<string, unknown>} {
  const [minLon, minLat, maxLon, maxLat] = bbox.map((n) => Math.round(n * 1e6) / 1e6);
  const input: Record<string, unknown> = {
    bbox: {minLon, minLat, maxLon, maxLat},
    cellSizeM,
    grid: 'SQUARE',
    weight: 'COUNT',
  };
  if (filters.categoryCodes.length) input.categoryCodes = [...filters.categoryCodes];
  if (filters.stages.length) input.stages = [...filters.stages];
  if (filters.sources.length) input.sources = [...filters.sources];
  // 全部 sends an explicit early start: without any date the API falls back to the township's
  // default window (30 days), which would make 全部 the same as 近30天.
  const days = filters.range === '30d' ? 30 : filters.range === '90d' ? 90 : null;
  input.from = days === null ? ALL_TIME_FROM : new Date(now.getTime() - days * DAY_MS).toISOString();
  return {input};
}

/** Clamp a view's lon/lat box to the valid range, so a zoomed-out view is not refused. */
export function clampLonLat(bbox: number[]): number[] {
  const [w, s, e, n] = bbox;
  return [Math.max(-180, w), Math.max(-85, s), Math.min(180, e), Math.min(85, n)];
}
