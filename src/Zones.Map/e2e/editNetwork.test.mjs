// Editing beyond zones (issue #13 §D), against a running server with the demo township: a
// junction vertex dragged on the map moves both roads that meet there and they keep one node
// of the road graph; finishing a polygon by double-click does not zoom the map. The roads are
// made by the test in empty land and retired again; the drawn polygon is never saved.
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, graphql, sharedSession} from './browser.mjs';
import {lonLatAt, metres} from './lonLatAt.mjs';
import {openPanel} from './mapHelpers.mjs';
import {openAs, openBySearch, pagePixel, signIn} from './plannerPage.mjs';

const session = sharedSession();
const shot = async (page, file) => writeFileSync(join(artifactsDir(), file), await page.screenshot());
const ROAD_NAME = '测试路口联动路';
/** A point of the township with no road within 80 m and zones 50 m west and east of it. */
async function emptyLand() {
  const {roads} = await graphql('{ roads(first: 60) { edges { node { line { geojson } } } } }');
  const q = `query($lon: Float!, $lat: Float!, $w: Float!, $e: Float!) {
    roads(where: {near: {lon: $lon, lat: $lat}, withinMeters: 80}, first: 1) { totalCount }
    here: zonesAt(point: {lon: $lon, lat: $lat}) { townshipCode } west: zonesAt(point: {lon: $w, lat: $lat}) { id } east: zonesAt(point: {lon: $e, lat: $lat}) { id } }`;
  for (const {node} of roads.edges) {
    const [lon, lat] = node.line.geojson.coordinates[0];
    for (const [dx, dy] of [[0.0015, 0], [0, 0.0015], [-0.0015, 0], [0, -0.0015]]) {
      const c = [lon + dx, lat + dy];
      const d = await graphql(q, {lon: c[0], lat: c[1], w: c[0] - 5e-4, e: c[0] + 5e-4});
      if (d.roads.totalCount === 0 && d.here.length && d.west.length && d.east.length) return {c, township: d.here[0].townshipCode};
    }
  }
  throw new Error('no empty land for two test roads');
}

const ROADS = 'query($n: String!) { roads(name: $n, first: 10) { edges { node { id code version startNode endNode line { geojson(decimals: 9) } } } } }';

async function retireRoads(cookie) {
  const {roads} = await graphql(ROADS, {n: ROAD_NAME}, {cookie});
  for (const {node} of roads.edges) {
    await graphql('mutation($input: RetireRoadInput!) { retireRoad(input: $input) { errors { __typename } } }', {input: {id: node.id, expectedVersion: node.version}}, {cookie});
  }
}

async function createRoad(cookie, township, code, line) {
  const d = await graphql('mutation($input: CreateRoadInput!) { createRoad(input: $input) { road { id } errors { __typename } } }',
    {input: {townshipCode: township, code, name: ROAD_NAME, class: 'VILLAGE', line: {geojson: {type: 'LineString', coordinates: line}}}}, {cookie});
  assert.deepEqual(d.createRoad.errors, [], `createRoad ${code}`);
  return d.createRoad.road.id;
}

