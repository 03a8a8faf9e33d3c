// The map a planner keeps open all day (issue #13 §A): at 1280×800 the map takes the screen and
// the panels open from a rail; the legend is one click away and shows what is drawn; road names
// run along the roads from z15; numbered bubbles only where points crowd; 施家村, which has only
// its parent's owner, is hatched as unowned; counts said to be 当前视野内 follow the view.
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, getJson, gotoMap, graphql, openPage, sharedSession} from './browser.mjs';
import {closePanels, openPanel, pixelsAt} from './mapHelpers.mjs';
import {openBySearch} from './plannerPage.mjs';

const session = sharedSession(async (browser) => ({page: await gotoMap(await openPage(browser))}));
const mapPage = () => session().then((s) => s.page);
const shot = async (page, file) => writeFileSync(join(artifactsDir(), file), await page.screenshot());
const mapWidth = async (page) => (await page.locator('#map').boundingBox()).width;
const TOWN_CENTRE = [119.8045, 31.0354];
const SHIJIACUN = '22';

/** Back to the first view (the whole township), panels closed, the map settled. */
async function firstView(page) {
  await closePanels(page);
  const [w, s, e, n] = (await getJson('/tiles/zones.json')).bounds;
  await page.evaluate(([a, b, c, d]) => window.__zones.fitLonLat([a, b, c, d]), [w, s, e, n]);
  await settle(page);
}

/** Wait until the counts of the view stay the same for a second (tiles arrived, labels placed). */
async function settle(page) {
  let last = '';
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(500);
    const now = await page.evaluate(() => JSON.stringify([window.__zones.counts, window.__zones.roadLabels?.()]));
    if (now === last) return;
    last = now;
  }
}

/** The count the 图层 panel shows for a layer (e.g. "7 件"), as a number. */
async function panelCount(page, layer) {
  await openPanel(page, 'layers');
  const text = await page.textContent(`#layers [data-layer="${layer}"] .layer-count`);
  return Number(/(\d+)/.exec(text ?? '')?.[1] ?? NaN);
}

