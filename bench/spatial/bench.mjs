// The spatial and tile benchmark driver (run by run.sh, which starts the database and the servers).
//   node bench.mjs capture <captureUrl> <dir>   each request once (after a warm-up) through a server
//        whose database role logs every statement; writes <dir>/capture.json and one pgbench
//        script per request (the very SQL the server ran, parameters bound)
//   node bench.mjs measure <zonesUrl> <peerUrl> <dir>   checks the three answer the same, then
//        runs wrk (server, PostGraphile) and pgbench (same SQL) interleaved and prints ratios
// Knobs: BENCH_PARTS (spatial tiles), BENCH_ROUNDS, BENCH_SECONDS, BENCH_TILE_ROUNDS,
// BENCH_TILE_SECONDS, BENCH_CLIENTS ("8 1"), BENCH_TILE_LAYERS, BENCH_TILE_ZOOMS, BENCH_TILES_PER_ZOOM,
// BENCH_TUNED_PEER_URL (a second PostGraphile with custom plans, also timed when given).
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {logTarget, psql, readSince, statementsByMarker} from './pglog.mjs';
import {shapes, TILE_LAYERS, TILE_ZOOMS, tileSet} from './workloads.mjs';

const here = new URL('.', import.meta.url).pathname;
const env = (name, fallback) => process.env[name] ?? fallback;
const PARTS = env('BENCH_PARTS', 'spatial tiles').split(/\s+/);
const CLIENTS = env('BENCH_CLIENTS', '8 1').split(/\s+/).map(Number);

async function signIn(baseUrl) {
  const r = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({username: process.env.BENCH_USER ?? 'bench-county', password: process.env.BENCH_PASSWORD ?? 'bench-county-2026'}),
  });
  if (!r.ok) throw new Error(`sign-in as the county admin failed: HTTP ${r.status} ${await r.text()}`);
  return r.headers.get('set-cookie').split(';')[0];
}

