import {labelOf} from '../../i18n/enumLabels';

const SHANGHAI = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/**
 * "2026-11-20 09:00" in Beijing time, whatever the PC's time zone: the clerk compares
 * it with dates on paper forms. Empty for a missing value.
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = Object.fromEntries(SHANGHAI.formatToParts(date).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** The Chinese label of a GraphQL enum value (UPPER_SNAKE) from a table keyed by wire values. */
export function enumLabel(table: Readonly<Record<string, string>>, value: string | null | undefined): string {
  return labelOf(table, value ? value.toLowerCase() : value);
}

/** [lon, lat] of a GeoJSON Point, or [null, null]. */
export function pointLonLat(geojson: unknown): [number | null, number | null] {
  const g = geojson as {type?: string; coordinates?: unknown} | null;
  if (g?.type === 'Point' && Array.isArray(g.coordinates) && g.coordinates.length >= 2) {
    return [g.coordinates[0] as number, g.coordinates[1] as number];
  }
  return [null, null];
}
