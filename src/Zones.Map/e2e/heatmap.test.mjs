// The heat map of unresolved complaints over the demo's planted hot spots. Needs a
// running server with the demo (scripts/run.sh); see e2e/browser.mjs.
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, gotoMap, openPage, sharedSession} from './browser.mjs';
import {closePanels, openPanel, pixelOf, pixelsAround} from './mapHelpers.mjs';

// data/demo/README.md, 案卷: the planted hot spots.
const MARKET = [119.807722, 31.0327959]; // 桑溪农贸市场
const BUS_STATION = [119.8043682, 31.0287531]; // 桑溪汽车站
// Inside the view, outside the township's round boundary: no complaint can be there.
const EMPTY = [119.7585, 31.069];

/** The map with the heat map on, and screenshots of #map without and with it. */
const heatPage = sharedSession(async (browser) => {
  const page = await gotoMap(await openPage(browser));
  // Everything else off, zone names included: nothing is drawn over the heat cells.
  await openPanel(page, 'layers');
  for (const id of ['zones', 'roads', 'assets', 'complaints', 'overdue']) await page.setChecked(`#layers [data-layer="${id}"] input`, false);
  // Both screenshots with the panels closed: the same map size, so the same pixels.
  await closePanels(page);
  await page.evaluate(() => window.__zones.render());
  const plain = await page.locator('#map').screenshot();
  await openPanel(page, 'analysis');
  await page.selectOption('#analysis select[name="heat-range"]', '90d');
  await page.selectOption('#analysis select[name="heat-stage"]', '');
  await page.setChecked('#analysis input[name="heatmap"]', true);
  await page.waitForFunction(() => document.body.dataset.heatmap === 'ready' || document.body.dataset.heatmap === 'error');
  // Closing the panel widens the map again; the heat map reads the cells of the wider view.
  await closePanels(page);
  await page.waitForTimeout(500);
  await page.waitForFunction(() => document.body.dataset.heatmap === 'ready' || document.body.dataset.heatmap === 'error');
  await page.evaluate(() => window.__zones.render());
  const heat = await page.locator('#map').screenshot();
  writeFileSync(join(artifactsDir(), 'heatmap.png'), await page.screenshot());
  return {page, plain, heat};
});

/** Pixels within 5 px of a lon/lat that the heat map turned warm: changed, and red above blue. */
async function warmPixels({page, plain, heat}, [lon, lat]) {
  const [x, y] = await pixelOf(page, lon, lat);
  const before = await pixelsAround(page, plain, [x, y], 5);
  const after = await pixelsAround(page, heat, [x, y], 5);
  return after.filter((p, i) => p.some((v, k) => Math.abs(v - before[i][k]) > 12) && p[0] > p[2] + 30).length;
}

describe('heat map', () => {
  after(heatPage.close);

  test('loads and says how many complaints it counts', async () => {
    const {page} = await heatPage();
    assert.equal(await page.evaluate(() => document.body.dataset.heatmap), 'ready', await page.textContent('#analysis'));
    assert.match(await page.textContent('#analysis'), /共 \d+ 件未结投诉，最热一格 \d+ 件/);
    assert.ok(await page.evaluate(() => window.__zones.counts.heatmap) > 0);
  });

  test('colours the planted hot spots at the market and the bus station', async () => {
    const s = await heatPage();
    // 60 of the 121 pixels around each: a spot may lie near a cell edge.
    const market = await warmPixels(s, MARKET);
    const station = await warmPixels(s, BUS_STATION);
    assert.ok(market >= 60, `桑溪农贸市场 should be under a coloured cell: ${market} of 121 pixels warm`);
    assert.ok(station >= 60, `桑溪汽车站 should be under a coloured cell: ${station} of 121 pixels warm`);
  });

  test('leaves an area far from any complaint uncoloured', async () => {
    const s = await heatPage();
    assert.equal(await warmPixels(s, EMPTY), 0);
  });
});
