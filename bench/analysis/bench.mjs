// The analysis benchmark driver (run by run.sh, which starts the database and the servers).
//   node bench.mjs capture <captureUrl> <out.json>   each workload once through a server whose
//        database role logs every statement, each preceded by a marker statement
//   node bench.mjs parse - <out.json>   adds the logged statements (BENCH_LOGDIR) per workload
//   node bench.mjs measure <url> <statements.json> <serverPid>   time each workload through the
//        server and the same statements through psql, print ratios and the server's peak memory
import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {statementsByMarker} from './csvlog.mjs';
import {graphqlWorkloads, tileSweep} from './workloads.mjs';

const [mode, baseUrl, file, pid] = process.argv.slice(2);
// parse takes no URL: `bench.mjs parse - file`
const REPEAT = Number(process.env.BENCH_REPEAT ?? 5);
const psqlArgs = (user) => ['-X', '-q', '-h', '127.0.0.1', '-p', process.env.BENCH_PGPORT, '-U', user, '-d', process.env.BENCH_PGDATABASE];

async function signIn() {
  const r = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({username: process.env.BENCH_USER ?? 'bench-county', password: process.env.BENCH_PASSWORD ?? 'bench-county-2026'}),
  });
  if (!r.ok) throw new Error(`sign-in as the county admin failed: HTTP ${r.status} ${await r.text()}`);
  return r.headers.get('set-cookie').split(';')[0];
}

