// Assets and roads from the map (issue #11 §10), against a running server with the demo
// township: a new asset clicked beside a road lands on it, is dragged elsewhere and
// retired; a new road drawn from a dead end snaps to it. Everything made is retired again.
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, graphql, sharedSession} from './browser.mjs';
import {lonLatAt, metres} from './lonLatAt.mjs';
import {openPanel} from './mapHelpers.mjs';
import {assignIn, detailsReady, openAs, pagePixel, signIn} from './plannerPage.mjs';

const ROAD_NAME = '测试新增路';
const session = sharedSession();
const shot = async (page, file) => writeFileSync(join(artifactsDir(), file), await page.screenshot());
const box = (points, m) => [Math.min(...points.map((p) => p[0])) - m, Math.min(...points.map((p) => p[1])) - m,
  Math.max(...points.map((p) => p[0])) + m, Math.max(...points.map((p) => p[1])) + m];

/** Metres between a point and segment a–b, in a local plane (fine over a few hundred metres). */
function metresToSegment(p, a, b) {
  const k = [Math.cos((p[1] * Math.PI) / 180) * 111_320, 110_540];
  const [px, py, ax, ay, bx, by] = [p[0] * k[0], p[1] * k[1], a[0] * k[0], a[1] * k[1], b[0] * k[0], b[1] * k[1]];
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

/** The longest line segments of the demo roads whose middle has no other road within 30 m. */
async function longSegment() {
  const {roads} = await graphql('{ roads(first: 300) { edges { node { id name line { geojson } } } } }');
  const segments = roads.edges.flatMap(({node}) => node.line.geojson.coordinates.slice(1)
    .map((b, i) => ({road: node, a: node.line.geojson.coordinates[i], b})))
    .map((s) => ({...s, length: metresToSegment(s.a, s.b, s.b), mid: [(s.a[0] + s.b[0]) / 2, (s.a[1] + s.b[1]) / 2]}))
    .sort((x, y) => y.length - x.length);
  for (const s of segments.slice(0, 30)) {
    const near = await graphql('query($lon: Float!, $lat: Float!) { roads(where: {near: {lon: $lon, lat: $lat}, withinMeters: 30}, first: 5) { totalCount } }', {lon: s.mid[0], lat: s.mid[1]});
    if (near.roads.totalCount === 1) return s;
  }
  throw new Error('no long, lonely road segment');
}

/** A dead end (an end vertex on one road only) with 60 m of empty land inside a zone beyond it. */
async function deadEnd() {
  const {roads} = await graphql('{ roads(first: 300) { edges { node { id line { geojson } } } } }');
  const q = `query($line: GeoJSON!, $lon: Float!, $lat: Float!) {
    crossing: roads(where: {intersects: {geojson: $line}}, first: 5) { totalCount }
    zonesAt(point: {lon: $lon, lat: $lat}) { id } }`;
  for (const {node} of roads.edges) {
    const start = node.line.geojson.coordinates[0];
    for (const [dx, dy] of [[6e-4, 0], [0, 6e-4], [-6e-4, 0], [0, -6e-4]]) {
      const end = [start[0] + dx, start[1] + dy];
      const mid = [start[0] + dx / 2 + dy / 4, start[1] + dy / 2 + dx / 4];
      const d = await graphql(q, {line: {type: 'LineString', coordinates: [start, mid, end]}, lon: end[0], lat: end[1]});
      if (d.crossing.totalCount === 1 && d.zonesAt.length) return [start, mid, end];
    }
  }
  throw new Error('no dead end with room for a new road');
}

async function retireRoads(cookie) {
  const {roads} = await graphql('query($n: String!) { roads(name: $n, first: 50) { edges { node { id version } } } }', {n: ROAD_NAME}, {cookie});
  for (const {node} of roads.edges) {
    await graphql('mutation($input: RetireRoadInput!) { retireRoad(input: $input) { errors { __typename } } }', {input: {id: node.id, expectedVersion: node.version}}, {cookie});
  }
}

const panelState = (page, states) => page.waitForFunction((s) => s.includes(document.querySelector('.network-panel')?.dataset.state), states, {timeout: 30_000});

describe('assets and roads from the map', () => {
  after(session.close);

  test('a new asset clicked beside a road lands on it, is moved by dragging and retired', async () => {
    const cookie = await signIn('planner');
    const {road, a, b, mid} = await longSegment();
    const identifier = `E2E${Date.now()}`;
    const page = await openAs((await session()).browser, 'planner');
    let id = null;
    try {
      await openPanel(page, 'tools');
      await page.evaluate((e) => window.__zones.fitLonLat(e), box([mid], 0.0006));
      await page.waitForTimeout(500);
      await page.click('[data-network="new-asset"]');
      await page.selectOption('select[name="asset-kind"]', 'BIN');
      await page.fill('input[name="asset-identifier"]', identifier);
      await page.click('[data-network="place-asset"]');
      await panelState(page, ['placing']);
      const [x, y] = await pagePixel(page, mid);
      await page.mouse.click(x + 6, y + 6); // 8.5 px off the line at most: within the 15 px snap
      await panelState(page, ['saved', 'failed']);
      assert.match(await page.textContent('.network-panel .edit-messages'), new RegExp(`已新增部件“${identifier}”，位于道路“${road.name}”上`));
      await detailsReady(page, 'asset');
      id = await page.getAttribute('#details', 'data-id');
      const q = `{ asset(id: ${id}) { identifier location { geojson } road { id } } }`;
      const saved = (await graphql(q, {}, {cookie})).asset;
      assert.equal(saved.road.id, road.id);
      assert.ok(metresToSegment(saved.location.geojson.coordinates, a, b) < 0.05, 'the point lies on the road');
      await shot(page, 'network-asset-added.png');

      // Its 包联 from the same panel: a unit answers for it.
      const {units} = await graphql('{ units(townshipCode: "330522125000") { name } }', {}, {cookie});
      await page.click('#details [data-owner="assign"]');
      await assignIn(page, units[0].name);
      await page.waitForFunction(() => /已为部件“.*”指定责任人/.test(document.querySelector('#details > .details-ok')?.textContent ?? ''), null, {timeout: 15_000});
      await detailsReady(page, 'asset', id);
      const owners = (await graphql(`{ assignments(targetKind: ASSET, targetId: ${id}) { ownerName role isPrimary } }`, {}, {cookie})).assignments;
      assert.deepEqual(owners, [{ownerName: units[0].name, role: 'RESPONSIBLE_UNIT', isPrimary: true}]);

      await page.click('#details [data-manage="move"]');
      const [hx, hy] = await pagePixel(page, saved.location.geojson.coordinates);
      await page.mouse.move(hx, hy);
      await page.mouse.down();
      await page.mouse.move(hx + 40, hy + 30, {steps: 5});
      await page.mouse.up();
      const dropped = await lonLatAt(page, [hx + 40, hy + 30]);
      await page.click('#details [data-manage="save-move"]');
      await page.waitForFunction(() => /新位置/.test(document.querySelector('#details > .details-ok')?.textContent ?? ''), null, {timeout: 15_000});
      await detailsReady(page, 'asset', id);
      const moved = (await graphql(q, {}, {cookie})).asset.location.geojson.coordinates;
      const [mx, my] = await pagePixel(page, moved);
      assert.ok(Math.abs(mx - hx - 40) < 3 && Math.abs(my - hy - 30) < 3, `moved by the drag: ${mx - hx}, ${my - hy}`);
      assert.ok(metres(moved, dropped) < 0.5, `saved where it was dropped: ${metres(moved, dropped).toFixed(3)} m off`);

      await page.click('#details [data-manage="retire"]');
      await page.waitForFunction(() => /已报废/.test(document.querySelector('#details .manage-messages')?.textContent ?? ''), null, {timeout: 15_000});
      assert.deepEqual(page.problems, []);
    } finally {
      if (id) {
        const left = (await graphql(`{ asset(id: ${id}) { id version } }`, {}, {cookie})).asset;
        if (left) await graphql('mutation($input: RetireAssetInput!) { retireAsset(input: $input) { errors { __typename } } }', {input: {id: left.id, expectedVersion: left.version}}, {cookie});
      }
      await page.close();
    }
  });

  test('a new road drawn from a dead end snaps to it and is saved', async () => {
    const cookie = await signIn('planner');
    await retireRoads(cookie);
    const line = await deadEnd();
    const page = await openAs((await session()).browser, 'planner');
    try {
      await openPanel(page, 'tools');
      await page.evaluate((e) => window.__zones.fitLonLat(e), box(line, 0.0004));
      await page.waitForTimeout(500);
      await page.click('[data-network="new-road"]');
      await page.fill('input[name="road-name"]', ROAD_NAME);
      await page.selectOption('select[name="road-class"]', 'VILLAGE');
      await page.click('[data-network="draw-road"]');
      await panelState(page, ['drawing']);
      const [start, mid, end] = await Promise.all(line.map((p) => pagePixel(page, p)));
      await page.mouse.click(start[0] + 4, start[1] - 3); // 5 px off the dead end: snapped onto it
      await page.waitForTimeout(300);
      await page.mouse.click(mid[0], mid[1]);
      await page.waitForTimeout(300);
      await page.mouse.dblclick(end[0], end[1]);
      await panelState(page, ['saved', 'failed']);
      assert.match(await page.textContent('.network-panel .edit-messages'), new RegExp(`已保存道路“${ROAD_NAME}”`));
      await detailsReady(page, 'road');
      const {roads} = await graphql('query($n: String!) { roads(name: $n, first: 10) { edges { node { class line { geojson } } } } }', {n: ROAD_NAME}, {cookie});
      assert.equal(roads.edges.length, 1, 'one piece: it crosses nothing');
      const coords = roads.edges[0].node.line.geojson.coordinates;
      assert.equal(roads.edges[0].node.class, 'VILLAGE');
      assert.deepEqual(coords[0], line[0], 'the first vertex is exactly the dead end (snapped)');
      await shot(page, 'network-road-added.png');
      assert.deepEqual(page.problems, []);
    } finally {
      await retireRoads(cookie);
      await page.close();
    }
  });
});
