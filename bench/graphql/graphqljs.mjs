// graphql-js side of the Zones.GraphQL benchmark (see ../README.md). Same schema, data, resolvers
// and documents as Zones.GraphQL.Bench/Program.cs.
//   node graphqljs.mjs emit DIR              write the JSON results of the checked workloads
//   node graphqljs.mjs bench OUT.json        time every workload (BENCH_SECONDS, BENCH_WARMUP)
//   node graphqljs.mjs report JS.json CS.json  print the comparison table
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import * as graphql from '../../tests/Zones.GraphQL.Conformance/node_modules/graphql/index.mjs';

const { buildSchema, parse, validate, execute, specifiedRules, version } = graphql;
const here = dirname(fileURLToPath(import.meta.url));
const read = (p) => readFileSync(join(here, p), 'utf8');

// ---- data: 100 zones x 20 assets, deterministic, identical to the C# side ----
const zoneKinds = ['RESIDENTIAL', 'COMMERCIAL', 'INDUSTRIAL', 'PARK'];
const assetKinds = ['SENSOR', 'CAMERA', 'LIGHT', 'GATE', 'METER'];
const zones = [];
const zonesById = new Map();
const assetsById = new Map();
for (let i = 0; i < 100; i++) {
  const zone = {
    typename: 'Zone',
    id: `Z${i}`,
    name: `Zone ${i}`,
    code: `ZN-${String(i).padStart(3, '0')}`,
    kind: zoneKinds[i % 4],
    area: i * 1.25 + 0.5,
    population: 1000 + i * 37,
    active: i % 3 !== 0,
    tags: [`t${i % 5}`, `t${i % 7}`],
    center: { lat: 48 + i / 64, lon: 2 + i / 128 },
    parent: i >= 10 ? zones[i % 10] : null,
    assets: [],
    assetCount: 20,
  };
  for (let j = 0; j < 20; j++) {
    const n = i * 20 + j;
    const asset = {
      typename: 'Asset',
      id: `A${i}-${j}`,
      name: `Asset ${i}-${j}`,
      serial: `SN${n}`,
      kind: assetKinds[(i + j) % 5],
      value: n * 0.5,
      active: j % 4 !== 0,
      installedYear: 2000 + ((i + j) % 25),
      location: { lat: zone.center.lat + j / 1024, lon: zone.center.lon + j / 2048 },
      zone,
    };
    zone.assets.push(asset);
    assetsById.set(asset.id, asset);
  }
  zones.push(zone);
  zonesById.set(zone.id, zone);
}

// ---- schema + resolvers (the only non-default resolvers; both sides have the same ones) ----
const schema = buildSchema(read('schema.graphql'));
const f = (type, field) => schema.getType(type).getFields()[field];
f('Query', 'zones').resolve = (_, { filter, first }) => {
  let list = zones;
  if (filter) {
    list = list.filter((z) =>
      (filter.kind == null || z.kind === filter.kind) &&
      (filter.minPopulation == null || z.population >= filter.minPopulation) &&
      (filter.active == null || z.active === filter.active) &&
      (filter.tag == null || z.tags.includes(filter.tag)));
  }
  return first == null ? list : list.slice(0, first);
};
f('Query', 'zone').resolve = (_, { id }) => zonesById.get(id) ?? null;
f('Query', 'asset').resolve = (_, { id }) => assetsById.get(id) ?? null;
f('Query', 'node').resolve = (_, { id }) => zonesById.get(id) ?? assetsById.get(id) ?? null;
f('Query', 'search').resolve = (_, { text, limit }) => {
  const out = [];
  for (const z of zones) {
    if (out.length >= limit) break;
    if (z.name.includes(text)) out.push(z);
    for (const a of z.assets) {
      if (out.length >= limit) break;
      if (a.name.includes(text)) out.push(a);
    }
  }
  return out;
};
f('Zone', 'assets').resolve = (zone, { first, kind }) => {
  const list = kind == null ? zone.assets : zone.assets.filter((a) => a.kind === kind);
  return first == null ? list : list.slice(0, first);
};
schema.getType('Node').resolveType = (v) => v.typename;
schema.getType('SearchResult').resolveType = (v) => v.typename;

