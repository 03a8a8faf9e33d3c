// The zone editing tools, end to end against a running server with the demo township:
// a drawn zone snaps to its neighbours' vertices and is saved; a bow-tie is refused with
// the server's marker at the crossing; a shared vertex moves in both zones and both are
// saved together; a viewer sees no editing tools. Every test leaves the demo as it found it.
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, baseUrl, gotoMap, graphql, openPage, sharedSession} from './browser.mjs';
import {openPanel} from './mapHelpers.mjs';
import {signIn} from './plannerPage.mjs';

// The planted gap of 东部片区 (id 5) between 沈家村 and 溪口村, from
//   ST_Difference(东部片区, ST_Union(its villages))  — 30,246 m², 14 vertices, every one a
// vertex of 沈家村, 溪口村 or 东部片区 (the demo is built on a 1e-7° grid).
const GAP = [
  [119.8393439, 31.0252739], [119.8395085, 31.0253974], [119.8399644, 31.0257266], [119.840343, 31.0254268],
  [119.8407228, 31.0251101], [119.8407604, 31.0245863], [119.8408192, 31.0240593], [119.8404042, 31.0238938],
  [119.8402831, 31.0238455], [119.8397581, 31.0236214], [119.8392702, 31.02386], [119.838788, 31.0240844],
  [119.8389173, 31.0245759], [119.8390633, 31.0250634],
];
const OFF_BY_PIXELS = 8; // GAP[OFF] is clicked this far off; the snap tolerance is 10 px
const OFF = 8;
const EAST = '5';
const NEW_NAME = '测试补缺片区';
// A vertex of 港口村 (15) and 溪口村 (20) inside 东部片区, on no other zone's boundary.
const SHARED = [119.8232676, 31.0306206];

/** Retire every live zone the draw test may have left (a failed earlier run included). */
async function removeDrawnZones(cookie) {
  const data = await graphql(`{ zones(parentId: ${EAST}, first: 100) { edges { node { id name version } } } }`, {}, {cookie});
  for (const {node} of data.zones.edges.filter((e) => e.node.name === NEW_NAME)) {
    const result = await graphql(`mutation($input: DeleteZoneInput!) { deleteZone(input: $input) { errors { ... on UserError { message } } } }`,
      {input: {id: node.id, expectedVersion: node.version}}, {cookie});
    assert.deepEqual(result.deleteZone.errors, [], 'clean-up deleteZone');
  }
}

const session = sharedSession();

/** A page signed in as `username` (or anonymous), map loaded. */
async function openAs(username) {
  const page = await openPage((await session()).browser);
  if (username) {
    const response = await page.request.post(`${baseUrl}/auth/login`, {data: {username, password: `${username}-demo-2026`}});
    assert.equal(response.status(), 200);
  }
  return gotoMap(page);
}

/** Zoom to a lon/lat box and enter 编辑模式 (loads the zones in view). */
async function enterEditing(page, extent) {
  await page.waitForFunction(() => window.__zonesEditing, null, {timeout: 15_000});
  // First the 工具 panel, then the zoom: opening it narrows the map.
  await openPanel(page, 'tools');
  await page.evaluate((e) => window.__zonesEditing.zoomTo(e), extent);
  await page.click('[data-edit="enter"]');
  await waitState(page, ['ready']);
}

async function waitState(page, states) {
  await page.waitForFunction((s) => s.includes(window.__zonesEditing?.state()), states, {timeout: 30_000});
  return page.evaluate(() => window.__zonesEditing.state());
}

/** The page pixel of a lon/lat (the hook gives map pixels; the map sits beside the sidebar). */
async function pagePixel(page, [lon, lat]) {
  const box = await page.locator('#map').boundingBox();
  const [x, y] = await page.evaluate(([a, b]) => window.__zonesEditing.pixelOf(a, b), [lon, lat]);
  return [box.x + x, box.y + y];
}

// Clicks 300 ms apart: two quicker ones would be one double click to OL.
async function clickAt(page, [x, y]) {
  await page.mouse.click(x, y);
  await page.waitForTimeout(300);
}

