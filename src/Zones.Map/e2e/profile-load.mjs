// Where the first render's time goes: the resource waterfall (start/end in ms from navigation
// start, from the Resource Timing API) and the page's own marks, for one fresh run.
//   ZONES_BASE_URL=http://127.0.0.1:5080 node e2e/profile-load.mjs [path=/]   (e.g. '/?print=<zone id>')
import {baseUrl, closeBrowser, launchBrowser, openPage, requireServer} from './browser.mjs';

await requireServer();
const browser = await launchBrowser();
try {
  const page = await openPage(browser);
  const posts = [];
  page.on('request', (r) => { if (r.method() === 'POST') posts.push(r.postData()?.replace(/\s+/g, ' ').slice(0, 140)); });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', {interval: 500});
  await cdp.send('Profiler.start');
  await page.goto(`${baseUrl}${process.argv[2] ?? '/'}`, {waitUntil: 'commit'});
  await page.waitForFunction(() => document.body?.dataset.mapReady === 'true' || document.body?.dataset.mapError, null, {timeout: 180_000});
  if ((process.argv[2] ?? '').includes('print=')) await page.waitForFunction(() => document.getElementById('print-root')?.dataset.state === 'ready', null, {timeout: 180_000});
  await page.waitForTimeout(300);
  const t = await page.evaluate(() => ({
    ready: window.__zones?.firstRenderMs,
    nav: performance.getEntriesByType('navigation').map((e) => ({domContentLoaded: Math.round(e.domContentLoadedEventEnd), load: Math.round(e.loadEventEnd)}))[0],
    marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]),
    resources: performance.getEntriesByType('resource').map((r) => ({
      url: r.name.replace(location.origin, ''), start: Math.round(r.startTime), ttfb: Math.round(r.responseStart - r.startTime),
      end: Math.round(r.responseEnd), bytes: r.transferSize, body: r.decodedBodySize,
    })),
  }));
  const {profile} = await cdp.send('Profiler.stop');
  printProfile(profile);
  for (const p of posts) console.log(`POST ${p}`);
  console.log(`ready at ${t.ready} ms; DOMContentLoaded ${t.nav?.domContentLoaded} ms`);
  for (const [name, at] of t.marks) console.log(`mark ${at.toString().padStart(6)} ${name}`);
  for (const r of t.resources.sort((a, b) => a.start - b.start)) {
    console.log(`${r.start.toString().padStart(6)} → ${r.end.toString().padStart(6)}  (ttfb ${r.ttfb.toString().padStart(5)})  ${String(r.bytes).padStart(7)}/${String(r.body).padStart(7)} B  ${r.url.slice(0, 110)}`);
  }
} finally {
  await closeBrowser(browser);
}

/** Self time per function (top 25) and per script URL, from a CDP CPU profile. */
function printProfile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
  const byFn = new Map();
  const byUrl = new Map();
  for (const [id, us] of self) {
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    byFn.set(key, (byFn.get(key) ?? 0) + us);
    const u = f.url.split('/').pop() || f.functionName;
    byUrl.set(u, (byUrl.get(u) ?? 0) + us);
  }
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`).join('\n');
  console.log('CPU self time by script:\n' + top(byUrl, 10));
  console.log('CPU self time by function:\n' + top(byFn, 25));
}
