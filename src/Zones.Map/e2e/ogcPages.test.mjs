// The OGC API pages a browser gets (issue #16 §3b): from the landing page a clerk clicks to the
// collections, the assets' items and one asset, reads Chinese labels and a small map, and the
// numbers agree with the JSON that GDAL and QGIS read from the same URLs. Read-only: it changes
// nothing another test asserts. Needs a running server with the demo township (see browser.mjs).
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, baseUrl, getJson, openPage, sharedSession} from './browser.mjs';

const session = sharedSession();

/** Save what the test saw, for the artifacts. */
async function shot(page, name) {
  writeFileSync(join(artifactsDir(), `ogcPages-${name}.png`), await page.screenshot({fullPage: true}));
}

/** The page is no wider than the screen (a phone must not scroll the whole page sideways). */
async function fitsWidth(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

describe('OGC API pages in a browser', () => {
  after(session.close);

  test('landing → collections → assets items → one asset, in Chinese, with a map', async () => {
    const {browser} = await session();
    const page = await openPage(browser);
    const response = await page.goto(`${baseUrl}/ogc`);
    assert.match(response.headers()['content-type'], /^text\/html/, 'a browser gets the HTML landing page');
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
    assert.match(await page.textContent('h1'), /OGC API – Features 服务/);
    await shot(page, 'landing');

    await page.click('text=数据集列表');
    assert.equal(await page.locator('#collections tbody tr').count(), 5, 'five collections');
    assert.match(await page.textContent('#collections'), /片区[\s\S]*路段[\s\S]*部件[\s\S]*案卷[\s\S]*门店/);
    await shot(page, 'collections');

    const {numberMatched} = await getJson('/ogc/collections/assets/items?limit=1');
    await page.locator('#collections tbody tr', {hasText: '部件'}).locator('text=浏览要素').click();
    assert.match(await page.textContent('h1'), /部件要素/);
    assert.match(await page.textContent('main > p'), new RegExp(`共 ${numberMatched} 个要素，本页第 1–100 个`));
    assert.equal(await page.locator('#items tbody tr').count(), 100, 'a page of 100 rows, as the GeoJSON');
    assert.equal(await page.locator('figure.map svg circle').count(), 100, 'one dot per asset on the map');
    assert.ok(await page.locator('figure.map svg').isVisible());
    await shot(page, 'assets-items');

    await page.locator('.pager a[rel=next]').first().click();
    assert.match(await page.textContent('main > p'), /本页第 101–200 个/, 'the next page follows on');
    await page.locator('.pager a[rel=prev]').first().click();
    assert.match(await page.textContent('main > p'), /本页第 1–100 个/);

    const first = (await page.locator('#items tbody tr').first().locator('td a').textContent()).trim();
    await page.locator('#items tbody tr').first().locator('td a').click();
    const feature = await getJson(`/ogc/collections/assets/items/${first}`);
    const properties = await page.textContent('#properties');
    assert.match(properties, new RegExp(`编号\\s*identifier\\s*${feature.properties.identifier}`));
    assert.match(properties, /状态\s*status\s*(完好|损坏|不亮|丢失|废弃)\s*(good|damaged|unlit|lost|abandoned)/, 'status by its Chinese label');
    assert.match(properties, new RegExp(`管护单位\\s*maintaining unit\\s*${feature.properties.maintainerName ?? '—'}`));
    assert.equal(await page.locator('figure.map svg circle').count(), 1, 'the asset on its map');
    await shot(page, 'asset-item');
    assert.deepEqual(page.problems, [], 'no console errors (the CSP allows the page as it is)');
    await page.context().close();
  });

  test('on a phone (390×844) the items and the item pages fit the screen', async () => {
    const {browser} = await session();
    const page = await openPage(browser, {width: 390, height: 844});
    await page.goto(`${baseUrl}/ogc/collections/zones/items`);
    assert.ok(await fitsWidth(page), 'the zones page scrolls its table, not the page');
    assert.ok((await page.locator('figure.map svg').boundingBox()).width <= 390);
    await shot(page, 'zones-items-phone');
    await page.locator('#items tbody tr').first().locator('td a').click();
    assert.ok(await fitsWidth(page), 'the zone page fits');
    assert.match(await page.textContent('#properties'), /层级\s*level/);
    await shot(page, 'zone-item-phone');
    await page.context().close();
  });

  test('GDAL and QGIS still get JSON from the same URLs', async () => {
    for (const accept of [undefined, 'application/json', 'application/geo+json, application/json;q=0.9', '*/*']) {
      const response = await fetch(`${baseUrl}/ogc/collections/assets/items?limit=1`, {headers: accept ? {Accept: accept} : {}});
      assert.equal(response.headers.get('content-type'), 'application/geo+json', `Accept: ${accept}`);
      assert.equal((await response.json()).type, 'FeatureCollection');
    }
  });
});