describe('editing roads and the map while drawing', () => {
  after(session.close);

  test('dragging a junction vertex moves both roads that meet there and keeps them on one node; turning one keeps the junction', async () => {
    const cookie = await signIn('planner');
    await retireRoads(cookie);
    const {c, township} = await emptyLand();
    const stamp = Date.now();
    const west = await createRoad(cookie, township, `E2EJW${stamp}`, [[c[0] - 4e-4, c[1] + 1e-4], c]);
    const east = await createRoad(cookie, township, `E2EJE${stamp}`, [c, [c[0] + 4e-4, c[1] - 1e-4]]);
    const page = await openAs((await session()).browser, 'planner');
    try {
      await page.evaluate(([x, y]) => window.__zones.fitLonLat([x - 6e-4, y - 4e-4, x + 6e-4, y + 4e-4]), c);
      await page.waitForTimeout(500);
      await openBySearch(page, ROAD_NAME, 'road');
      await page.click('#details [data-manage="edit-road"]');
      await page.waitForFunction(() => /路口/.test(document.querySelector('#details .manage-messages')?.textContent ?? ''), null, {timeout: 15_000});
      const [x, y] = await pagePixel(page, c);
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + 30, y + 24, {steps: 6});
      await page.mouse.up();
      const dropped = await lonLatAt(page, [x + 30, y + 24]);
      await shot(page, 'edit-network-junction-dragged.png');
      await page.click('#details [data-manage="save-road"]');
      await page.waitForFunction(() => /路网保持连通/.test(document.querySelector('#details')?.textContent ?? ''), null, {timeout: 20_000})
        .catch(async (e) => { throw new Error(`${await page.textContent('#details')} (${e.message})`); });
      const saved = new Map((await graphql(ROADS, {n: ROAD_NAME}, {cookie})).roads.edges.map(({node}) => [node.id, node]));
      const [w, e] = [saved.get(west), saved.get(east)];
      const wEnd = w.line.geojson.coordinates.at(-1);
      assert.deepEqual(wEnd, e.line.geojson.coordinates[0], 'the shared end is one point');
      assert.equal(w.endNode, e.startNode, 'both roads end at the same node of the road graph');
      assert.ok(metres(wEnd, dropped) < 0.5, `the junction is where it was dropped: ${metres(wEnd, dropped).toFixed(3)} m off`);
      assert.ok(metres(wEnd, c) > 2, 'it moved');
      await shot(page, 'edit-network-junction-saved.png');

      // 旋转: the segment in the panel swings about the junction; the junction and its node stay.
      const id = await page.getAttribute('#details', 'data-id');
      await page.click('#details [data-manage="rotate-road"]');
      await page.waitForSelector('#details input[name="road-angle"]', {timeout: 15_000});
      await page.evaluate(() => { const a = document.querySelector('#details input[name="road-angle"]'); a.value = '30'; a.dispatchEvent(new Event('input')); });
      assert.equal(await page.textContent('#details output'), '30°', 'the angle is shown');
      await page.click('#details [data-manage="save-road"]');
      await page.waitForFunction(() => /新形状。/.test(document.querySelector('#details')?.textContent ?? ''), null, {timeout: 20_000})
        .catch(async (e) => { throw new Error(`${await page.textContent('#details')} (${e.message})`); });
      const turned = new Map((await graphql(ROADS, {n: ROAD_NAME}, {cookie})).roads.edges.map(({node}) => [node.id, node]));
      const [tw, te] = [turned.get(west), turned.get(east)];
      assert.deepEqual(tw.line.geojson.coordinates.at(-1), wEnd, 'the junction did not move');
      assert.equal(tw.endNode, te.startNode, 'still one node');
      const free = (r) => (r.id === west ? r.line.geojson.coordinates[0] : r.line.geojson.coordinates.at(-1));
      assert.ok(metres(free(turned.get(id)), free(saved.get(id))) > 5, 'the free end swung round');
      await shot(page, 'edit-network-road-rotated.png');
      assert.deepEqual(page.problems, []);
    } finally {
      await retireRoads(cookie);
      await page.close();
    }
  });

  test('finishing a polygon with a double-click does not zoom the map', async () => {
    const page = await openAs((await session()).browser, 'planner');
    try {
      const centre = [119.8398, 31.0246];
      await page.waitForFunction(() => window.__zonesEditing, null, {timeout: 15_000});
      await openPanel(page, 'tools');
      await page.evaluate(([x, y]) => window.__zonesEditing.zoomTo([x - 8e-4, y - 6e-4, x + 8e-4, y + 6e-4]), centre);
      await page.click('[data-edit="enter"]');
      await page.waitForFunction(() => window.__zonesEditing.state() === 'ready', null, {timeout: 30_000});
      await page.click('[data-edit="draw"]');
      await page.fill('input[name="name"]', '测试双击不缩放');
      await page.click('[data-edit="start-draw"]');
      const scale = async () => {
        const [a, b] = await Promise.all([[119.83, 31.02], [119.85, 31.03]].map((p) => page.evaluate(([x, y]) => window.__zones.pixelOf(x, y), p)));
        return Math.hypot(b[0] - a[0], b[1] - a[1]);
      };
      const before = await scale();
      const corners = await Promise.all([[-2e-4, -2e-4], [2e-4, -2e-4], [2e-4, 2e-4]].map(([dx, dy]) => pagePixel(page, [centre[0] + dx, centre[1] + dy])));
      for (const [x, y] of corners) { await page.mouse.click(x, y); await page.waitForTimeout(300); }
      const [lx, ly] = await pagePixel(page, [centre[0] - 2e-4, centre[1] + 2e-4]);
      await page.mouse.dblclick(lx, ly);
      await page.waitForTimeout(800); // a zoom animates for 250 ms
      const drawn = (await page.evaluate(() => window.__zonesEditing.features())).find((f) => f.name === '测试双击不缩放');
      assert.ok(drawn, 'the double-click finished the polygon');
      const after = await scale();
      assert.ok(Math.abs(after / before - 1) < 1e-9, `the view's resolution is unchanged: ${before} px → ${after} px`);
      await shot(page, 'edit-network-dblclick-no-zoom.png');
      await page.click('[data-edit="discard"]');
      assert.deepEqual(page.problems, []);
    } finally {
      await page.close();
    }
  });
});
