// A click on the map opens the feature under it (issue #13 §B): a toilet opens the toilet, not
// its zone; where points overlap a chooser lists them; a hidden layer never answers a click;
// a cluster bubble zooms in. Toilets and overlaps are found through the API, not hard-coded.
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, gotoMap, graphql, openPage, sharedSession} from './browser.mjs';
import {openPanel} from './mapHelpers.mjs';
import {detailsReady, pagePixel} from './plannerPage.mjs';

const session = sharedSession();
const readyPage = async () => gotoMap(await openPage((await session()).browser));

const TOILETS = `{ assets(kind: TOILET, first: 80) { edges { node { id name maintainer { name } location { geojson } } } } }`;
const AROUND = `query($lon: Float!, $lat: Float!) {
  assets(where: {near: {lon: $lon, lat: $lat}, withinMeters: 6}, first: 1) { totalCount }
  complaints(open: true, where: {near: {lon: $lon, lat: $lat}, withinMeters: 6}, first: 1) { totalCount }
  zonesAt(point: {lon: $lon, lat: $lat}) { id }
}`;

/** The first toilet (in a zone) for which `wanted(neighbours)` holds; neighbours = other points within 6 m. */
async function toilet(wanted) {
  for (const {node} of (await graphql(TOILETS)).assets.edges) {
    const [lon, lat] = node.location.geojson.coordinates;
    const d = await graphql(AROUND, {lon, lat});
    if (d.zonesAt.length && wanted(d.assets.totalCount - 1 + d.complaints.totalCount)) return {...node, lon, lat};
  }
  throw new Error('no such toilet in the demo');
}

const QUIET = `query($lon: Float!, $lat: Float!) {
  assets(where: {near: {lon: $lon, lat: $lat}, withinMeters: 30}, first: 1) { totalCount }
  roads(where: {near: {lon: $lon, lat: $lat}, withinMeters: 30}, first: 1) { totalCount }
  complaints(where: {near: {lon: $lon, lat: $lat}, withinMeters: 30}, first: 1) { totalCount }
  zonesAt(point: {lon: $lon, lat: $lat}) { id }
}`;

/** A point inside a zone with no asset, road or complaint within 30 m: a click there can only mean the zone. */
async function quietSpotInZone() {
  for (let i = 0; i < 64; i++) {
    const spot = {lon: 119.776 + (i % 8) * 0.003, lat: 31.018 + Math.floor(i / 8) * 0.003};
    const d = await graphql(QUIET, spot);
    if (d.zonesAt.length && d.assets.totalCount + d.roads.totalCount + d.complaints.totalCount === 0) return spot;
  }
  throw new Error('no quiet point inside a zone found');
}

/** Fit the view to ±`span` degrees around a point and click it. */
async function clickAround(page, {lon, lat}, span) {
  await page.evaluate(([x, y, s]) => window.__zones.fitLonLat([x - s, y - s, x + s, y + s]), [lon, lat, span]);
  await page.waitForFunction(() => document.body.dataset.mapReady === 'true');
  await page.waitForTimeout(1200); // the tiles of the new view
  const [x, y] = await pagePixel(page, [lon, lat]);
  await page.mouse.click(x, y);
}

