import {isKnown, ZONE_LEVEL_LABELS, type ZoneLevel} from '../i18n/enumLabels';

/** How one zone level is drawn; pure data so the legend and the tests share it. */
export interface ZoneLevelStyle {
  stroke: string;
  width: number;
  lineDash?: number[];
  fill: string;
  /** Higher draws on top: the township outline must not be hidden by its areas. */
  zIndex: number;
  /** Labels only below this resolution (m/px), so the map is not buried in village names. */
  labelMaxResolution: number;
}

// Outer levels are thicker and darker; fills stay nearly transparent because
// levels nest (a village lies inside an area inside the township).
export const ZONE_LEVEL_STYLES: Record<ZoneLevel, ZoneLevelStyle> = {
  county: {stroke: '#4c1d95', width: 4, fill: 'rgba(0,0,0,0)', zIndex: 5, labelMaxResolution: Infinity},
  township: {stroke: '#6d28d9', width: 4, fill: 'rgba(0,0,0,0)', zIndex: 4, labelMaxResolution: Infinity},
  area: {stroke: '#1d4ed8', width: 2.5, fill: 'rgba(29,78,216,0.07)', zIndex: 3, labelMaxResolution: 40},
  village: {stroke: '#0f766e', width: 1.5, lineDash: [6, 4], fill: 'rgba(15,118,110,0.05)', zIndex: 2, labelMaxResolution: 12},
  group: {stroke: '#a16207', width: 1, lineDash: [2, 3], fill: 'rgba(0,0,0,0)', zIndex: 1, labelMaxResolution: 4},
};

/** Unknown levels (a newer server) still get an outline, in grey. */
export const UNKNOWN_ZONE_STYLE: ZoneLevelStyle = {
  stroke: '#6b7280', width: 1, fill: 'rgba(0,0,0,0)', zIndex: 0, labelMaxResolution: 4,
};

export function zoneLevelStyle(level: unknown): ZoneLevelStyle {
  return isKnown(ZONE_LEVEL_LABELS, level) ? ZONE_LEVEL_STYLES[level] : UNKNOWN_ZONE_STYLE;
}

/** Whether a zone of `level` shows its name at `resolution` (metres per pixel). */
export function showsZoneLabel(level: unknown, resolution: number): boolean {
  return resolution <= zoneLevelStyle(level).labelMaxResolution;
}
