// Reads back what the capture role (log_statement = all) ran, through SQL alone (pg_read_file, as a
// superuser), so it works on the bench's own cluster and on a shared one whose log we cannot open
// as a file: csvlog when a logging collector writes one, else the postmaster's stderr file
// (BENCH_PGLOG, default <data_directory>/server.log, where scripts/db.sh puts it).
import {execFileSync} from 'node:child_process';
import {bind, parseCsv, parseParameters, SKIP} from '../analysis/csvlog.mjs';

/** psql with the PG* environment (set by bench/lib.sh); returns stdout. */
export function psql(sql, {user, input, args = []} = {}) {
  const env = {...process.env};
  if (user) env.PGUSER = user;
  return execFileSync('psql', ['-X', '-At', '-v', 'ON_ERROR_STOP=1', ...args, ...(input ? [] : ['-c', sql])],
                      {env, input, maxBuffer: 1 << 30}).toString();
}

const quote = (s) => `'${s.replaceAll("'", "''")}'`;

/** Where the server log is and in which format; `size` is where this run's lines will start. */
export function logTarget() {
  const [csv, stderr, dataDir] = psql(
    "SELECT coalesce(pg_current_logfile('csvlog'), ''), coalesce(pg_current_logfile('stderr'), ''), current_setting('data_directory')")
    .trim().split('|');
  const path = csv || stderr || process.env.BENCH_PGLOG || `${dataDir}/server.log`;
  const format = csv ? 'csv' : 'stderr';
  return {path, format, size: logSize(path)};
}

function logSize(path) {
  return Number(psql(`SELECT size FROM pg_stat_file(${quote(path)})`).trim());
}

/** The log text written since `target.size`. */
export function readSince(target) {
  const end = logSize(target.path);
  if (end <= target.size) return '';
  return psql(`SELECT pg_read_file(${quote(target.path)}, ${target.size}, ${end - target.size})`);
}

/** Log entries {pid, user, message, detail}; user is null in the stderr format (it has no %u). */
function entries(text, format) {
  if (format === 'csv') {
    // csvlog columns: 1 user, 3 process id, 13 message, 14 detail.
    return parseCsv(text).map((r) => ({pid: Number(r[3]), user: r[1], severity: r[11], message: r[13] ?? '', detail: r[14] ?? ''}));
  }
  // stderr with log_line_prefix '%m [%p] ': "<ts> UTC [pid] LOG:  statement: …", continuation
  // lines of a multi-line message start with a tab (elog.c append_with_tabs), DETAIL follows.
  const list = [];
  let last = null;
  for (const line of text.split('\n')) {
    const m = /^\d{4}-\d\d-\d\d [\d:.]+ \S+ \[(\d+)\] (LOG|DETAIL|ERROR|STATEMENT|WARNING|HINT|CONTEXT|FATAL|NOTICE):  ([\s\S]*)$/.exec(line);
    if (m) {
      const [, pid, kind, body] = m;
      if (kind === 'DETAIL' && last && last.pid === Number(pid)) { last.detail = body; last.field = 'detail'; continue; }
      last = {pid: Number(pid), user: null, severity: kind, message: body, detail: '', field: 'message'};
      list.push(last);
    } else if (last && line.startsWith('\t')) {
      last[last.field] += '\n' + line.slice(1);
    }
  }
  return list;
}

/**
 * Statements run by `role` (or, in the stderr format, by one of `pids`), in log order, split at
 * marker statements `SELECT 'bench:<name>'`. Returns Map(name → [sql with parameters bound, …]).
 */
export function statementsByMarker(text, format, role, pids) {
  const byName = new Map();
  let current = null;
  for (const e of entries(text, format)) {
    if (e.severity !== 'LOG') continue;
    const m = /^(?:execute [^:]*|statement): ([\s\S]*)$/.exec(e.message);
    if (!m) continue;
    const sql = m[1].trim();
    const marker = /^SELECT 'bench:(.+)'$/.exec(sql);
    if (marker) { current = marker[1]; byName.set(current, []); continue; }
    if (!current || SKIP.some((re) => re.test(sql))) continue;
    if (e.user !== null ? e.user !== role : !pids.has(e.pid)) continue;
    byName.get(current).push(bind(sql, parseParameters(e.detail)));
  }
  return byName;
}
