// Time from opening the page to the first complete render of every visible layer, in
// headless Chromium against a running server (the demo township, or a county data set).
//   ZONES_BASE_URL=http://127.0.0.1:5080 node e2e/measure-first-render.mjs [runs=5]
// Each run is a fresh browser context (no HTTP cache). Prints one line per run and a
// JSON summary (ms): `wall` is measured by this script from page.goto to data-map-ready,
// `app` is performance.now() in the page when the app marked itself ready.
import {baseUrl, closeBrowser, launchBrowser, openPage, requireServer} from './browser.mjs';

const runs = Number(process.argv[2] ?? 5);
await requireServer();
const browser = await launchBrowser();
const results = [];
try {
  for (let run = 1; run <= runs; run++) {
    const page = await openPage(browser);
    const started = performance.now();
    await page.goto(`${baseUrl}/`, {waitUntil: 'commit'});
    await page.waitForFunction(() => document.body?.dataset.mapReady === 'true' || document.body?.dataset.mapError, null, {timeout: 180_000});
    const wall = Math.round(performance.now() - started);
    const state = await page.evaluate(() => ({app: window.__zones?.firstRenderMs, counts: window.__zones?.counts, error: document.body.dataset.mapError}));
    if (state.error) throw new Error(`run ${run}: the map reports "${state.error}"`);
    results.push({wall, app: state.app});
    console.log(`run ${run}: ${wall} ms wall, ${state.app} ms in page; in view ${JSON.stringify(state.counts)}`);
    await page.context().close();
  }
} finally {
  await closeBrowser(browser);
}
const sorted = (k) => results.map((r) => r[k]).sort((a, b) => a - b);
const median = (xs) => xs[Math.floor(xs.length / 2)];
console.log(JSON.stringify({baseUrl, runs, wallMs: {min: sorted('wall')[0], median: median(sorted('wall')), max: sorted('wall').at(-1)},
  appMs: {min: sorted('app')[0], median: median(sorted('app')), max: sorted('app').at(-1)}}));
