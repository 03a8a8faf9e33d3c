// Shared by the measure-*.mjs scripts: fresh contexts, in-page timestamps of the states the
// app publishes, and a median/min/max summary with the machine's load.
import {loadavg} from 'node:os';
import {closeBrowser, launchBrowser, openPage, requireServer} from './browser.mjs';

/**
 * Records performance.now() the first time each watched state appears: data-map-ready,
 * data-gaps="ready", and #print-root's data-state="ready" (an init script, so nothing in
 * the app changes for the measurement).
 */
const STAMP_STATES = () => {
  const stamps = (window.__stamps = {});
  const stamp = (name) => (stamps[name] ??= Math.round(performance.now()));
  new MutationObserver(() => {
    const body = document.body;
    if (!body) return;
    if (body.dataset.mapReady === 'true') stamp('mapReady');
    if (body.dataset.gaps === 'ready') stamp('gapsReady');
    if (document.getElementById('print-root')?.dataset.state === 'ready') stamp('printReady');
  }).observe(document, {attributes: true, subtree: true, attributeFilter: ['data-map-ready', 'data-gaps', 'data-state']});
};

/** A fresh context (no HTTP cache) with the state recorder; closed by the caller. */
export async function freshPage(browser, options) {
  const page = await openPage(browser, options);
  await page.addInitScript(STAMP_STATES);
  return page;
}

/** Wait until every named stamp exists (or the map reports an error) and return the stamps. */
export async function waitForStamps(page, names, timeout = 180_000) {
  await page.waitForFunction((ns) => ns.every((n) => window.__stamps?.[n] !== undefined) || document.body?.dataset.mapError, names, {timeout});
  const error = await page.evaluate(() => document.body.dataset.mapError);
  if (error) throw new Error(`the map reports "${error}"`);
  return page.evaluate(() => window.__stamps);
}

/** `runs` runs of `measureOnce(browser, run)` → {name: ms}, printed per run and summarised. */
export async function measureRuns(title, runs, measureOnce) {
  await requireServer();
  const browser = await launchBrowser();
  const results = [];
  try {
    for (let run = 1; run <= runs; run++) {
      const figures = await measureOnce(browser, run);
      results.push(figures);
      console.log(`run ${run}: ${Object.entries(figures).map(([k, v]) => `${k} ${v} ms`).join(', ')} (load ${loadavg()[0].toFixed(1)})`);
    }
  } finally {
    await closeBrowser(browser);
  }
  const summary = {title, runs, load: loadavg().map((l) => Number(l.toFixed(1)))};
  for (const key of Object.keys(results[0] ?? {})) {
    const xs = results.map((r) => r[key]).sort((a, b) => a - b);
    summary[key] = {min: xs[0], median: xs[Math.floor(xs.length / 2)], max: xs.at(-1)};
  }
  console.log(JSON.stringify(summary));
  return summary;
}