// ---- documents ----
const large = read('documents/large.graphql');
const nested = read('documents/nested.graphql');
const small = read('documents/small.graphql');
const smallVariables = { id: 'Z42' };
const introspection = read('documents/introspection.graphql');
const largeDoc = parse(large);
const nestedDoc = parse(nested);

function pipeline(source, variableValues) {
  const document = parse(source);
  const errors = validate(schema, document, specifiedRules);
  const result = errors.length > 0 ? { errors } : execute({ schema, document, variableValues });
  return JSON.stringify(result);
}

const validationErrors = validate(schema, largeDoc, specifiedRules);
if (validationErrors.length > 0) throw new Error(`large.graphql is invalid: ${validationErrors[0].message}`);

const workloads = [
  { key: 'parse', name: `parse ${large.length} B document`, run: () => parse(large) },
  { key: 'validate', name: 'validate it (all specified rules)', run: () => validate(schema, largeDoc, specifiedRules) },
  { key: 'execute', name: 'execute nested query (2,200 objects)', run: () => execute({ schema, document: nestedDoc }) },
  { key: 'pipeline', name: 'small query: parse+validate+execute+JSON', run: () => pipeline(small, smallVariables) },
  { key: 'introspection', name: 'introspection query end to end', run: () => pipeline(introspection) },
];

function emit(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'execute.json'), JSON.stringify(execute({ schema, document: nestedDoc })));
  writeFileSync(join(dir, 'pipeline.json'), pipeline(small, smallVariables));
  writeFileSync(join(dir, 'introspection.json'), pipeline(introspection));
}

function time(run, seconds) {
  const end = performance.now() + seconds * 1000;
  let ops = 0;
  let batch = 1;
  const start = performance.now();
  let now = start;
  let sink = 0;
  while (now < end) {
    for (let i = 0; i < batch; i++) sink ^= run() === undefined ? 1 : 0;
    ops += batch;
    now = performance.now();
    if (now - start < 50) batch *= 2;
  }
  if (sink === -1) console.log(sink);
  return { ops, ms: now - start };
}

function bench(out) {
  const seconds = Number(process.env.BENCH_SECONDS ?? 2);
  const warmup = Number(process.env.BENCH_WARMUP ?? 1);
  const results = [];
  for (const w of workloads) {
    time(w.run, warmup);
    const { ops, ms } = time(w.run, seconds);
    const r = { key: w.key, name: w.name, ops, opsPerSecond: (ops * 1000) / ms, meanMicroseconds: (ms * 1000) / ops };
    results.push(r);
    console.error(`  graphql-js ${w.key.padEnd(14)} ${r.opsPerSecond.toFixed(1).padStart(10)} ops/s ${r.meanMicroseconds.toFixed(1).padStart(10)} us/op`);
  }
  writeFileSync(out, JSON.stringify({ engine: `graphql-js ${version}`, runtime: `node ${process.version}`, results }, null, 2));
}

function report(jsFile, csFile) {
  const js = JSON.parse(readFileSync(jsFile, 'utf8'));
  const cs = JSON.parse(readFileSync(csFile, 'utf8'));
  const fmt = (n, d = 1) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
  const rows = js.results.map((j) => {
    const c = cs.results.find((r) => r.key === j.key);
    return [j.name, fmt(c.opsPerSecond, 0), fmt(c.meanMicroseconds), fmt(j.opsPerSecond, 0), fmt(j.meanMicroseconds), `${fmt(c.opsPerSecond / j.opsPerSecond, 2)}x`];
  });
  const header = ['workload', 'Zones ops/s', 'Zones µs/op', 'graphql-js ops/s', 'graphql-js µs/op', 'ours/graphql-js'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(`\nZones.GraphQL (${cs.runtime}) vs ${js.engine} (${js.runtime})`);
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? ':' : '') + '-'.repeat(w + 1) + (i === 0 ? '' : ':')).join('|')}|`);
  for (const r of rows) console.log(line(r));
  console.log('\nRatio > 1 means Zones.GraphQL is faster. Absolute numbers are noisy on a shared machine;');
  console.log('the ratios, measured in the same run on the same work, are what matter.');
}

const [command, a, b] = process.argv.slice(2);
if (command === 'emit') emit(a);
else if (command === 'bench') bench(a);
else if (command === 'report') report(a, b);
else {
  console.error('usage: node graphqljs.mjs emit DIR | bench OUT.json | report JS.json CS.json');
  process.exit(2);
}