async function graphql(cookie, query, variables) {
  const r = await fetch(`${baseUrl}/graphql`, {
    method: 'POST', headers: {'Content-Type': 'application/json', Cookie: cookie},
    body: JSON.stringify({query, variables}),
  });
  const body = await r.json();
  if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors).slice(0, 400)}`);
  return body.data;
}

async function tile(cookie, path) {
  const r = await fetch(`${baseUrl}${path}`, {headers: {Cookie: cookie}});
  if (r.status !== 200 && r.status !== 204) throw new Error(`GET ${path} → HTTP ${r.status}`);
  return (await r.arrayBuffer()).byteLength;
}

/** The first township's zone id and the county's extent, from the API itself. */
async function setting(cookie) {
  const data = await graphql(cookie, '{ zones(level: TOWNSHIP, first: 100) { edges { node { id name boundary { bbox } } } } }');
  const townships = data.zones.edges.map((e) => e.node);
  const boxes = townships.map((t) => t.boundary.bbox);
  const bbox = [0, 1, 2, 3].map((i) => (i < 2 ? Math.min : Math.max)(...boxes.map((b) => b[i])));
  return {townshipZoneId: townships[0].id, townships: townships.length, bbox};
}

function marker(name) {
  execFileSync('psql', [...psqlArgs('zones_capture'), '-c', `SELECT 'bench:${name}'`], {env: {...process.env, PGPASSWORD: 'zones'}});
}

async function capture() {
  const cookie = await signIn();
  const s = await setting(cookie);
  const workloads = graphqlWorkloads(s);
  for (const w of workloads) {
    marker(w.name);
    await graphql(cookie, w.query, w.variables);
  }
  const tiles = tileSweep(s.bbox);
  for (const t of tiles) {
    marker(t.path);
    await tile(cookie, t.path);
  }
  marker('end');
  writeFileSync(file, JSON.stringify({setting: s, workloads, tiles}, null, 1));
}

/** Adds the statements of the capture pass (csv logs in BENCH_LOGDIR) to the capture file. */
function parse() {
  const logDir = process.env.BENCH_LOGDIR;
  const logs = readdirSync(logDir).filter((f) => f.endsWith('.csv')).sort().map((f) => join(logDir, f));
  const captured = JSON.parse(readFileSync(file, 'utf8'));
  captured.statements = Object.fromEntries(statementsByMarker(logs, 'zones_capture'));
  writeFileSync(file, JSON.stringify(captured, null, 1));
  console.log(`captured the SQL of ${Object.keys(captured.statements).length - 1} requests from ${logs.length} log file(s)`);
}

/** Runs `sql` (one workload's statements) `times` times in one psql session; returns ms per run. */
function psqlTimes(statements, times) {
  const script = ['\\timing on'];
  for (let i = 0; i < times; i++) {
    script.push(`\\echo run ${i}`);
    for (const s of statements) script.push(`${s};`);
  }
  const out = execFileSync('psql', [...psqlArgs('zones'), '-o', '/dev/null', '-v', 'ON_ERROR_STOP=1'],
                           {input: script.join('\n'), env: {...process.env, PGPASSWORD: 'zones'}, maxBuffer: 1 << 28}).toString();
  const runs = [];
  for (const line of out.split('\n')) {
    if (line.startsWith('run ')) runs.push(0);
    const m = /^Time: ([\d.]+) ms/.exec(line);
    if (m && runs.length) runs[runs.length - 1] += Number(m[1]);
  }
  return runs;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed(fn) {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function measure() {
  const {setting: s, workloads, tiles, statements} = JSON.parse(readFileSync(file, 'utf8'));
  const cookie = await signIn();
  console.log(`county: ${s.townships} townships; ${REPEAT} runs each after one warm-up; median ms`);
  console.log('| workload | server ms | psql ms (same SQL) | server / psql | statements |');
  console.log('|---|---|---|---|---|');
  // BENCH_ONLY=tiles skips the GraphQL workloads (e.g. to repeat the tile sweep alone).
  for (const w of process.env.BENCH_ONLY === 'tiles' ? [] : workloads) {
    await graphql(cookie, w.query, w.variables);
    const server = [];
    for (let i = 0; i < REPEAT; i++) server.push(await timed(() => graphql(cookie, w.query, w.variables)));
    const sql = statements[w.name] ?? [];
    let direct;
    try {
      direct = median(psqlTimes(sql, REPEAT + 1).slice(1));
    } catch (error) {
      // A replay psql cannot run (a literal whose type the log does not say): report it, go on.
      console.log(`| ${w.name} | ${median(server).toFixed(1)} | replay failed: ${String(error.stderr ?? error.message).split('\n')[0]} | – | ${sql.length} |`);
      continue;
    }
    console.log(`| ${w.name} | ${median(server).toFixed(1)} | ${direct.toFixed(1)} | ${(median(server) / direct).toFixed(2)} | ${sql.length} |`);
  }
  console.log('\n| zoom | tiles | server tiles/s | psql tiles/s (same SQL) | server / psql time | mean KB |');
  console.log('|---|---|---|---|---|---|');
  for (const z of [...new Set(tiles.map((t) => t.z))]) {
    const batch = tiles.filter((t) => t.z === z);
    for (const t of batch) await tile(cookie, t.path); // warm-up
    let bytes = 0;
    const serverMs = await timed(async () => { for (const t of batch) bytes += await tile(cookie, t.path); });
    const sql = batch.flatMap((t) => statements[t.path] ?? []);
    let directMs;
    try {
      directMs = psqlTimes(sql, 1)[0];
    } catch (error) {
      console.log(`| z${z} | ${batch.length} | ${(batch.length / serverMs * 1000).toFixed(0)} | replay failed: ${String(error.stderr ?? error.message).split('\n')[0]} | – | ${(bytes / batch.length / 1024).toFixed(1)} |`);
      continue;
    }
    console.log(`| z${z} | ${batch.length} | ${(batch.length / serverMs * 1000).toFixed(0)} | ${(batch.length / directMs * 1000).toFixed(0)} | ${(serverMs / directMs).toFixed(2)} | ${(bytes / batch.length / 1024).toFixed(1)} |`);
  }
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  console.log(`\nserver peak memory (VmHWM): ${/VmHWM:\s+(\d+) kB/.exec(status)[1] / 1024 | 0} MB; now (VmRSS): ${/VmRSS:\s+(\d+) kB/.exec(status)[1] / 1024 | 0} MB`);
}

const modes = {capture, parse, measure};
if (!modes[mode]) throw new Error('usage: bench.mjs capture|parse|measure …');
await modes[mode]();
