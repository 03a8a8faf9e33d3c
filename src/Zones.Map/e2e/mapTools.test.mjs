// The desktop-GIS map tools of issue #13 §2: coordinates (checked against PostGIS), measuring,
// PNG export, an external WMTS layer kept per user, layer opacity and order.
// Needs a running server (scripts/run.sh) and psql on the server's database (see pgQuery).
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, baseUrl, gotoMap, openPage, sharedSession} from './browser.mjs';
import {openPanel, pixelOf, pixelsAround, pixelStats} from './mapHelpers.mjs';
import {startWmtsServer} from './wmtsServer.mjs';

const session = sharedSession(async (browser) => {
  const page = await openPage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {origin: baseUrl});
  return {page: await gotoMap(page)};
});
const mapPage = () => session().then((s) => s.page);

/**
 * One value from PostGIS: the database of ZONES_DATABASE_URL (Npgsql form), else the one
 * scripts/test.sh serves (127.0.0.1:$ZONES_PGPORT, database zones).
 */
function pgQuery(sql) {
  const parts = Object.fromEntries((process.env.ZONES_DATABASE_URL ?? '').split(';').filter(Boolean).map((p) => p.split('=').map((s) => s.trim())).map(([k, v]) => [k.toLowerCase(), v]));
  const args = ['-h', parts.host ?? '127.0.0.1', '-p', parts.port ?? process.env.ZONES_PGPORT ?? '54329', '-U', parts.username ?? 'zones', '-d', parts.database ?? 'zones', '-Atc', sql];
  return execFileSync('psql', args, {env: {...process.env, PGPASSWORD: parts.password ?? 'zones'}}).toString().trim();
}

/** Open the sidebar's 工具 section (the layout keeps it collapsed). */
async function showTools(page) {
  await openPanel(page, 'tools');
  await page.locator('#tools .external-form').scrollIntoViewIfNeeded();
}

const ORIGIN = [119.8, 31.03];