async function drawNewZone(page, name, clicks) {
  await page.click('[data-edit="draw"]');
  await page.selectOption('select[name="parentId"]', EAST);
  await page.selectOption('select[name="level"]', 'VILLAGE');
  await page.fill('input[name="name"]', name);
  await page.click('[data-edit="start-draw"]');
  for (const pixel of clicks) await clickAt(page, pixel);
}

const shot = async (page, file) => writeFileSync(join(artifactsDir(), file), await page.screenshot());
const bbox = (points, margin) => [
  Math.min(...points.map((p) => p[0])) - margin, Math.min(...points.map((p) => p[1])) - margin,
  Math.max(...points.map((p) => p[0])) + margin, Math.max(...points.map((p) => p[1])) + margin,
];

describe('zone editing', () => {
  after(session.close);

  test('a zone drawn in the planted gap snaps to the neighbour\'s vertex and is saved', async () => {
    const cookie = await signIn('planner');
    await removeDrawnZones(cookie);
    const page = await openAs('planner');
    try {
      await enterEditing(page, bbox(GAP, 0.0003));
      const clicks = await Promise.all(GAP.map((p) => pagePixel(page, p)));
      clicks[OFF] = [clicks[OFF][0] - OFF_BY_PIXELS * 0.6, clicks[OFF][1] + OFF_BY_PIXELS * 0.8];
      await drawNewZone(page, NEW_NAME, [...clicks, clicks[0]]);
      await page.click('[data-edit="save"]');
      assert.equal(await waitState(page, ['saved', 'failed']), 'saved', await page.textContent('.edit-messages'));
      await shot(page, 'editing-snapped.png');

      const data = await graphql(`{ zones(parentId: ${EAST}, first: 100) { edges { node { name level boundary { geojson areaM2 } } } } }`, {}, {cookie});
      const saved = data.zones.edges.map((e) => e.node).find((z) => z.name === NEW_NAME);
      assert.ok(saved, 'the new zone is in the API');
      assert.equal(saved.level, 'VILLAGE');
      const ring = saved.boundary.geojson.coordinates[0][0];
      assert.ok(ring.some(([x, y]) => x === GAP[OFF][0] && y === GAP[OFF][1]),
        `the off-clicked vertex is exactly ${GAP[OFF]} (snapped); ring: ${JSON.stringify(ring)}`);
      assert.ok(Math.abs(saved.boundary.areaM2 - 30246) < 5, `the gap's area, 30,246 m²; got ${saved.boundary.areaM2}`);
    } finally {
      await removeDrawnZones(cookie);
      await page.close();
    }
  });

  test('a bow-tie is refused with the server\'s marker at the crossing and the message', async () => {
    const page = await openAs('planner');
    try {
      await enterEditing(page, bbox(GAP, 0.0003));
      // A → B and C → D are the diagonals of a box centred on the gap's middle: they cross at CENTRE.
      const CENTRE = [119.8398, 31.0246];
      const d = 0.0002;
      const corners = [[-d, d], [d, -d], [d, d], [-d, -d]].map(([x, y]) => [CENTRE[0] + x, CENTRE[1] + y]);
      const clicks = await Promise.all(corners.map((p) => pagePixel(page, p)));
      await drawNewZone(page, '测试自相交', [...clicks, clicks[0]]);
      await page.click('[data-edit="save"]');
      assert.equal(await waitState(page, ['saved', 'failed']), 'failed');
      await shot(page, 'editing-bowtie.png');

      const drawn = (await page.evaluate(() => window.__zonesEditing.features())).find((f) => f.name === '测试自相交');
      const [a, b, c, e] = drawn.coordinates[0];
      const expected = crossing(a, b, c, e);
      const markers = await page.evaluate(() => window.__zonesEditing.markers());
      assert.equal(markers.length, 1, JSON.stringify(markers));
      assert.deepEqual([markers[0].kind, markers[0].origin, markers[0].type], ['invalid', 'server', 'Point']);
      const [x, y] = markers[0].coordinates;
      assert.ok(Math.abs(x - expected[0]) <= 2e-7 && Math.abs(y - expected[1]) <= 2e-7, `marker ${x},${y} vs crossing ${expected}`);
      assert.ok(Math.abs(x - CENTRE[0]) < 1e-5 && Math.abs(y - CENTRE[1]) < 1e-5, 'about the planned centre');
      assert.match(await page.textContent('.edit-messages'), /测试自相交.*边界自相交（地图上红色圆点处）/);
      await page.click('[data-edit="discard"]');
      await waitState(page, ['ready']);
    } finally {
      await page.close();
    }
  });

  test('dragging a vertex shared by 港口村 and 溪口村 moves it in both, saved in one call', async () => {
    const cookie = await signIn('planner');
    const read = async () => (await graphql('{ a: zone(id: 15) { version boundary { geojson } } b: zone(id: 20) { version boundary { geojson } } }', {}, {cookie}));
    const before = await read();
    const page = await openAs('planner');
    try {
      await enterEditing(page, bbox([SHARED], 0.0008));
      await page.click('[data-edit="modify"]');
      const [x, y] = await pagePixel(page, SHARED);
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + 40, y + 30, {steps: 5});
      await page.mouse.up();
      await page.waitForFunction(() => !document.querySelector('[data-edit="save"]').disabled, null, {timeout: 10_000});
      const moved = (await page.evaluate(() => window.__zonesEditing.features())).filter((f) => ['15', '20'].includes(f.id));
      const has = (f, p) => JSON.stringify(f.coordinates).includes(JSON.stringify(p));
      assert.ok(moved.every((f) => !has(f, SHARED)), 'the old vertex is gone from both zones');
      await page.click('[data-edit="save"]');
      assert.equal(await waitState(page, ['saved', 'failed']), 'saved', await page.textContent('.edit-messages'));
      await shot(page, 'editing-shared-vertex.png');

      const after = await read();
      assert.deepEqual([after.a.version, after.b.version], [before.a.version + 1, before.b.version + 1], 'both saved');
      const newVertex = (await page.evaluate(() => window.__zonesEditing.features())).find((f) => f.id === '15');
      const inA = JSON.stringify(after.a.boundary.geojson).includes(JSON.stringify(SHARED));
      assert.equal(inA, false, 'the stored 港口村 no longer has the old vertex');
      const sharedNow = after.a.boundary.geojson.coordinates.flat(2).filter((p) => JSON.stringify(after.b.boundary.geojson).includes(JSON.stringify(p)));
      assert.ok(sharedNow.length > 0 && newVertex, 'the two zones still share vertices');
    } finally {
      // Put both boundaries back (one more version each) so the other tests see the demo's geometry.
      const now = await read();
      if (now.a.version !== before.a.version || now.b.version !== before.b.version) {
        const restored = await graphql('mutation($input: UpdateZoneBoundariesInput!) { updateZoneBoundaries(input: $input) { errors { ... on UserError { message } } } }', {
          input: {edits: [
            {id: '15', expectedVersion: now.a.version, boundary: {geojson: before.a.boundary.geojson}},
            {id: '20', expectedVersion: now.b.version, boundary: {geojson: before.b.boundary.geojson}},
          ]},
        }, {cookie});
        assert.deepEqual(restored.updateZoneBoundaries.errors, [], 'clean-up: boundaries restored');
      }
      await page.close();
    }
  });

  test('a viewer and an anonymous visitor see no editing tools', async () => {
    for (const who of ['viewer', null]) {
      const page = await openAs(who);
      try {
        await page.waitForTimeout(500); // the /auth/me answer, if any, has arrived
        assert.equal(await page.locator('#tools [data-edit]').count(), 0, `${who ?? 'anonymous'} sees editing tools`);
        assert.equal(await page.evaluate(() => window.__zonesEditing), undefined);
        if (who) await shot(page, 'editing-viewer.png');
      } finally {
        await page.close();
      }
    }
  });
});

/** Where segment a–b crosses c–d (worked out with the line-intersection formula). */
function crossing(a, b, c, d) {
  const den = (b[0] - a[0]) * (d[1] - c[1]) - (b[1] - a[1]) * (d[0] - c[0]);
  const t = ((c[0] - a[0]) * (d[1] - c[1]) - (c[1] - a[1]) * (d[0] - c[0])) / den;
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}
