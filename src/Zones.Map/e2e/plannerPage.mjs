// Helpers of the planner's browser tests (ownership, network): sign in, open the map as
// someone, wait for the details drawer, accept the confirm() dialogs of 结束 / 报废.
import assert from 'node:assert/strict';
import {baseUrl, gotoMap, openPage} from './browser.mjs';
import {openPanel} from './mapHelpers.mjs';

/** The Cookie header of a fresh sign-in (demo passwords are NAME-demo-2026). */
export async function signIn(username) {
  const response = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({username, password: `${username}-demo-2026`}),
  });
  assert.equal(response.status, 200, `sign-in as ${username}`);
  return response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

/** A page signed in as `username`, map loaded; confirm() dialogs are accepted. */
export async function openAs(browser, username, viewport) {
  const page = await openPage(browser, viewport);
  const response = await page.request.post(`${baseUrl}/auth/login`, {data: {username, password: `${username}-demo-2026`}});
  assert.equal(response.status(), 200);
  page.on('dialog', (d) => void d.accept());
  return gotoMap(page);
}

/** Wait until the details drawer shows `kind` (and `id`, when given) read afresh; fails with its text otherwise. */
export async function detailsReady(page, kind, id) {
  await page.waitForFunction(([k, i]) => {
    const d = document.getElementById('details');
    return d?.dataset.kind === k && (!i || d.dataset.id === i) && ['ready', 'empty', 'error'].includes(d.dataset.state);
  }, [kind, id], {timeout: 30_000}).catch(async (error) => {
    const d = await page.evaluate(() => ({...document.getElementById('details')?.dataset}));
    throw new Error(`details never showed ${kind} ${id ?? ''}: ${JSON.stringify(d)} (${error.message})`);
  });
  assert.equal(await page.getAttribute('#details', 'data-state'), 'ready', `details: ${await page.textContent('#details')}`);
}

/** Wait until the 包联责任人 section has read its records (it reads them after the panel is ready). */
export async function ownersReady(page) {
  await page.waitForSelector('#details [data-section="owners"][data-owners]', {timeout: 15_000});
}

/** Open a feature's details through the search box (the first hit). */
export async function openBySearch(page, text, kind) {
  await page.fill('#search input', text);
  // The hit that names it: an earlier search's list may still be on screen for a moment.
  await page.locator('#search .search-hit', {hasText: text}).first().waitFor({timeout: 15_000});
  await page.press('#search input', 'ArrowDown');
  await page.press('#search input', 'Enter');
  await detailsReady(page, kind);
}

/** The page pixel of a lon/lat (the hook gives map pixels; the map sits beside the sidebar). */
export async function pagePixel(page, [lon, lat]) {
  const box = await page.locator('#map').boundingBox();
  const [x, y] = await page.evaluate(([a, b]) => window.__zones.pixelOf(a, b), [lon, lat]);
  return [box.x + x, box.y + y];
}

/** Pick `name` in the 指定责任人 form's list (typed into its search box) and send it. */
export async function assignIn(page, name) {
  await page.fill('#details input[name="owner-search"]', name);
  const value = await page.evaluate((n) => [...document.querySelectorAll('#details select[name="owner"] option')].find((o) => o.textContent.startsWith(n))?.value, name);
  assert.ok(value, `${name} is offered in the list`);
  await page.selectOption('#details select[name="owner"]', value);
  await page.click('#details .owner-form button[type="submit"]');
}

/** The names listed under 片区无责任人 in the 分析 panel (opening the kind runs the list query). */
export async function ownerlessZones(page) {
  await openPanel(page, 'analysis');
  const kind = page.locator('#analysis li.gap-kind[data-kind="zone_without_owner"]');
  if (!await kind.count()) return '';
  await kind.locator('summary').click();
  await kind.locator('.gap-item').first().waitFor({timeout: 30_000});
  return (await kind.locator('.gap-items').textContent()) ?? '';
}

/** Waits until the 分析 panel's gap list has been read afresh. */
export const waitGapsReady = (page) => page.waitForFunction(() => document.body.dataset.gaps === 'ready', null, {timeout: 60_000});