describe('map tools', () => {
  after(session.close);

  test('the pointer readout in CGCS2000 Gauss–Krüger equals PostGIS ST_Transform within 1 cm, and copies', async () => {
    const page = await mapPage();
    const [x, y] = await pixelOf(page, ...ORIGIN);
    const box = await page.locator('#map').boundingBox();
    await page.mouse.move(box.x + x, box.y + y);
    await page.selectOption('.coordinate-readout select', 'gk');
    const value = page.locator('.coordinate-readout .coordinate-value');
    const text = await value.textContent();
    const {lon, lat} = await value.evaluate((e) => ({lon: Number(e.dataset.lon), lat: Number(e.dataset.lat)}));
    assert.ok(Math.abs(lon - ORIGIN[0]) < 1e-4 && Math.abs(lat - ORIGIN[1]) < 1e-4, `the pointer is at ${lon}, ${lat}`);
    assert.match(text, /CGCS2000 3°带 第40带（EPSG:4528）/);
    const [shownX, shownY] = text.match(/x ([\d.]+) m\s+y ([\d.]+) m/).slice(1).map(Number);
    const [pgX, pgY] = pgQuery(`SELECT ST_Y(p) || ' ' || ST_X(p) FROM ST_Transform(ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4490), 4528) p`).split(' ').map(Number);
    assert.ok(Math.abs(shownX - pgX) <= 0.01 && Math.abs(shownY - pgY) <= 0.01, `shown ${shownX}, ${shownY}; PostGIS ${pgX}, ${pgY}`);
    await value.click();
    await page.getByText('已复制').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${shownX.toFixed(2)}, ${shownY.toFixed(2)}`);
    await page.locator('#map').screenshot({path: join(artifactsDir(), 'tools-coordinates-gk.png')});
    await page.selectOption('.coordinate-readout select', 'wgs84');
    assert.match(await value.textContent(), /WGS84\s+经度 119\.\d{6}°\s+纬度 31\.\d{6}°/);
  });

  test('a line measured between two points 1 km apart says 1.00 公里, and the double-click does not zoom', async () => {
    const page = await mapPage();
    const dLat = Number(pgQuery(`SELECT 1000 / ST_Distance('SRID=4326;POINT(${ORIGIN[0]} ${ORIGIN[1]})'::geography, 'SRID=4326;POINT(${ORIGIN[0]} ${ORIGIN[1] + 0.01})'::geography) * 0.01`));
    const end = [ORIGIN[0], ORIGIN[1] + dLat];
    await page.evaluate(([w, s, e, n]) => window.__zones.fitLonLat([w, s, e, n]), [ORIGIN[0] - 0.004, ORIGIN[1] - 0.001, ORIGIN[0] + 0.004, end[1] + 0.001]);
    await page.evaluate(() => window.__zones.render());
    await page.getByRole('button', {name: /^测量距离/}).click();
    const box = await page.locator('#map').boundingBox();
    const [ax, ay] = await pixelOf(page, ...ORIGIN);
    const [bx, by] = await pixelOf(page, ...end);
    await page.mouse.click(box.x + ax, box.y + ay);
    await page.mouse.move(box.x + (ax + bx) / 2, box.y + (ay + by) / 2);
    await page.mouse.dblclick(box.x + bx, box.y + by);
    const result = page.locator('#tools .measure-result');
    await page.waitForFunction(() => /距离：/.test(document.querySelector('#tools .measure-result')?.textContent ?? ''));
    const text = await result.textContent();
    assert.match(text, /距离：1\.00 公里/);
    await page.waitForTimeout(400);
    assert.deepEqual(await pixelOf(page, ...end), [bx, by], 'the double-click must not zoom or pan the map');
    await page.locator('#map').screenshot({path: join(artifactsDir(), 'tools-measure-1km.png')});
    // Esc drops a sketch under way; the tool stays on until its button is pressed again.
    await page.mouse.click(box.x + ax, box.y + ay + 40);
    await page.mouse.move(box.x + ax + 60, box.y + ay + 40);
    assert.equal(await page.locator('.measure-live').count(), 1);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.measure-live').count(), 0);
    await page.getByRole('button', {name: /^测量距离/}).click();
    assert.equal(await page.locator('.measure-label').count(), 0);
  });

  test('the view exports as a PNG of the map size with a legend, scale bar and north arrow', async () => {
    const page = await mapPage();
    const box = await page.locator('#map').boundingBox();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: /^把当前视图导出/}).click()]);
    const path = join(artifactsDir(), 'tools-export.png');
    await download.saveAs(path);
    const png = readFileSync(path);
    assert.equal(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'a PNG signature');
    assert.equal(png.subarray(12, 16).toString('ascii'), 'IHDR');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [Math.round(box.width), Math.round(box.height)]);
    const stats = await pixelStats(page, png);
    assert.ok(stats.drawnShare > 0.2 && stats.colours > 20, `the export should show the map: ${JSON.stringify(stats)}`);
  });

  test('a WMTS layer from a 天地图-style capabilities document is drawn, keeps its key, and is still there after a reload', async () => {
    const wmts = await startWmtsServer();
    const page = await (await session()).browser.newPage({viewport: {width: 1280, height: 800}});
    try {
      assert.equal((await page.request.post(`${baseUrl}/auth/login`, {data: {username: 'viewer', password: 'viewer-demo-2026'}})).status(), 200);
      await gotoMap(page);
      await addWmtsLayer(page, wmts, 'w');
      await page.waitForFunction(() => window.__zones.panelLayers().some((l) => l.title === '测试影像'));
      await expectTiles(page, wmts, 'w');
      const shot = await page.locator('#map').screenshot({path: join(artifactsDir(), 'tools-wmts-layer.png')});
      assert.ok(await magentaShare(page, shot) > 0.2, 'the magenta tiles should show under the zones');

      wmts.tiles.length = 0;
      await gotoMap(page);
      await page.waitForFunction(() => window.__zones.panelLayers?.().some((l) => l.title === '测试影像'));
      await expectTiles(page, wmts, 'w');
      assert.ok(await page.locator('#layers [data-layer^="ext:"]').count() === 1, 'the layer panel lists it after the reload');
    } finally {
      await page.evaluate(() => fetch('/graphql', {method: 'POST', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({query: 'mutation { saveMapLayers(input: {layers: []}) { errors { message } } }'})})).catch(() => {});
      await page.close();
      await wmts.close();
    }
  });

  test('the CGCS2000 (c) matrix set of the same service asks for the tiles that hold the view', async () => {
    const wmts = await startWmtsServer();
    const page = await (await session()).browser.newPage({viewport: {width: 1280, height: 800}});
    try {
      await gotoMap(page);
      await addWmtsLayer(page, wmts, 'c');
      await expectTiles(page, wmts, 'c');
      const top = Math.max(...wmts.tiles.map((t) => t.level));
      const span = 180 / 2 ** (top - 1);
      // The view's centre, read off the coordinate readout with the pointer there.
      const box = await page.locator('#map').boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const {lon, lat} = await page.locator('.coordinate-readout .coordinate-value').evaluate((e) => ({lon: Number(e.dataset.lon), lat: Number(e.dataset.lat)}));
      const want = {col: Math.floor((lon + 180) / span), row: Math.floor((90 - lat) / span)};
      assert.ok(wmts.tiles.some((t) => t.level === top && t.col === want.col && t.row === want.row),
        `the level-${top} tile holding the view centre (${JSON.stringify(want)}) should be asked for: ${JSON.stringify(wmts.tiles.filter((t) => t.level === top))}`);
      assert.ok(await page.evaluate(() => JSON.parse(localStorage.getItem('zones.externalLayers'))[0].matrixSet) === 'c', 'kept in the browser when not signed in');
    } finally {
      await page.evaluate(() => localStorage.removeItem('zones.externalLayers'));
      await page.close();
      await wmts.close();
    }
  });

  test('the layer panel sets a layer\'s opacity and moves it in the drawing order', async () => {
    const page = await mapPage();
    await openPanel(page, 'layers');
    const ids = async () => (await page.evaluate(() => window.__zones.panelLayers())).map((l) => l.id);
    const before = await ids();
    const row = page.locator('#layers li[data-layer-row="roads"]');
    await row.getByRole('button', {name: '道路 上移'}).click();
    const after = await ids();
    const i = before.indexOf('roads');
    assert.equal(after.indexOf('roads'), i - 1, `roads should move up one place: ${before} → ${after}`);
    await row.locator('input[type=range]').fill('40');
    const roads = (await page.evaluate(() => window.__zones.panelLayers())).find((l) => l.id === 'roads');
    assert.equal(roads.opacity, 0.4);
    await page.locator('#layers').screenshot({path: join(artifactsDir(), 'tools-layer-panel.png')});
    await row.getByRole('button', {name: '道路 下移'}).click();
    await row.locator('input[type=range]').fill('100');
    assert.deepEqual(await ids(), before);
  });
});

/** Adds the test server's layer in tile matrix set `set` through the 工具 section's form, as a user would. */
async function addWmtsLayer(page, wmts, set) {
  await showTools(page);
  const form = page.locator('#tools .external-form');
  await form.locator('select[name=kind]').selectOption('WMTS');
  await form.locator('input[name=url]').fill(`${wmts.base}/img/wmts?service=wmts&request=GetCapabilities&tk=test-key`);
  await form.getByRole('button', {name: '读取服务'}).click();
  await form.getByText('服务提供 1 个图层').waitFor();
  await form.locator('select[name=matrixSet]').selectOption(set);
  await form.getByRole('button', {name: '添加图层'}).click();
  await form.getByText('已添加“测试影像”').waitFor();
}

/** Waits until the map asked the test server for tiles of `set`, all with the key. */
async function expectTiles(page, wmts, set) {
  const deadline = Date.now() + 20_000;
  while (!wmts.tiles.some((t) => t.set === set) && Date.now() < deadline) await page.waitForTimeout(200);
  assert.ok(wmts.tiles.some((t) => t.set === set), `no ${set} tiles were requested`);
  assert.ok(wmts.tiles.every((t) => t.tk === 'test-key'), 'every tile request carries tk=');
  await page.evaluate(() => window.__zones.render());
}

/** Share of the pixels around the map's centre that are magenta-ish (the test tiles under translucent zones). */
async function magentaShare(page, png) {
  const box = await page.locator('#map').boundingBox();
  const pixels = await pixelsAround(page, png, [box.width / 2, box.height / 2], 150);
  return pixels.filter(([r, g, b]) => r > 120 && b > 120 && g < r - 40).length / pixels.length;
}
