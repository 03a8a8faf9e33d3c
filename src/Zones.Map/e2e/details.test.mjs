// The 详情 drawer (issue #6 §4): a click on a zone shows its 包联 owners with phone numbers;
// an asset its maintainer; a complaint's action buttons only for a signed-in user.
// Expected owners come from the API (zonesAt), the planted facts from data/demo/README.md.
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, gotoMap, graphql, openPage, sharedSession} from './browser.mjs';

const session = sharedSession();
/** A fresh page (a context of its own) with the map loaded. */
const readyPage = async () => gotoMap(await openPage((await session()).browser));

const CLEAR = `query($lon: Float!, $lat: Float!) {
  zonesAt(point: {lon: $lon, lat: $lat}) { id name owners { ownerName ownerPhone } }
  assets(where: {near: {lon: $lon, lat: $lat}, withinMeters: 60}, first: 1) { totalCount }
  roads(where: {near: {lon: $lon, lat: $lat}, withinMeters: 60}, first: 1) { totalCount }
  complaints(where: {near: {lon: $lon, lat: $lat}, withinMeters: 60}, first: 1) { totalCount }
}`;

/** A point of 龙山村 with nothing but zones within 60 m, so a click there can only mean a zone. */
async function quietZonePoint() {
  for (let i = 0; i < 64; i++) {
    const [lon, lat] = [119.776 + (i % 8) * 0.003, 31.018 + Math.floor(i / 8) * 0.003];
    const d = await graphql(CLEAR, {lon, lat});
    const quiet = d.assets.totalCount + d.roads.totalCount + d.complaints.totalCount === 0;
    if (quiet && d.zonesAt[0]?.owners.length) return {lon, lat, zone: d.zonesAt[0]};
  }
  throw new Error('no quiet point with an owned zone found near 龙山村');
}

async function detailsReady(page, kind) {
  await page.waitForFunction((k) => {
    const d = document.getElementById('details');
    return d?.dataset.kind === k && ['ready', 'empty', 'error'].includes(d.dataset.state);
  }, kind, {timeout: 30_000});
  assert.equal(await page.getAttribute('#details', 'data-state'), 'ready', `details: ${await page.textContent('#details')}`);
}

/** 138 1234 5678 as the panel writes a mobile; landlines as stored. */
const shown = (phone) => (/^1\d{10}$/.test(phone) ? `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}` : phone);

describe('details', () => {
  after(session.close);

  test('a click on a zone shows its owners with phone numbers', async () => {
    const {lon, lat, zone} = await quietZonePoint();
    const page = await readyPage();
    await page.evaluate(([x, y]) => window.__zones.fitLonLat([x - 0.004, y - 0.004, x + 0.004, y + 0.004]), [lon, lat]);
    await page.waitForTimeout(800);
    const [px, py] = await page.evaluate(([x, y]) => window.__zones.pixelOf(x, y), [lon, lat]);
    const box = await page.locator('#map').boundingBox();
    await page.mouse.click(box.x + px, box.y + py);
    await detailsReady(page, 'zone');
    assert.equal(await page.textContent('#details .details-title'), zone.name);
    const rows = await page.locator('#details [data-section="owners"] li').allTextContents();
    assert.equal(rows.length, zone.owners.length);
    for (const owner of zone.owners) {
      assert.ok(rows.some((r) => r.includes(owner.ownerName) && r.includes(shown(owner.ownerPhone))), `${owner.ownerName} ${owner.ownerPhone} in ${rows}`);
    }
    const tel = await page.locator('#details [data-section="owners"] a.details-phone').first().getAttribute('href');
    assert.match(tel, /^tel:[\d+]+$/);
    writeFileSync(join(artifactsDir(), 'details-zone-click.png'), await page.screenshot());
    await page.context().close();
  });

  test('the planted toilet without a maintainer says so', async () => {
    const page = await readyPage();
    await page.fill('#search input', '3305220301000024');
    await page.locator('#search .search-hit').first().waitFor();
    await page.press('#search input', 'Enter');
    await detailsReady(page, 'asset');
    const text = await page.textContent('#details');
    assert.match(text, /施家村公厕/);
    assert.match(text, /类型公厕（水冲式）/);
    assert.match(text, /管护单位无管护单位/);
    writeFileSync(join(artifactsDir(), 'details-asset.png'), await page.screenshot());
    await page.context().close();
  });

  test('anonymous visitors see no action buttons on a complaint', async () => {
    const page = await readyPage();
    await page.fill('#search input', 'E9901202609090001');
    await page.locator('#search .search-hit').first().waitFor();
    await page.press('#search input', 'Enter');
    await detailsReady(page, 'complaint');
    assert.equal(await page.locator('#details [data-section="actions"]').count(), 0);
    await page.context().close();
  });

  test('a planner sees the allowed actions of an open case', async () => {
    const page = await readyPage();
    await page.click('#session button:has-text("登录")');
    await page.fill('.session-form input[name="username"]', 'planner');
    await page.fill('.session-form input[name="password"]', 'planner-demo-2026');
    await page.click('.session-form button[type="submit"]');
    await page.locator('#session .session-who').waitFor();
    await page.fill('#search input', 'E9901202609090001');
    await page.locator('#search .search-hit').first().waitFor();
    await page.press('#search input', 'Enter');
    await detailsReady(page, 'complaint');
    // 处置 stage: the next step is 处置反馈 (FEEDBACK).
    await page.locator('#details [data-section="actions"] button[data-action="FEEDBACK"]').waitFor({timeout: 10_000});
    writeFileSync(join(artifactsDir(), 'details-complaint-planner.png'), await page.screenshot());
    await page.context().close();
  });
});
