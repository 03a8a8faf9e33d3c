// Zones on more than one machine (issue #15): a primary, a streaming standby, two server instances (A, B)
// and nginx in front of both, all started by scripts/scaleout-test.sh, which passes their addresses and
// how to stop the standby and instance A. The tests run in order: the last two stop things.
// Run: node --experimental-websocket --test tests/scaleout/ (through scripts/scaleout-test.sh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';

const A = process.env.SCALEOUT_A;
const B = process.env.SCALEOUT_B;
const LB = process.env.SCALEOUT_LB;
const township = '330522125000';
// A z14 tile over the demo township's centre (119.805, 31.035): it has coverage gaps.
const gapsTile = '/tiles/gaps/14/13644/6704.mvt';

/** A client with its own cookie jar (name → value), as a browser keeps one per site. */
function client() {
  const jar = new Map();
  const send = async (url, init = {}) => {
    const headers = { ...(init.headers ?? {}) };
    if (jar.size) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at).trim(), pair.slice(at + 1));
    }
    return res;
  };
  const graphql = async (base, query, extra = {}) => {
    const res = await send(`${base}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...extra }, body: JSON.stringify({ query }),
    });
    const body = await res.json();
    assert.equal(res.status, 200, JSON.stringify(body));
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data;
  };
  return { jar, send, graphql };
}

async function signIn(base, username = 'admin', password = 'admin-demo-2026') {
  const c = client();
  const res = await c.send(`${base}/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }),
  });
  assert.equal(res.status, 200, await res.text());
  return c;
}

async function until(what, check, seconds = 10) {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) assert.fail(`waited ${seconds} s for ${what}`);
    await new Promise(r => setTimeout(r, 200));
  }
}

const assetCount = async (c, base) => (await c.graphql(base, `{ assets(townshipCode: "${township}", first: 1) { totalCount } }`)).assets.totalCount;

let bin = 0;
const createBin = (c, base) => c.graphql(base, `mutation { createAsset(input: {townshipCode: "${township}", kind: BIN, classCode: "0305",
  identifier: "SCALEOUT-${process.pid}-${++bin}", location: {point: {lon: ${119.8052 + bin * 0.0002}, lat: 31.0352}}}) {
  asset { id } errors { ... on UserError { message } } } }`);

const etagOf = async (base, path) => {
  const res = await fetch(base + path);
  assert.ok([200, 204].includes(res.status), `${path} answered ${res.status}`);
  await res.arrayBuffer();
  return res.headers.get('etag');
};

test('the standby streams from the primary and each instance reads from it', async () => {
  for (const base of [A, B]) {
    const admin = await signIn(base);
    const health = await until(`${base}/health to see the standby streaming`, async () => {
      const body = await (await admin.send(`${base}/health`)).json();
      return body.replica?.state === 'streaming' && body;
    });
    assert.equal(health.status, 'Healthy');
    assert.ok(health.replica.lagSeconds < 5, JSON.stringify(health.replica));
  }
});

test('a session signed in through instance A is honoured by instance B', async () => {
  const admin = await signIn(A);
  const me = await admin.send(`${B}/auth/me`);
  assert.equal(me.status, 200, `B refused A's session cookie: ${me.status} ${await me.clone().text()}`);
  assert.equal((await me.json()).username, 'admin');
});

test('a write through A is read back at once through B (the write keeps this client on the primary for a while)', async () => {
  const admin = await signIn(A);
  const before = await assetCount(admin, B);
  const created = await createBin(admin, A);
  assert.deepEqual(created.createAsset.errors, []);
  assert.ok(admin.jar.has('zones-fresh'), 'the write set the zones-fresh cookie');
  assert.equal(await assetCount(admin, B), before + 1);
});