async function graphql(url, cookie, {query, variables}) {
  const r = await fetch(url, {
    method: 'POST', headers: {'Content-Type': 'application/json', ...(cookie ? {Cookie: cookie} : {})},
    body: JSON.stringify({query, variables}),
  });
  const body = await r.json();
  if (body.errors) throw new Error(`${url}: ${query.slice(0, 70)}…: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

async function tile(baseUrl, cookie, path) {
  const r = await fetch(`${baseUrl}${path}`, {headers: {Cookie: cookie}}).catch((e) => {
    throw new Error(`${baseUrl} stopped answering GET ${path} (${e.cause?.code ?? e.message}): did the server exit? Its log is server.log in the raw folder`);
  });
  if (r.status !== 200 && r.status !== 204) throw new Error(`GET ${path} → HTTP ${r.status}: ${(await r.text()).slice(0, 300)}`);
  return (await r.arrayBuffer()).byteLength;
}

/**
 * The point (the median asset position of the first township: a dense place) and the zone (the
 * most specific zone there that is a village, else the most specific one) every target is asked about.
 */
async function setting(baseUrl, cookie) {
  const [lon, lat] = psql(`SELECT round(percentile_disc(0.5) WITHIN GROUP (ORDER BY ST_X(geom))::numeric, 6),
                                  round(percentile_disc(0.5) WITHIN GROUP (ORDER BY ST_Y(geom))::numeric, 6)
                           FROM zones.asset WHERE retired_at IS NULL
                             AND township_code = (SELECT min(township_code) FROM zones.asset)`).trim().split('|').map(Number);
  const point = {lon, lat};
  const zones = (await graphql(`${baseUrl}/graphql`, cookie, {
    query: 'query($p: PointInput!) { zonesAt(point: $p) { id name level townshipCode boundary { geojson } } }',
    variables: {p: point},
  })).zonesAt;
  if (!zones.length) throw new Error(`no zone contains ${lon},${lat}`);
  const z = zones.find((x) => x.level === 'VILLAGE') ?? zones[0];
  return {point, zone: {id: z.id, name: z.name, level: z.level, townshipCode: z.townshipCode, geojson: z.boundary.geojson}};
}

function marker(name) {
  psql(`SELECT 'bench:${name.replaceAll("'", "''")}'`, {user: 'zones_capture'});
}

// The stderr log has no user name: statements are told apart by the server's backend pids, noted
// after every request (the pool may close an idle connection and open another during a long pass).
const capturePids = new Set();
function notePids() {
  for (const pid of psql("SELECT pid FROM pg_stat_activity WHERE usename = 'zones_capture'").trim().split('\n')) capturePids.add(Number(pid));
}

const tilePath = (layer, z, [x, y]) => `/tiles/${layer}/${z}/${x}/${y}.mvt`;

async function capture(baseUrl, dir) {
  const cookie = await signIn(baseUrl);
  const s = await setting(baseUrl, cookie);
  const target = logTarget();
  console.log(`point ${s.point.lon},${s.point.lat}; zone ${s.zone.name} (${s.zone.level}, id ${s.zone.id}); log ${target.path} (${target.format})`);
  for (const shape of shapes(s)) {
    marker('(warm-up)'); // its statements are left out
    await graphql(`${baseUrl}/graphql`, cookie, shape.zones); // warm-up: caches, prepared plans
    marker(shape.key);
    await graphql(`${baseUrl}/graphql`, cookie, shape.zones);
    notePids();
  }
  const tiles = [];
  for (const z of PARTS.includes('tiles') ? TILE_ZOOMS : []) {
    for (const layer of TILE_LAYERS) {
      for (const xy of tileSet(s.point, z)) {
        const path = tilePath(layer, z, xy);
        marker('(warm-up)');
        await tile(baseUrl, cookie, path); // warm-up (the gaps layer computes its township's gaps once)
        marker(path);
        tiles.push({layer, z, path, bytes: await tile(baseUrl, cookie, path)});
        notePids();
      }
    }
  }
  marker('end');
  await new Promise((r) => setTimeout(r, 500)); // a logging collector writes asynchronously
  const statements = Object.fromEntries(statementsByMarker(readSince(target), target.format, 'zones_capture', capturePids));
  const missing = [...shapes(s).map((x) => x.key), ...tiles.map((t) => t.path)].filter((k) => !statements[k]?.length);
  if (missing.length) throw new Error(`no SQL captured for ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ' …' : ''} (log ${target.path})`);
  mkdirSync(join(dir, 'sql'), {recursive: true});
  for (const [key, sql] of Object.entries(statements)) writeFileSync(join(dir, 'sql', fileName(key)), sql.map((x) => `${x};\n`).join(''));
  writeFileSync(join(dir, 'capture.json'), JSON.stringify({setting: s, tiles, statements}, null, 1));
  console.log(`captured the SQL of ${Object.keys(statements).length - 1} requests`);
}

const fileName = (key) => `${key.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '')}.sql`;

// ---- load generators --------------------------------------------------------------------------

const MS = {us: 0.001, ms: 1, s: 1000, m: 60000};

/** wrk against `url` (POST the body file, or GET the paths file round-robin); {rate, p50, errors}. */
function wrk(url, {body, paths, cookie, clients, seconds}) {
  const r = spawnSync('wrk', ['-t', String(Math.min(clients, 2)), '-c', String(clients), '-d', `${seconds}s`, '--timeout', '60s', '--latency', '-s', join(here, 'post.lua'), url],
                      {env: {...process.env, BENCH_BODY: body ?? '', BENCH_PATHS: paths ?? '', BENCH_COOKIE: cookie ?? ''}, encoding: 'utf8'});
  const out = r.stdout ?? '';
  const rate = /Requests\/sec:\s+([\d.]+)/.exec(out);
  const p50 = /^\s+50%\s+([\d.]+)(us|ms|s|m)\s*$/m.exec(out);
  const bad = /Non-2xx or 3xx responses: (\d+)/.exec(out);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  if (!rate) return {error: `wrk: ${(r.stderr || out).trim().split('\n').pop()}`};
  const errors = (bad ? Number(bad[1]) : 0) + (socket ? socket.slice(1).reduce((a, n) => a + Number(n), 0) : 0);
  return {rate: Number(rate[1]), p50: p50 ? Number(p50[1]) * MS[p50[2]] : NaN, errors};
}

/**
 * pgbench over the script files (one transaction = one request; several files = picked at random).
 * Every run opens new connections, whose first statements load catalog caches and initialise PROJ
 * (hundreds of ms each), while the server's pool is warm: so pgbench runs BENCH_WARMUP (1 s) longer
 * and the rate and p50 are taken from its per-transaction log after that warm-up.
 */
function pgbench(files, {clients, seconds, dir}) {
  const warm = Number(env('BENCH_WARMUP', 1));
  const logs = join(dir, 'pgbench-log');
  rmSync(logs, {recursive: true, force: true});
  mkdirSync(logs);
  const r = spawnSync('pgbench', ['-n', '-M', 'simple', '-c', String(clients), '-j', String(Math.min(clients, 2)), '-T', String(seconds + warm),
                                  '-l', `--log-prefix=${join(logs, 'tx')}`, ...files.flatMap((f) => ['-f', f])],
                      {encoding: 'utf8', cwd: logs});
  if (!/tps = ([\d.]+)/.test(r.stdout ?? '')) return {error: `pgbench: ${(r.stderr || r.stdout).trim().split('\n').slice(-2).join(' ')}`};
  // Per-transaction log lines: client, transaction, latency µs, script, end epoch s, µs.
  const tx = readdirSync(logs).flatMap((f) => readFileSync(join(logs, f), 'utf8').trim().split('\n')).filter(Boolean).map((l) => {
    const [, , latency, , sec, usec] = l.split(' ').map(Number);
    return {ms: latency / 1000, end: sec + usec / 1e6};
  });
  const begin = Math.min(...tx.map((t) => t.end - t.ms / 1000)) + warm, end = Math.max(...tx.map((t) => t.end));
  const counted = tx.filter((t) => t.end >= begin);
  return {rate: counted.length / (end - begin), p50: median(counted.map((t) => t.ms)), errors: /failed|aborted/.test(r.stderr ?? '') ? 1 : 0};
}

const perTile = (r, n) => (r.error ? r : {...r, rate: r.rate * n, p50: r.p50 / n});

// ---- measuring --------------------------------------------------------------------------------

const median = (xs) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return v.length ? (v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2) : NaN;
};
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const f = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const mark = (ok) => (ok === undefined ? '' : ok ? ' ✓' : ' ✗');

