// Shops and 门前三包 (issue #13 §6): the 门店 layer draws each shop and the stretch of road in
// front of it; a click on a shop opens it with its 包联 cadre (and phone), its 门前三包 stretch
// (road and length) and the complaints within it; the print of a zone lists its shops with their
// cadres. Shops, cadres and stretches come from the API, not from hard-coded demo values.
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, baseUrl, gotoMap, graphql, openPage, sharedSession} from './browser.mjs';
import {detailsReady, pagePixel} from './plannerPage.mjs';

const session = sharedSession();
const readyPage = async (viewport) => gotoMap(await openPage((await session()).browser, viewport));

const SHOPS = `{ shops(first: 100) { edges { node { id name address frontageLengthM road { name }
  location { geojson } frontage { geojson }
  owners { ownerName ownerPhone isPrimary } complaints { caseNumber } } } } }`;

/** The first shop with its own 包联 cadre and a frontage (the demo assigns cadres to most of its shops). */
async function assignedShop() {
  const shops = (await graphql(SHOPS)).shops.edges.map((e) => e.node);
  const shop = shops.find((s) => s.owners.length && s.frontage);
  assert.ok(shop, 'the demo has a shop with a 包联 cadre on a street');
  const [lon, lat] = shop.location.geojson.coordinates;
  // The middle of the stretch: a 10 m piece of a straight segment has its two ends only.
  const ends = [shop.frontage.geojson.coordinates[0], shop.frontage.geojson.coordinates.at(-1)];
  return {...shop, lon, lat, band: [(ends[0][0] + ends[1][0]) / 2, (ends[0][1] + ends[1][1]) / 2]};
}

/** Show ±`span` degrees around a point and wait for the tiles of that view. */
async function showAround(page, {lon, lat}, span) {
  await page.evaluate(([x, y, s]) => window.__zones.fitLonLat([x - s, y - s, x + s, y + s]), [lon, lat, span]);
  await page.waitForFunction(() => document.body.dataset.mapReady === 'true');
  await page.waitForTimeout(1500);
  await page.evaluate(() => window.__zones.render());
}

/** RGB of the map canvas at a page pixel (from a screenshot: the map's canvases composed). */
async function pixelAt(page, [x, y]) {
  const png = await page.screenshot({clip: {x: Math.round(x) - 1, y: Math.round(y) - 1, width: 3, height: 3}});
  return page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const context = new OffscreenCanvas(3, 3).getContext('2d');
    context.drawImage(image, 0, 0);
    return [...context.getImageData(1, 1, 1, 1).data.slice(0, 3)];
  }, png.toString('base64'));
}

describe('shops (门店) and 门前三包', () => {
  after(session.close);

  test('the 门店 layer draws the shops and their 门前三包 bands at street level', async () => {
    const shop = await assignedShop();
    const page = await readyPage();
    const toggle = page.locator('label[data-layer="shops"] input[type="checkbox"]');
    assert.equal(await toggle.count(), 1, 'the layer panel lists 门店');
    assert.ok(await toggle.isChecked(), '门店 is on by default');
    await showAround(page, shop, 0.0006);
    const counts = await page.evaluate(() => window.__zones.counts);
    assert.ok(counts.shops >= 1, `shops counted in view: ${JSON.stringify(counts)}`);
    const [r, g, b] = await pixelAt(page, await pagePixel(page, shop.band));
    assert.ok(b > r + 50 && g > r + 50, `the 门前三包 band is cyan where the API puts it: rgb(${r}, ${g}, ${b})`);
    writeFileSync(join(artifactsDir(), 'shops-layer.png'), await page.screenshot());
    await page.context().close();
  });

  test('a click on a shop opens it with its 包联 cadre, phone, 门前三包 stretch and complaints', async () => {
    const shop = await assignedShop();
    const page = await readyPage();
    await showAround(page, shop, 0.0004);
    const [x, y] = await pagePixel(page, [shop.lon, shop.lat]);
    await page.mouse.click(x, y);
    const chooser = page.locator('.feature-chooser[data-open]');
    if (await chooser.count()) await chooser.locator('.feature-chooser-item[data-kind="shop"]').first().click();
    await detailsReady(page, 'shop', shop.id);
    const text = (await page.textContent('#details')).replace(/\s+/g, ' ');
    assert.match(await page.textContent('#details .details-title'), new RegExp(shop.name));
    const cadre = shop.owners.find((o) => o.isPrimary) ?? shop.owners[0];
    assert.match(text, new RegExp(`包联干部.*${cadre.ownerName}`));
    assert.ok(text.replace(/ /g, '').includes(cadre.ownerPhone), `the cadre's phone ${cadre.ownerPhone} in: ${text}`);
    assert.match(text, new RegExp(`门前三包\\s*${shop.road.name}\\s*门前\\s*${Math.round(shop.frontageLengthM)} 米`));
    assert.match(text, shop.complaints.length ? new RegExp(`门前案卷（${shop.complaints.length}）`) : /没有案卷/);
    writeFileSync(join(artifactsDir(), 'shops-details.png'), await page.screenshot());
    await page.context().close();
  });

  test("the print of a zone lists its shops with their 包联 cadres", async () => {
    const {zone} = await graphql('{ zone(code: "330522125000107") { id name } }');
    const {shops} = await graphql(`query($id: ID!) { shops(zoneId: $id, orderBy: CODE, first: 200) { edges { node { name owners { ownerName isPrimary } } } } }`, {id: zone.id});
    const expected = shops.edges.map((e) => e.node);
    assert.ok(expected.length > 0, `${zone.name} has shops in the demo`);
    const page = await openPage((await session()).browser, {width: 1280, height: 1000});
    await page.goto(`${baseUrl}/?print=${zone.id}`, {waitUntil: 'domcontentloaded'});
    await page.waitForFunction(() => ['ready', 'error'].includes(document.querySelector('#print-root').dataset.state), null, {timeout: 90_000});
    const rows = await page.$$eval('.print-shop-table tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent)));
    assert.deepEqual(rows.map((r) => r[0]), expected.map((s) => s.name));
    for (const [i, s] of expected.entries()) {
      const cadre = s.owners.find((o) => o.isPrimary) ?? s.owners[0];
      assert.equal(rows[i][2], cadre?.ownerName ?? '未落实', s.name);
    }
    assert.match(await page.textContent('.print-shops h2'), new RegExp(`门店（门前三包）${expected.length} 家`));
    writeFileSync(join(artifactsDir(), 'shops-print.png'), await page.screenshot({fullPage: true}));
    await page.context().close();
  });
});
