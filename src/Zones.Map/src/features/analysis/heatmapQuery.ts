import {MESSAGES} from '../../i18n/messages';

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

/** 所有未办结案卷 (every open case, whenever reported), or reports of the last 30 / 90 days. */
export type HeatRange = 'open' | '30d' | '90d';

// 所有未办结案卷 first (issue #16 §5): its total is the open-case count the case list and the layer show.
export const DEFAULT_HEAT_FILTERS: HeatFilters = {categoryCodes: [], stages: [], sources: [], range: 'open'};

/** The period a heat map says it counts (GraphQL HeatmapPeriod). */
export interface HeatPeriod {
  kind: 'ALL_OPEN' | 'TOWNSHIP_DEFAULT' | 'CHOSEN';
  from: string | null;
  to: string | null;
  description: string;
}

export const HEATMAP_QUERY = `query ComplaintHeatmap($input: HeatmapInput!) {
  complaintHeatmap(input: $input) {
    total maxCount maxWeight cellSizeM
    period { kind from to description }
    cells { count weight intensity geometry { geojson(decimals: 6) } }
  }
}`;

const DAY_MS = 86_400_000;

/**
 * The `input` of complaintHeatmap for the filters, the view (WGS84 [w, s, e, n]) and
 * the cell size. Empty lists are left out rather than sent as [], which the API
 * would read as "none of them". Dates are whole days back from `now`; 所有未办结案卷 sends allOpen and no date.
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
  // Never no period at all: without allOpen or a date the API falls back to the township's default
  // window (30 days), which a clerk would take for every open case.
  if (filters.range === 'open') input.allOpen = true;
  else input.from = new Date(now.getTime() - (filters.range === '30d' ? 30 : 90) * DAY_MS).toISOString();
  return {input};
}

/** Clamp a view's lon/lat box to the valid range, so a zoomed-out view is not refused. */
export function clampLonLat(bbox: number[]): number[] {
  const [w, s, e, n] = bbox;
  return [Math.max(-180, w), Math.max(-85, s), Math.min(180, e), Math.min(85, n)];
}

/**
 * The line under the heat map saying what it counts: all open cases agree with the case list;
 * a period says that older open cases are left out and how to see them.
 */
export function heatPeriodLine(period: HeatPeriod): string {
  return period.kind === 'ALL_OPEN'
    ? MESSAGES.analysis.heatPeriodAllOpen(period.description)
    : MESSAGES.analysis.heatPeriodSome(period.description);
}