/** Runs `targets` (name → () => result) interleaved: round 1 A B C, round 2 A B C … */
function interleaved(rounds, targets) {
  const results = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
  for (let i = 0; i < rounds; i++) for (const [k, run] of Object.entries(targets)) results[k].push(run());
  return results;
}

/** Median rate/p50 of a target's rounds, and the median over rounds of a per-round ratio. */
const med = (runs, key) => median(runs.map((r) => r[key]));
const ratio = (a, b, fn) => median(a.map((x, i) => fn(x, b[i])));
const errorsOf = (runs) => runs.filter((r) => r.error || r.errors).map((r) => r.error ?? `${r.errors} failed requests`);

const tunedUrl = process.env.BENCH_TUNED_PEER_URL; // PostGraphile with plan_cache_mode = force_custom_plan

async function answers(zonesUrl, peerUrl, cookie, shape) {
  const z = shape.rows.zones(await graphql(`${zonesUrl}/graphql`, cookie, shape.zones));
  const p = shape.rows.peer(await graphql(`${peerUrl}/graphql`, null, shape.peer));
  const same = z.length === p.length && z.every((x, i) => x === p[i]);
  const firstDiff = z.findIndex((x, i) => x !== p[i]);
  return {same, detail: same ? `${z.length - (shape.key === 'within' ? 1 : 0)} rows, ${z[0]}` :
    `DIFFER at row ${firstDiff}: Zones ${z[firstDiff]} vs PostGraphile ${p[firstDiff]} (${z.length} vs ${p.length} rows)`};
}

