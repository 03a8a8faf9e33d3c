// How long the 责任片区示意图 takes, in headless Chromium against a running server:
// `linked` opens /?print=<锦绣社区> in a fresh context and times #print-root's
// data-state="ready" from navigation start (the main map loads behind it); `fromMap` opens
// the same print from the ready map (found by search, then 打印示意图) and times it from the click.
//   ZONES_BASE_URL=http://127.0.0.1:5080 node e2e/measure-print.mjs [runs=5]
import {baseUrl, graphql} from './browser.mjs';
import {freshPage, measureRuns, waitForStamps} from './measureRuns.mjs';

const {zone} = await graphql('{ zone(code: "330522125000107") { id } }');

await measureRuns('print view', Number(process.argv[2] ?? 5), async (browser) => {
  const page = await freshPage(browser, {width: 1280, height: 1000});
  await page.goto(`${baseUrl}/?print=${zone.id}`, {waitUntil: 'commit'});
  const {printReady: linked} = await waitForStamps(page, ['printReady', 'mapReady']);
  // Closed, then opened again the way a user does: find the zone, then 打印示意图 (timed from the click).
  await page.click('[data-action="close"]');
  await page.fill('#search input', '330522125000107');
  await page.locator('#search .search-hit').first().click();
  await page.locator('.print-open button').waitFor({state: 'visible'});
  const clicked = await page.evaluate(() => {
    delete window.__stamps.printReady;
    document.querySelector('.print-open button').click();
    return performance.now();
  });
  const {printReady} = await waitForStamps(page, ['printReady']);
  const fromMap = Math.round(printReady - clicked);
  await page.context().close();
  return {linked, fromMap};
});