describe('the planner map (layout, legend, labels, clusters, hatching, counts)', () => {
  after(session.close);

  test('at 1280×800 the map is ≥ 1,200 px wide with the whole township in view; the rail opens panels, × and Esc close them', async () => {
    const page = await mapPage();
    assert.ok(await mapWidth(page) >= 1200, `the map is ${await mapWidth(page)} px wide`);
    for (const id of ['layers', 'analysis', 'legend', 'details', 'area-query']) assert.equal(await page.locator(`#${id}`).isVisible(), false, `#${id} starts collapsed`);
    const box = await page.locator('#map').boundingBox();
    const [w, s, e, n] = (await getJson('/tiles/zones.json')).bounds;
    for (const [lon, lat] of [[w, s], [e, n], [w, n], [e, s]]) {
      const [x, y] = await page.evaluate(([a, b]) => window.__zones.pixelOf(a, b), [lon, lat]);
      assert.ok(x >= 0 && x <= box.width && y >= 0 && y <= box.height, `corner ${lon},${lat} of the township is at ${x},${y}, outside the ${box.width}×${box.height} map`);
    }
    await shot(page, 'plannerMap-collapsed.png');
    const rail = await page.locator('#rail .rail-button:visible').allTextContents();
    for (const label of ['图层', '分析', '图例', '区域查询']) assert.ok(rail.includes(label), `the rail offers ${label}: ${rail.join(' ')}`);
    await page.click('#rail [data-panel="layers"]');
    assert.ok(await page.locator('#layers').isVisible());
    await page.click('#sidebar .aside-close');
    assert.equal(await page.locator('#layers').isVisible(), false, '× closes the sidebar');
    await page.click('#rail [data-panel="area-query"]');
    assert.ok(await page.locator('#area-query').isVisible());
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#area-query').isVisible(), false, 'Esc closes the drawer');
    assert.ok(await mapWidth(page) >= 1200);
  });

  test('a selection opens the drawer with its details, and the idle 区域查询 panel does not keep it open', async () => {
    const page = await mapPage();
    await openBySearch(page, '施家村', 'zone');
    assert.ok(await page.locator('#details').isVisible(), 'the details are shown');
    assert.equal(await page.locator('#area-query').isVisible(), false, 'only the details, not the idle area query');
    await shot(page, 'plannerMap-details.png');
    await page.click('#drawer .aside-close');
    assert.equal(await page.locator('#details').isVisible(), false);
    assert.ok(await mapWidth(page) >= 1200, 'closed again, the map has the width back');
  });

  test('a section a feature adds later to the drawer gets its rail button and opens on show-panel', async () => {
    const page = await mapPage();
    await page.evaluate(() => {
      const section = document.createElement('section');
      section.id = 'e2e-added';
      section.className = 'panel';
      section.setAttribute('aria-label', '测试表');
      section.textContent = '后加的面板';
      document.getElementById('drawer').append(section);
    });
    await page.locator('#rail [data-panel="e2e-added"]').waitFor();
    assert.equal(await page.locator('#e2e-added').isVisible(), false, 'added collapsed');
    await page.evaluate(() => window.__zones.showPanel('e2e-added'));
    assert.ok(await page.locator('#e2e-added').isVisible(), 'show-panel opens it');
    assert.equal(await page.locator('#area-query').isVisible(), false, 'one section at a time');
    await page.click('#rail [data-panel="e2e-added"]');
    assert.equal(await page.locator('#e2e-added').isVisible(), false, 'its rail button closes it again');
    await page.evaluate(() => document.getElementById('e2e-added').remove());
  });

  test('the legend is one click away, at the top, and lists only what is drawn: no clusters at z16, gaps when switched on, one row per colour', async () => {
    const page = await mapPage();
    await firstView(page);
    await page.click('#rail [data-panel="legend"]');
    const legend = await page.locator('#legend').boundingBox();
    assert.ok(legend.y < 120, `the legend starts ${legend.y} px down`);
    const shown = () => page.$$eval('#legend [data-legend]', (s) => s.filter((e) => !e.hidden).map((e) => e.dataset.legend));
    const rows = () => page.$$eval('#legend li', (l) => l.filter((e) => e.checkVisibility()).map((e) => e.textContent));
    assert.deepEqual(await shown(), ['zones', 'roads', 'assets', 'complaints'], 'the layers that are on, not reach, heat or gaps');
    assert.ok((await rows()).some((r) => r.startsWith('聚合')), 'clusters at the first view');
    await page.evaluate(([lon, lat]) => window.__zones.setView(lon, lat, 16), TOWN_CENTRE);
    await settle(page);
    assert.ok(!(await rows()).some((r) => r.startsWith('聚合')), 'no cluster row at z16, where nothing clusters');

    await firstView(page);
    await openPanel(page, 'layers');
    await page.check('#layers [data-layer="gaps"] input');
    await page.waitForFunction(() => window.__zones.featuresInView('gaps').length > 0, null, {timeout: 60_000});
    await settle(page);
    await openPanel(page, 'legend');
    const kinds = new Set((await page.evaluate(() => window.__zones.featuresInView('gaps'))).map((g) => g.kind));
    const gapRows = await page.$$eval('#legend [data-legend="gaps"] li', (l) => l.map((e) => e.textContent));
    for (const label of ['片区无责任人', '路段无包联单位', '设施损坏/不亮', '无路灯道路'].filter((_, i) => kinds.has(['zone_without_owner', 'road_without_owner', 'asset_out_of_service', 'unlit_road'][i]))) {
      assert.ok(gapRows.some((r) => r.includes(label)), `the gaps legend names ${label}: ${gapRows.join(' | ')}`);
    }
    assert.ok(gapRows.length >= 3, `gap rows: ${gapRows.join(' | ')}`);
    await shot(page, 'plannerMap-legend-gaps.png');
    await openPanel(page, 'layers');
    await page.uncheck('#layers [data-layer="gaps"] input');
  });

  test('road names run along the roads at z16, each name once, drawn on the map canvas', async () => {
    const page = await mapPage();
    await closePanels(page);
    await page.evaluate(([lon, lat]) => window.__zones.setView(lon, lat, 16), TOWN_CENTRE);
    await settle(page);
    const labels = await page.evaluate(() => window.__zones.roadLabels());
    const roads = new Set((await page.evaluate(() => window.__zones.featuresInView('roads'))).map((r) => r.name));
    assert.ok(labels.length >= 5, `road names at z16: ${labels.join('、')}`);
    assert.equal(new Set(labels).size, labels.length, 'each road name once');
    assert.ok(labels.every((l) => roads.has(l)), `names of roads in view: ${labels.join('、')}`);
    const ink = await page.evaluate(() => {
      const canvas = document.querySelector('.road-labels canvas');
      if (!canvas) return 0;
      const {data} = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 200 && data[i] < 110 && data[i + 1] < 110 && data[i + 2] < 110) dark++;
      return dark;
    });
    assert.ok(ink > 500, `only ${ink} dark text pixels of road names on the canvas`);
    await shot(page, 'plannerMap-road-names-z16.png');
  });

  test('at the first view numbered bubbles mark only crowded cells; a street is small dots, not a row of numbers', async () => {
    const page = await mapPage();
    await firstView(page);
    const cells = [...await page.evaluate(() => window.__zones.featuresInView('assets')), ...await page.evaluate(() => window.__zones.featuresInView('complaints'))]
      .filter((f) => f.cluster);
    const crowded = cells.filter((c) => c.count >= 10);
    assert.ok(cells.length > 100 && crowded.length < cells.length / 5, `${crowded.length} crowded of ${cells.length} cells`);
    // Numbered bubbles are ≥ 10 px teal discs: on the first view they covered the streets.
    const png = await page.locator('#map').screenshot();
    const box = await page.locator('#map').boundingBox();
    const grid = [];
    for (let x = 2; x < box.width; x += 3) for (let y = 2; y < box.height; y += 3) grid.push([x, y]);
    const teal = (await pixelsAt(page, png, grid)).filter(([r, g, b]) => Math.abs(r - 15) < 20 && Math.abs(g - 118) < 25 && Math.abs(b - 110) < 25).length;
    assert.ok(teal / grid.length < 0.02, `${(100 * teal / grid.length).toFixed(2)} % of the map is cluster teal`);
    await shot(page, 'plannerMap-clusters.png');
  });

  test('施家村, with only its parent area\'s owner, is hatched as unowned in the ownership view and counted so in the legend', async () => {
    const page = await mapPage();
    await firstView(page);
    const {zone} = await graphql(`{ zone(id: ${SHIJIACUN}) { name boundary { geojson(decimals: 6) } } }`);
    const ring = zone.boundary.geojson.type === 'MultiPolygon' ? zone.boundary.geojson.coordinates[0][0] : zone.boundary.geojson.coordinates[0];
    await page.evaluate((r) => {
      const xs = r.map((p) => p[0]);
      const ys = r.map((p) => p[1]);
      window.__zones.fitLonLat([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
    }, ring);
    await settle(page);
    const png = await page.locator('#map').screenshot();
    const inside = [];
    for (const [lon, lat] of sample(ring, 30)) inside.push(await page.evaluate(([a, b]) => window.__zones.pixelOf(a, b), [lon, lat]));
    const pixels = await pixelsAt(page, png, inside);
    const chroma = pixels.map(([r, g, b]) => Math.max(r, g, b) - Math.min(r, g, b)).sort((a, b) => a - b);
    const hatch = pixels.filter(([r, g, b]) => Math.abs(r - 156) < 30 && Math.abs(g - 163) < 30 && Math.abs(b - 175) < 30).length;
    assert.ok(chroma[chroma.length >> 1] < 25, `施家村 is painted in a colour (median chroma ${chroma[chroma.length >> 1]}), not hatched grey`);
    assert.ok(hatch / pixels.length > 0.05, `hatch lines on ${hatch} of ${pixels.length} sampled pixels`);
    await openPanel(page, 'legend');
    assert.match(await page.textContent('#legend-owners li[data-owner=""]'), /无责任人\s*1 个/);
    await shot(page, 'plannerMap-shijiacun-hatched.png');
  });

  test('counts said to be 当前视野内 follow the view: 超期投诉 near one case, and none falls to 0 after an area query', async () => {
    const page = await mapPage();
    await firstView(page);
    const {complaints} = await graphql('{ complaints(open: true, overdue: true, first: 100) { totalCount edges { node { location { geojson } } } } }');
    assert.equal(await panelCount(page, 'overdue'), complaints.totalCount, 'the whole township: every overdue case');
    const [lon, lat] = complaints.edges[0].node.location.geojson.coordinates;
    await closePanels(page);
    await page.evaluate(([a, b]) => window.__zones.setView(a, b, 17), [lon, lat]);
    await settle(page);
    const box = await page.locator('#map').boundingBox();
    let inView = 0;
    for (const {node} of complaints.edges) {
      const [x, y] = await page.evaluate(([a, b]) => window.__zones.pixelOf(a, b), node.location.geojson.coordinates);
      if (x >= 0 && x <= box.width && y >= 0 && y <= box.height) inView++;
    }
    assert.ok(inView >= 1 && inView < complaints.totalCount);
    assert.equal(await panelCount(page, 'overdue'), inView, `超期投诉 in view at z17 near ${lon},${lat}`);

    await openPanel(page, 'area-query');
    await page.waitForFunction(() => document.querySelectorAll('#area-query select option').length > 20);
    const zoneId = await page.$eval('#area-query select[data-action="zone"]', (s) => [...s.options].find((o) => o.textContent.includes('锦绣社区'))?.value);
    await page.selectOption('#area-query select[data-action="zone"]', zoneId);
    await page.waitForFunction(() => ['done', 'error'].includes(document.querySelector('#area-query').dataset.state), null, {timeout: 90_000});
    await page.waitForTimeout(1000);
    await settle(page);
    for (const layer of ['zones', 'roads', 'assets']) assert.ok(await panelCount(page, layer) > 0, `${layer} in view after the area query`);
    await shot(page, 'plannerMap-counts-after-area-query.png');
  });
});

/** Points on a grid inside a ring (lon/lat), `n` per side of its box, inset from the edge. */
function sample(ring, n) {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const points = [];
  for (let i = 1; i < n; i++) for (let j = 1; j < n; j++) {
    const p = [x0 + (x1 - x0) * i / n, y0 + (y1 - y0) * j / n];
    if (insideRing(p, ring)) points.push(p);
  }
  return points;
}

function insideRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