async function measure(zonesUrl, peerUrl, dir) {
  const {setting: s, tiles, statements} = JSON.parse(readFileSync(join(dir, 'capture.json'), 'utf8'));
  const cookie = await signIn(zonesUrl);
  const sqlFile = (key) => join(dir, 'sql', fileName(key));
  console.log(`\nload average at start: ${load()} (${readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm).length} cores)`);
  console.log(`point ${s.point.lon},${s.point.lat}; zone ${s.zone.name} (${s.zone.level}, id ${s.zone.id}, township ${s.zone.townshipCode})`);

  if (PARTS.includes('spatial')) {
    const rounds = Number(env('BENCH_ROUNDS', 3)), seconds = Number(env('BENCH_SECONDS', 5));
    const list = shapes(s);
    console.log('\n## Same answers');
    for (const shape of list) {
      const a = await answers(zonesUrl, peerUrl, cookie, shape);
      psql('', {input: readFileSync(sqlFile(shape.key)), args: ['-o', '/dev/null']}); // the replay runs
      console.log(`- ${shape.name}: Zones and PostGraphile ${a.same ? 'agree' : 'DISAGREE'} (${a.detail}); the captured SQL (${statements[shape.key].length} statements) replays in psql`);
      writeFileSync(join(dir, `${shape.key}.zones.json`), JSON.stringify(shape.zones));
      writeFileSync(join(dir, `${shape.key}.peer.json`), JSON.stringify(shape.peer));
    }
    console.log(`\n## Spatial queries: ${rounds} interleaved rounds × ${seconds} s per target (median of rounds)`);
    console.log('| query | clients | Zones req/s | p50 ms | same SQL (pgbench) tps | p50 ms | PostGraphile req/s | p50 ms | Zones time ÷ SQL time (≤ 1.15) | Zones ÷ PostGraphile speed (≥ 5) | ' +
                (tunedUrl ? 'PostGraphile, custom plans req/s | Zones ÷ it | ' : '') + 'load |');
    console.log(`|---|---|---|---|---|---|---|---|---|---|${tunedUrl ? '---|---|' : ''}---|`);
    for (const shape of list) {
      for (const clients of CLIENTS) {
        const before = load();
        const r = interleaved(rounds, {
          zones: () => wrk(`${zonesUrl}/graphql`, {body: join(dir, `${shape.key}.zones.json`), cookie, clients, seconds}),
          sql: () => pgbench([sqlFile(shape.key)], {clients, seconds, dir}),
          peer: () => wrk(`${peerUrl}/graphql`, {body: join(dir, `${shape.key}.peer.json`), clients, seconds}),
          ...(tunedUrl ? {tuned: () => wrk(`${tunedUrl}/graphql`, {body: join(dir, `${shape.key}.peer.json`), clients, seconds})} : {}),
        });
        const overSql = ratio(r.zones, r.sql, (z, q) => q.rate / z.rate);
        const overPeer = ratio(r.zones, r.peer, (z, p) => z.rate / p.rate);
        const overTuned = tunedUrl ? ratio(r.zones, r.tuned, (z, p) => z.rate / p.rate) : NaN;
        console.log(`| ${shape.key} | ${clients} | ${f(med(r.zones, 'rate'))} | ${f(med(r.zones, 'p50'), 2)} | ${f(med(r.sql, 'rate'))} | ${f(med(r.sql, 'p50'), 2)} | ` +
                    `${f(med(r.peer, 'rate'))} | ${f(med(r.peer, 'p50'), 2)} | ${f(overSql, 2)}${mark(Number.isFinite(overSql) ? overSql <= 1.15 : undefined)} | ` +
                    `${f(overPeer, 2)}${mark(Number.isFinite(overPeer) ? overPeer >= 5 : undefined)} | ` +
                    `${tunedUrl ? `${f(med(r.tuned, 'rate'))} | ${f(overTuned, 2)} | ` : ''}${before} → ${load()} |`);
        for (const [k, runs] of Object.entries(r)) for (const e of errorsOf(runs)) console.log(`|   ${k}: ${e} |`);
      }
    }
  }

  if (PARTS.includes('tiles')) {
    const rounds = Number(env('BENCH_TILE_ROUNDS', 1)), seconds = Number(env('BENCH_TILE_SECONDS', 2));
    console.log(`\n## Tiles: per zoom and layer, the same ${tiles.length / TILE_ZOOMS.length / TILE_LAYERS.length} tiles around the point ` +
                `(server: wrk GETs them in turn; SQL: pgbench runs them in turn in one script, p50 = its p50 ÷ tiles), ${rounds} round(s) × ${seconds} s`);
    console.log('| zoom | layer | mean KB | clients | server tiles/s | p50 ms | same SQL tiles/s | p50 ms | server time ÷ SQL time (≤ 1.15) | load |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const z of TILE_ZOOMS) {
      for (const layer of TILE_LAYERS) {
        const set = tiles.filter((t) => t.z === z && t.layer === layer);
        if (!set.length) continue;
        const paths = join(dir, 'paths.txt');
        writeFileSync(paths, set.map((t) => t.path).join('\n') + '\n');
        const kb = set.reduce((a, t) => a + t.bytes, 0) / set.length / 1024;
        // This server has not served them yet: the gaps layer would compute its townships' gaps inside the timing.
        for (const t of set) await tile(zonesUrl, cookie, t.path);
        for (const clients of CLIENTS) {
          const before = load();
          // pgbench runs one script holding every tile of the set in turn (the same mix as wrk's
          // round-robin), so its tiles/s is n × tps and its per-tile p50 the script's p50 ÷ n.
          const script = join(dir, 'tileset.sql');
          writeFileSync(script, set.map((t) => readFileSync(sqlFile(t.path), 'utf8')).join(''));
          const r = interleaved(rounds, {
            zones: () => wrk(zonesUrl, {paths, cookie, clients, seconds}),
            sql: () => perTile(pgbench([script], {clients, seconds, dir}), set.length),
          });
          const overSql = ratio(r.zones, r.sql, (x, q) => q.rate / x.rate);
          console.log(`| z${z} | ${layer} | ${f(kb)} | ${clients} | ${f(med(r.zones, 'rate'), 0)} | ${f(med(r.zones, 'p50'), 2)} | ${f(med(r.sql, 'rate'), 0)} | ` +
                      `${f(med(r.sql, 'p50'), 2)} | ${f(overSql, 2)}${mark(Number.isFinite(overSql) ? overSql <= 1.15 : undefined)} | ${before} |`);
          for (const [k, runs] of Object.entries(r)) for (const e of errorsOf(runs)) console.log(`|   ${k}: ${e} |`);
        }
      }
    }
  }
  console.log(`\nload average at end: ${load()}`);
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'capture') await capture(...args);
else if (mode === 'measure') await measure(...args);
else throw new Error('usage: bench.mjs capture <url> <dir> | measure <zonesUrl> <peerUrl> <dir>');
