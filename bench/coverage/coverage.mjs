// Times every coverage family for the whole county, the heat map over every complaint and network
// toilet reach for one township, each cold (first request after a server start; a trivial query
// warms .NET and the GraphQL pipeline first), cached (repeats, median) and after an edit (one
// township's analysis settings saved unchanged, which invalidates that township's results).
//   node coverage.mjs <dll> <port>   (database from ZONES_DATABASE_URL; run by run.sh)
// Knobs: BENCH_REPEAT (cached repeats, default 3), BENCH_ONLY (substrings of workload names, | between).
import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {workloads} from './workloads.mjs';

const [dll, port] = process.argv.slice(2);
const base = `http://127.0.0.1:${port}`;
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function start() {
  const server = spawn('dotnet', [dll, '--urls', base], {cwd: '/tmp', stdio: ['ignore', 'ignore', 'pipe'],
                                                          env: {...process.env, Logging__LogLevel__Default: 'Warning'}});
  let stderr = '';
  server.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) break;
    try { if ((await fetch(`${base}/health`)).ok) return server; } catch { /* not listening yet */ }
    await sleep(500);
  }
  server.kill();
  throw new Error(`the server did not start on ${base}: ${stderr}`);
}

async function stop(server) {
  server.kill();
  while (server.exitCode === null && server.signalCode === null) await sleep(100);
}

async function signIn() {
  const r = await fetch(`${base}/auth/login`, {method: 'POST', headers: {'Content-Type': 'application/json'},
                                               body: JSON.stringify({username: process.env.BENCH_USER ?? 'bench-county', password: process.env.BENCH_PASSWORD ?? 'bench-county-2026'})});
  if (!r.ok) throw new Error(`sign-in as the county admin failed: HTTP ${r.status}`);
  return r.headers.get('set-cookie').split(';')[0];
}

async function graphql(cookie, query, variables) {
  const r = await fetch(`${base}/graphql`, {method: 'POST', headers: {'Content-Type': 'application/json', Cookie: cookie},
                                           body: JSON.stringify({query, variables})});
  const body = await r.json();
  if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors).slice(0, 400)}`);
  return body.data;
}

async function timed(fn) {
  const t0 = performance.now();
  const result = await fn();
  return [performance.now() - t0, result];
}

/** The first township (its zone and code), the county's extent and the API this server has. */
async function setting(cookie) {
  const d = await graphql(cookie, `{ zones(level: TOWNSHIP, first: 100) { edges { node { id name townshipCode boundary { bbox } } } }
                                     __schema { types { name fields { name } } } }`);
  const towns = d.zones.edges.map((e) => e.node).sort((a, b) => a.townshipCode.localeCompare(b.townshipCode));
  const boxes = towns.map((t) => t.boundary.bbox);
  const bbox = [0, 1, 2, 3].map((i) => (i < 2 ? Math.min : Math.max)(...boxes.map((b) => b[i])));
  const api = new Set(d.__schema.types.flatMap((t) => (t.fields ?? []).map((f) => `${t.name}.${f.name}`)));
  return {township: {code: towns[0].townshipCode, zoneId: towns[0].id, name: towns[0].name}, townships: towns.length, bbox, api};
}

/** Saves the township's analysis settings unchanged: an edit that invalidates its coverage results. */
async function edit(cookie, code) {
  const d = await graphql(cookie, 'query($c: String!) { township(code: $c) { settings { analysisOverrides } } }', {c: code});
  const r = await graphql(cookie, `mutation($i: UpdateAnalysisSettingsInput!) { updateAnalysisSettings(input: $i) { errors { __typename } } }`,
                          {i: {townshipCode: code, settings: d.township.settings.analysisOverrides ?? {}}});
  if (r.updateAnalysisSettings.errors.length) throw new Error(`updateAnalysisSettings: ${JSON.stringify(r.updateAnalysisSettings.errors)}`);
}

const s = (ms) => (ms / 1000).toFixed(2);
const judge = (ms, target) => (target === undefined ? '' : ms <= target ? ' ✓' : ' ✗');

let server = await start();
let cookie = await signIn();
const ctx = await setting(cookie);
const only = process.env.BENCH_ONLY;
console.log(`\n## County analyses: ${ctx.townships} townships; edits in ${ctx.township.name} (${ctx.township.code}); load average ${load()}`);
console.log(`cold = first request after a server start (a trivial query warms the server first); cached = median of ${REPEAT} repeats; ` +
            'after edit = the next request after that township\'s analysis settings are saved unchanged');
console.log('| workload | cold s | cached s | after edit s | answer | targets | load |');
console.log('|---|---|---|---|---|---|---|');
let fresh = true;
for (const w of workloads(ctx)) {
  if (only && !only.split('|').some((part) => w.name.includes(part))) continue;
  const missing = (w.requires ?? []).filter((f) => !ctx.api.has(f));
  if (missing.length) {
    console.log(`| ${w.name} | skipped: this server has no ${missing.join(', ')} (not merged yet) | | | | | |`);
    continue;
  }
  if (!fresh) { await stop(server); server = await start(); cookie = await signIn(); }
  fresh = false;
  await graphql(cookie, '{ townships { code } }');
  const before = load();
  try {
    const [cold, data] = await timed(() => graphql(cookie, w.query, w.variables));
    const cached = [];
    for (let i = 0; i < REPEAT; i++) cached.push((await timed(() => graphql(cookie, w.query, w.variables)))[0]);
    await edit(cookie, ctx.township.code);
    const [afterEdit] = await timed(() => graphql(cookie, w.query, w.variables));
    const t = w.targets ?? {};
    const targets = [t.cold !== undefined && `cold ≤ ${s(t.cold)} s${judge(cold, t.cold)}`,
                     t.cached !== undefined && `cached ≤ ${s(t.cached)} s${judge(median(cached), t.cached)}`].filter(Boolean).join(', ');
    console.log(`| ${w.name} | ${s(cold)} | ${s(median(cached))} | ${s(afterEdit)} | ${w.size(data)} | ${targets} | ${before} |`);
  } catch (error) {
    console.log(`| ${w.name} | failed: ${String(error.message).slice(0, 300)} | | | | | ${before} |`);
  }
}
await stop(server);
