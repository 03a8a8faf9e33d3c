// Reads PostgreSQL csvlog files (log_destination = csvlog) into the statements one role ran,
// with their bound parameters substituted, so psql can run exactly the SQL the server ran.
import {readFileSync} from 'node:fs';

// PostgreSQL 15 csvlog columns we use (0-based): see "Using CSV-Format Log Output" in the manual.
const USER = 1, MESSAGE = 13, DETAIL = 14;

/** RFC 4180 rows (quoted fields may hold commas, quotes and newlines). */
export function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** `$1 = '…', $2 = NULL` → Map(1 → "'…'", 2 → "NULL") (values stay SQL literals, quotes doubled). */
export function parseParameters(detail) {
  const values = new Map();
  const re = /\$(\d+) = (NULL|'(?:[^']|'')*')/g;
  for (let m; (m = re.exec(detail ?? '')); ) values.set(Number(m[1]), m[2]);
  return values;
}

/**
 * The SQL with every $n replaced by its literal. The log has no parameter types, and an untyped
 * literal is text where the server had a number (CASE … THEN '3' ELSE '3.5' END * '8' fails), so
 * numbers with a fraction are cast to numeric. Whole numbers stay untyped, as PostgreSQL then types
 * them from where they stand (ST_TileEnvelope(z int, …) has no numeric version), and so do codes
 * that look like numbers (division codes, 0102 category codes).
 */
export function bind(sql, values) {
  return sql.replace(/\$(\d+)\b/g, (whole, n) => (values.has(Number(n)) ? typed(values.get(Number(n))) : whole));
}

function typed(literal) {
  return /^'-?\d+(\.\d+([eE][-+]?\d+)?|[eE][-+]?\d+)'$/.test(literal) ? `${literal}::numeric` : literal;
}

export const SKIP = [/^(BEGIN|COMMIT|ROLLBACK|DISCARD ALL|SET |RESET )/i, /pg_catalog\.pg_type|FROM pg_type/i];

/**
 * Statements run by `role`, in log order, split at marker statements `SELECT 'bench:<name>'`.
 * Returns Map(name → [sql, …]) with parameters bound.
 */
export function statementsByMarker(files, role) {
  const byName = new Map();
  let current = null;
  for (const file of files) {
    for (const row of parseCsv(readFileSync(file, 'utf8'))) {
      if (row[USER] !== role) continue;
      const m = /^(?:execute [^:]*|statement): ([\s\S]*)$/.exec(row[MESSAGE] ?? '');
      if (!m) continue;
      const sql = m[1].trim();
      const marker = /^SELECT 'bench:(.+)'$/.exec(sql);
      if (marker) { current = marker[1]; byName.set(current, []); continue; }
      if (!current || SKIP.some((re) => re.test(sql))) continue;
      byName.get(current).push(bind(sql, parseParameters(row[DETAIL])));
    }
  }
  return byName;
}