test('a complaint reported through A reaches a subscriber on B', async () => {
  const socket = new WebSocket(`${B.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const messages = [];
  socket.onmessage = e => messages.push(JSON.parse(e.data));
  await new Promise((resolve, reject) => { socket.onopen = resolve; socket.onerror = reject; });
  try {
    socket.send(JSON.stringify({ type: 'connection_init' }));
    await until('connection_ack from B', () => messages.some(m => m.type === 'connection_ack'));
    socket.send(JSON.stringify({ id: 's1', type: 'subscribe', payload: { query: 'subscription { complaintChanged { caseNumber description } }' } }));
    await new Promise(r => setTimeout(r, 500));   // the subscription is registered before the report
    const hotline = client();
    const reported = await hotline.graphql(A, `mutation { reportComplaint(input: {location: {point: {lon: 119.805, lat: 31.035}},
      categoryKind: "event", categoryCode: "0102", source: HOTLINE_12345, description: "多实例测试：A 受理，B 推送"}) {
      complaint { caseNumber } errors { ... on UserError { message } } } }`, { 'x-api-key': 'demo-hotline-key-12345' });
    const caseNumber = reported.reportComplaint.complaint.caseNumber;
    const pushed = await until(`B to push case ${caseNumber}`, () =>
      messages.find(m => m.type === 'next' && m.payload?.data?.complaintChanged?.caseNumber === caseNumber));
    assert.equal(pushed.payload.data.complaintChanged.description, '多实例测试：A 受理，B 推送');
  } finally {
    socket.close();
  }
});

test("an edit through A gives B's coverage-gaps tile a new ETag", async () => {
  const before = await etagOf(B, gapsTile);
  const admin = await signIn(A);
  assert.deepEqual((await createBin(admin, A)).createAsset.errors, []);
  // B reads from the standby: the new bin (a bin without a maintaining unit is a gap) is there once replayed.
  await until(`a new ETag for ${gapsTile} on B (was ${before})`, async () => (await etagOf(B, gapsTile)) !== before);
});

test('with the standby stopped, reads through both instances keep answering from the primary', async () => {
  const admin = await signIn(A);
  execSync(process.env.SCALEOUT_STOP_STANDBY, { stdio: 'ignore' });
  const anonymous = client();
  const failures = [];
  const end = Date.now() + 3000;
  while (Date.now() < end)
    for (const base of [A, B]) {
      const list = await anonymous.send(`${base}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ assets(townshipCode: "${township}", first: 3) { totalCount } }` }),
      });
      const body = await list.json();
      if (list.status !== 200 || body.errors) failures.push(`${base} list ${list.status} ${JSON.stringify(body.errors)}`);
      const tile = await fetch(`${base}/tiles/assets/14/13644/6704.mvt`);
      await tile.arrayBuffer();
      if (![200, 204].includes(tile.status)) failures.push(`${base} tile ${tile.status}`);
      const ogc = await fetch(`${base}/ogc/collections/assets/items?limit=2`);
      await ogc.arrayBuffer();
      if (ogc.status !== 200) failures.push(`${base} OGC ${ogc.status}`);
    }
  assert.deepEqual(failures, []);
  const health = await until('A to report the standby down', async () => {
    const body = await (await admin.send(`${A}/health`)).json();
    return body.replica?.state === 'down' && body;
  });
  assert.equal(health.status, 'Degraded');
});

test('with instance A stopped, requests through nginx keep succeeding', async () => {
  const admin = await signIn(LB);
  assert.equal((await admin.send(`${LB}/auth/me`)).status, 200);
  process.kill(Number(process.env.SCALEOUT_PID_A), 'SIGTERM');
  await until('instance A to stop listening', async () => {
    try { await fetch(`${A}/alive`); return false; } catch { return true; }
  });
  const failures = [];
  for (let i = 0; i < 20; i++) {
    const me = await admin.send(`${LB}/auth/me`);
    await me.arrayBuffer();
    if (me.status !== 200) failures.push(`/auth/me ${me.status}`);
    const list = await admin.send(`${LB}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ complaints(first: 1) { totalCount } }` }),
    });
    await list.arrayBuffer();
    if (list.status !== 200) failures.push(`graphql ${list.status}`);
    const tile = await fetch(`${LB}/tiles/zones/14/13644/6704.mvt`);
    await tile.arrayBuffer();
    if (![200, 204].includes(tile.status)) failures.push(`tile ${tile.status}`);
  }
  assert.deepEqual(failures, []);
});
