// Shared steps of the 管理 browser tests: sign in, open a screen by its navigation link, read
// what the clerk reads. The admin panel needs no map, so the tests wait for the panel, not the map.
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {artifactsDir, baseUrl, openPage} from './browser.mjs';

export const PHONE = {width: 390, height: 844};
export const DESKTOP = {width: 1280, height: 800};

/** A page signed in as the demo `username` (password `<name>-demo-2026`), at `viewport`, on `hash`. */
export async function openSignedIn(browser, username, viewport = DESKTOP, hash = '') {
  const page = await openPage(browser, viewport);
  const response = await page.request.post(`${baseUrl}/auth/login`, {data: {username, password: `${username}-demo-2026`}});
  assert.equal(response.status(), 200, `sign-in as ${username}`);
  await page.goto(`${baseUrl}/${hash}`, {waitUntil: 'domcontentloaded'});
  await page.waitForSelector('#session .session-who', {timeout: 60_000});
  return page;
}

/** Opens the panel with the 管理 button and then the screen's link; resolves when its heading shows. */
export async function openScreen(page, screen, label) {
  if (!(await page.locator('#admin').isVisible())) await page.click('[data-admin="open"]');
  await page.click(`.admin-nav a[data-screen="${screen}"]`);
  await page.waitForFunction((s) => document.querySelector('.admin-body')?.dataset.screen === s, screen, {timeout: 15_000});
  assert.equal(await page.textContent('.admin-title'), label);
}

/** Waits until no screen part says 正在读取 any more. */
export async function settled(page) {
  await page.waitForFunction(() => !document.querySelector('#admin')?.textContent.includes('正在读取'), null, {timeout: 30_000});
}

export async function shot(page, file) {
  writeFileSync(join(artifactsDir(), file), await page.screenshot());
}

/** The panel never shows raw JSON or English GraphQL wording to the clerk. */
export async function assertClerkText(page) {
  const text = await page.textContent('#admin');
  assert.doesNotMatch(text, /[{}]"|Cannot query|Exception|undefined|null|\[object/, `the panel shows: ${text.slice(0, 400)}`);
}

/** Nothing is wider than the screen (a phone scrolls tables inside their box, not the page). */
export async function assertFits(page) {
  const overflow = await page.evaluate(() => {
    const admin = document.querySelector('#admin');
    return admin.scrollWidth - admin.clientWidth;
  });
  assert.ok(overflow <= 1, `the panel is ${overflow}px wider than the screen`);
}
