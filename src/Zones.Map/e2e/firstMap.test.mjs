// The first map, end to end: the built client served by Zones.Server loads every
// OGC collection completely, draws it, and speaks Chinese. Needs a running server
// with the demo township (scripts/run.sh); see e2e/browser.mjs for the settings.
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, baseUrl, closeBrowser, getJson, launchBrowser, openPage, requireServer} from './browser.mjs';

const COLLECTIONS = ['zones', 'roads', 'assets', 'complaints'];

/**
 * Open the map once for all tests of this file and wait until it is ready or failed.
 * Not a `before` hook: a failing hook makes node:test report its tests as
 * "cancelled", which runners that count "# fail" lines read as a pass. Instead
 * every test awaits this promise and fails with the setup error itself.
 */
let session;
function mapPage() {
  session ??= openMap();
  return session.then((s) => s.page);
}

async function openMap() {
  await requireServer();
  const browser = await launchBrowser();
  try {
    const page = await openPage(browser);
    await page.goto(`${baseUrl}/`, {waitUntil: 'domcontentloaded'});
    // State-based wait: the app sets one of these when loading ends (src/ui/testHook.ts).
    await page.waitForFunction(
      () => document.body.dataset.mapReady === 'true' || document.body.dataset.mapError,
      null,
      {timeout: 60_000},
    );
    return {browser, page};
  } catch (error) {
    await closeBrowser(browser);
    throw error;
  }
}

describe('first map', () => {
  after(async () => closeBrowser((await session?.catch(() => undefined))?.browser));

  test('loads without an error', async () => {
    const page = await mapPage();
    const body = await page.evaluate(() => ({...document.body.dataset}));
    assert.equal(body.mapError, undefined, `map error: ${body.mapError} (${body.mapErrorDetail})`);
    assert.equal(body.mapReady, 'true');
    assert.deepEqual(page.problems, [], 'no console errors or uncaught exceptions');
  });

  test('each layer holds every feature of its collection', async () => {
    const page = await mapPage();
    const counts = await page.evaluate(() => window.__zones?.counts);
    for (const id of COLLECTIONS) {
      const {numberMatched} = await getJson(`/ogc/collections/${id}/items?limit=1`);
      assert.ok(numberMatched > 0, `${id}: the demo township should have features (numberMatched ${numberMatched})`);
      assert.equal(counts?.[id], numberMatched, `${id}: layer count vs numberMatched`);
    }
  });

  test('speaks Chinese: page language, panel, legend and status line', async () => {
    const page = await mapPage();
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
    assert.match(await page.textContent('#layers'), /图层[\s\S]*片区[\s\S]*道路[\s\S]*设施[\s\S]*投诉/);
    assert.match(await page.textContent('#legend'), /图例[\s\S]*过境公路[\s\S]*公厕[\s\S]*已超期/);
    assert.match(await page.textContent('#status'), /^已加载：片区 \d+ 个/);
    assert.match(await page.textContent('#layers [data-layer="assets"]'), /\d+ 处/);
  });

  test('draws the township: the screenshot is not blank', async () => {
    const page = await mapPage();
    const dir = artifactsDir();
    writeFileSync(join(dir, 'firstMap.png'), await page.screenshot());
    const mapShot = await page.locator('#map').screenshot();
    writeFileSync(join(dir, 'firstMap-map.png'), mapShot);

    const stats = await page.evaluate(pixelStats, mapShot.toString('base64'));
    assert.ok(stats.drawnShare > 0.02, `only ${(stats.drawnShare * 100).toFixed(2)}% of the map differs from the background`);
    assert.ok(stats.colours >= 8, `only ${stats.colours} distinct colours on the map`);
  });
});

/**
 * Runs in the page: decode the PNG and measure how much of it is not the
 * background (the most common colour), and how many colours occur at least
 * 30 times (colours quantised to 5 bits per channel to ignore anti-aliasing).
 */
async function pixelStats(pngBase64) {
  const image = new Image();
  image.src = `data:image/png;base64,${pngBase64}`;
  await image.decode();
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const {data} = context.getImageData(0, 0, image.width, image.height);
  const histogram = new Map();
  for (let i = 0; i < data.length; i += 4) {
    const key = ((data[i] >> 3) << 10) | ((data[i + 1] >> 3) << 5) | (data[i + 2] >> 3);
    histogram.set(key, (histogram.get(key) ?? 0) + 1);
  }
  const total = data.length / 4;
  const background = Math.max(...histogram.values());
  const colours = [...histogram.values()].filter((n) => n >= 30).length;
  return {drawnShare: (total - background) / total, colours};
}
