import type {TableLayer} from './tableColumns';

/** A feature as the table reads it: tile pieces of one road share its id. */
export interface FeatureRecord {
  id: string | number | undefined;
  props: Record<string, unknown>;
  /** [minX, minY, maxX, maxY] in the view's projection, for zoom-to. */
  extent: number[] | null;
}

export interface TableRow {
  id: string;
  cells: string[];
  extent: number[] | null;
}

/**
 * One row per feature id, in the order met: a road or zone that crosses tile edges comes in
 * pieces, which become one row whose extent covers them all. Features without an id (cluster
 * cells, labels) are no rows.
 */
export function rowsOf(layer: TableLayer, features: Iterable<FeatureRecord>): TableRow[] {
  const rows = new Map<string, TableRow>();
  for (const f of features) {
    if (f.id === undefined || f.id === null || f.id === '') continue;
    const id = String(f.id);
    const row = rows.get(id);
    if (row) {
      row.extent = union(row.extent, f.extent);
      continue;
    }
    rows.set(id, {id, cells: layer.columns.map((c) => c.value(f.props)), extent: f.extent ? [...f.extent] : null});
  }
  return [...rows.values()];
}

function union(a: number[] | null, b: number[] | null): number[] | null {
  if (!a || !b) return a ?? (b ? [...b] : null);
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

const collator = new Intl.Collator('zh-CN', {numeric: true, sensitivity: 'base'});

/**
 * Rows sorted by column `index`: Chinese collation with digit runs by value (codes), or as
 * decimal numbers for a `numeric` column (lengths); empty cells last either way.
 */
export function sortRows(rows: readonly TableRow[], index: number, descending: boolean, numeric = false): TableRow[] {
  return [...rows].sort((a, b) => {
    const x = a.cells[index] ?? '';
    const y = b.cells[index] ?? '';
    if (!x || !y) return x === y ? 0 : x ? -1 : 1;
    const order = numeric ? Number(x) - Number(y) : collator.compare(x, y);
    return descending ? -order : order;
  });
}

/** Rows in which every word of `query` occurs in some cell (case-insensitive); all rows for an empty query. */
export function filterRows(rows: readonly TableRow[], query: string): TableRow[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...rows];
  return rows.filter((r) => {
    const line = r.cells.join('\u0000').toLowerCase();
    return words.every((w) => line.includes(w));
  });
}
