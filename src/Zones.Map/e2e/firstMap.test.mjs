// The first map, end to end: the built client served by Zones.Server draws the demo
// township from the vector tiles, counts what is in view, and speaks Chinese. Needs a
// running server with the demo township (scripts/run.sh); see e2e/browser.mjs.
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, getJson, gotoMap, graphql, openPage, sharedSession} from './browser.mjs';
import {pixelStats} from './mapHelpers.mjs';

/** The map, opened once for all tests of this file. */
const session = sharedSession(async (browser) => ({page: await gotoMap(await openPage(browser))}));
const mapPage = () => session().then((s) => s.page);

describe('first map', () => {
  after(session.close);

  test('loads without an error', async () => {
    const page = await mapPage();
    const body = await page.evaluate(() => ({...document.body.dataset}));
    assert.equal(body.mapError, undefined, `map error: ${body.mapError} (${body.mapErrorDetail})`);
    assert.equal(body.mapReady, 'true');
    assert.deepEqual(page.problems, [], 'no console errors or uncaught exceptions');
  });

  test('the whole township is in view: tile counts equal the API totals', async () => {
    const page = await mapPage();
    const counts = await page.evaluate(() => window.__zones?.counts);
    // Zones and roads come whole or cut at tile edges (counted once); assets as clusters (counted by their count).
    for (const id of ['zones', 'roads', 'assets']) {
      const {numberMatched} = await getJson(`/ogc/collections/${id}/items?limit=1`);
      assert.ok(numberMatched > 0, `${id}: the demo township should have features`);
      assert.equal(counts?.[id], numberMatched, `${id}: features in view vs numberMatched`);
    }
    const api = await graphql(`{ open: complaints(open: true) { totalCount } overdue: complaints(open: true, overdue: true) { totalCount } }`);
    assert.equal(counts?.complaints, api.open.totalCount, 'unresolved complaints in view vs the API');
    assert.equal(counts?.overdue, api.overdue.totalCount, 'overdue complaints vs the API');
  });

  test('speaks Chinese: page language, panel, legend and status line', async () => {
    const page = await mapPage();
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
    // Top of the panel = drawn on top (issue #13: the panel orders the layers).
    assert.match(await page.textContent('#layers'), /图层[\s\S]*超期投诉[\s\S]*未结投诉[\s\S]*设施[\s\S]*道路[\s\S]*片区/);
    assert.match(await page.textContent('#legend'), /图例[\s\S]*包联责任人[\s\S]*过境公路[\s\S]*公厕[\s\S]*超期投诉/);
    assert.match(await page.textContent('#status'), /^已加载：片区 \d+ 个/);
    assert.match(await page.textContent('#layers [data-layer="assets"]'), /\d+ 处/);
  });

  test('draws the township: the screenshot is not blank', async () => {
    const page = await mapPage();
    const dir = artifactsDir();
    writeFileSync(join(dir, 'firstMap.png'), await page.screenshot());
    const mapShot = await page.locator('#map').screenshot();
    writeFileSync(join(dir, 'firstMap-map.png'), mapShot);

    const stats = await pixelStats(page, mapShot);
    assert.ok(stats.drawnShare > 0.2, `only ${(stats.drawnShare * 100).toFixed(2)}% of the map differs from the background`);
    assert.ok(stats.colours >= 12, `only ${stats.colours} distinct colours on the map`);
  });
});
