// How long the 覆盖缺口 list takes after the map is ready, in headless Chromium against a
// running server: `afterReady` is data-gaps="ready" minus data-map-ready (0 when the list was
// there first), `gapsReady` the time from navigation start. Each run is a fresh context.
//   ZONES_BASE_URL=http://127.0.0.1:5080 node e2e/measure-gaps.mjs [runs=5]
import {baseUrl} from './browser.mjs';
import {freshPage, measureRuns, waitForStamps} from './measureRuns.mjs';

await measureRuns('gaps list', Number(process.argv[2] ?? 5), async (browser) => {
  const page = await freshPage(browser);
  await page.goto(`${baseUrl}/`, {waitUntil: 'commit'});
  const {mapReady, gapsReady} = await waitForStamps(page, ['mapReady', 'gapsReady']);
  const rows = await page.$$eval('.gap-kinds .gap-kind', (items) => items.length);
  if (rows === 0) throw new Error('the gaps list is empty');
  await page.context().close();
  return {mapReady, gapsReady, afterReady: Math.max(0, gapsReady - mapReady)};
});