describe('a click on the map', () => {
  after(session.close);

  test('a toilet opens the toilet (name and 管护单位), not its zone', async () => {
    const t = await toilet((n) => n === 0);
    const page = await readyPage();
    await clickAround(page, t, 0.0004);
    await detailsReady(page, 'asset', t.id);
    assert.equal(await page.locator('.feature-chooser[data-open]').count(), 0, 'one toilet alone: no chooser');
    const text = await page.textContent('#details');
    assert.match(text, new RegExp(t.name));
    assert.match(text, new RegExp(`管护单位${t.maintainer?.name ?? '无管护单位'}`));
    writeFileSync(join(artifactsDir(), 'click-toilet.png'), await page.screenshot());
    await page.context().close();
  });

  test('where a toilet and another point overlap, a chooser lists both and opens the one picked', async () => {
    const t = await toilet((n) => n >= 1);
    const page = await readyPage();
    await clickAround(page, t, 0.004);
    const chooser = page.locator('.feature-chooser[data-open]');
    await chooser.waitFor({timeout: 10_000});
    const items = await chooser.locator('.feature-chooser-item').allTextContents();
    assert.ok(items.length >= 2, `several entries: ${items}`);
    assert.ok(items.some((line) => line === `公厕 ${t.name}`), `${t.name} listed in ${items}`);
    writeFileSync(join(artifactsDir(), 'click-chooser.png'), await page.screenshot());
    await chooser.locator(`.feature-chooser-item[data-kind="asset"][data-id="${t.id}"]`).click();
    await detailsReady(page, 'asset', t.id);
    assert.match(await page.textContent('#details .details-title'), new RegExp(t.name));
    assert.equal(await page.locator('.feature-chooser[data-open]').count(), 0, 'the chooser closes after the pick');
    await page.context().close();
  });

  test('with the zone layer switched off, a click on a zone area opens nothing', async () => {
    const spot = await quietSpotInZone();
    const page = await readyPage();
    await openPanel(page, 'layers');
    await page.locator('label[data-layer="zones"] input[type="checkbox"]').uncheck();
    await clickAround(page, spot, 0.0008);
    await page.waitForTimeout(1500);
    const details = await page.evaluate(() => ({...document.getElementById('details').dataset}));
    assert.notEqual(details.kind, 'zone', `no zone opens: ${JSON.stringify(details)}`);
    assert.equal(await page.locator('.feature-chooser[data-open]').count(), 0);
    // Switched on again, the same click opens the zone (so the spot was inside one).
    await page.locator('label[data-layer="zones"] input[type="checkbox"]').check();
    await page.waitForTimeout(800);
    const [x, y] = await pagePixel(page, [spot.lon, spot.lat]);
    await page.mouse.click(x, y);
    await detailsReady(page, 'zone');
    writeFileSync(join(artifactsDir(), 'click-zone-layer-off.png'), await page.screenshot());
    await page.context().close();
  });

  test('a cluster bubble zooms in to its members', async () => {
    const page = await readyPage();
    // Only assets, so every bubble is an asset cluster (teal, #0f766e).
    await openPanel(page, 'layers');
    for (const id of ['zones', 'roads', 'complaints', 'overdue']) {
      const box = page.locator(`label[data-layer="${id}"] input[type="checkbox"]`);
      if (await box.count()) await box.uncheck();
    }
    await page.evaluate(() => window.__zones.fitLonLat([119.74, 30.99, 119.86, 31.07]));
    await page.waitForTimeout(1500);
    const map = await page.locator('#map').boundingBox();
    const bubble = await page.evaluate(async ([pngBase64, w, h]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${pngBase64}`;
      await image.decode();
      const context = new OffscreenCanvas(w, h).getContext('2d');
      context.drawImage(image, 0, 0);
      const {data} = context.getImageData(0, 0, w, h);
      // The middle of a run of 5 × 5 teal pixels: a bubble, not an anti-aliased edge.
      const teal = (x, y) => { const i = (y * w + x) * 4; return Math.abs(data[i] - 15) < 12 && Math.abs(data[i + 1] - 118) < 12 && Math.abs(data[i + 2] - 110) < 12; };
      for (let y = 40; y < h - 40; y += 2) for (let x = 40; x < w - 40; x += 2) {
        let all = true;
        for (let dy = -2; dy <= 2 && all; dy++) for (let dx = -2; dx <= 2 && all; dx++) all = teal(x + dx, y + dy);
        if (all) return [x, y];
      }
      return null;
    }, [(await page.locator('#map').screenshot()).toString('base64'), Math.round(map.width), Math.round(map.height)]);
    assert.ok(bubble, 'a cluster bubble in the township view');
    const before = await page.evaluate(() => { const a = window.__zones.pixelOf(119.80, 31.03); const b = window.__zones.pixelOf(119.81, 31.03); return b[0] - a[0]; });
    await page.mouse.click(map.x + bubble[0], map.y + bubble[1]);
    await page.waitForTimeout(1200); // the zoom's animation
    const afterZoom = await page.evaluate(() => { const a = window.__zones.pixelOf(119.80, 31.03); const b = window.__zones.pixelOf(119.81, 31.03); return b[0] - a[0]; });
    assert.ok(afterZoom > before * 1.9, `zoomed in: 0.01° was ${before} px, now ${afterZoom} px`);
    assert.notEqual(await page.getAttribute('#details', 'data-state'), 'ready', 'a cluster opens no details');
    writeFileSync(join(artifactsDir(), 'click-cluster.png'), await page.screenshot());
    await page.context().close();
  });
});
