// The date control (issue #13 §E), against a running server with the demo township: on a day
// before the demo's handover of a 片区's 联片领导 the map shows the old owner, on a day after it the
// new one, and the zone's 历史 lists the handover with both names. It reads the demo's own history
// (data/demo/assignments.csv: 330522125000005, P007 → P008) and writes nothing, so no other test
// sees a change. What the map draws is read from the rendered layer at the zone's pixel.
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, gotoMap, graphql, openPage, sharedSession} from './browser.mjs';
import {openBySearch} from './plannerPage.mjs';

const ZONE = '330522125000005';
const session = sharedSession();
const shot = async (page, file) => writeFileSync(join(artifactsDir(), file), await page.screenshot());

/** The day (YYYY-MM-DD) `days` after an RFC 3339 time's date. */
function dayAfter(iso, days) {
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The zone, its handover (the history's OWNER_ASSIGNED with a before) and a point inside it. */
async function handover() {
  const {zone} = await graphql(`{ zone(code: "${ZONE}") { id name boundary { bbox } children { boundary { bbox } }
    history { kind at before after } } }`);
  const change = zone.history.find((c) => c.kind === 'OWNER_ASSIGNED' && c.before);
  assert.ok(change, `the demo's ${ZONE} has a handover in its history: ${JSON.stringify(zone.history)}`);
  // A bbox centre may fall outside a concave zone: try the zone's, then its children's (inside it).
  for (const [w, s, e, n] of [zone.boundary.bbox, ...zone.children.map((c) => c.boundary.bbox)]) {
    const at = [(w + e) / 2, (s + n) / 2];
    const {zonesAt} = await graphql('query($p: PointInput!) { zonesAt(point: $p) { id } }', {p: {lon: at[0], lat: at[1]}});
    if (zonesAt.some((z) => z.id === zone.id)) return {zone, change, at, bbox: zone.boundary.bbox};
  }
  throw new Error(`no point inside ${zone.name} found`);
}

/** Choose a day in the date control (as a person typing it) and wait until the map drew it. */
async function chooseDay(page, day) {
  await page.fill('.time-control input[type="date"]', day);
  await page.dispatchEvent('.time-control input[type="date"]', 'change');
  await page.waitForFunction((d) => document.body.dataset.viewDate === d && document.body.dataset.viewDateReady !== 'false', day, {timeout: 30_000});
  assert.equal(await page.evaluate(() => document.body.dataset.viewDateReady), 'true', await page.textContent('.time-control'));
  await page.evaluate(() => window.__zones.render());
}

const ownersAt = (page, [lon, lat], name) =>
  page.evaluate(([a, b, n]) => window.__zones.asOfAt(a, b).filter((z) => z.name === n).map((z) => z.owner), [lon, lat, name]);

describe('the date control', () => {
  after(session.close);

  test('shows a zone\'s owner before a handover and the new owner after it, with a banner saying which day', async () => {
    const {zone, change, at, bbox} = await handover();
    const [before, after] = [dayAfter(change.at, -1), dayAfter(change.at, 1)];
    const page = await gotoMap(await openPage((await session()).browser));
    await page.evaluate((b) => window.__zones.fitLonLat(b), bbox);
    assert.equal((await page.textContent('.time-control .time-label'))?.trim(), '日期');

    await chooseDay(page, before);
    assert.deepEqual(await ownersAt(page, at, zone.name), [change.before]);
    assert.match(await page.textContent('.time-banner'), new RegExp(`正在查看 ${before} 的状态 · 回到今天`));
    assert.equal(await page.isVisible('.time-banner'), true);
    await shot(page, 'time-before-handover.png');

    await chooseDay(page, after);
    assert.deepEqual(await ownersAt(page, at, zone.name), [change.after]);
    await shot(page, 'time-after-handover.png');

    await page.click('.time-banner .time-back');
    await page.waitForFunction(() => document.body.dataset.viewDate === '');
    assert.equal(await page.isVisible('.time-banner'), false);
    assert.deepEqual(await page.evaluate(([a, b]) => window.__zones.asOfAt(a, b), at), [], 'today: the live tiles are back');
    assert.deepEqual(page.problems, []);
  });

  test('a zone\'s 历史 lists the handover with who was replaced by whom', async () => {
    const {zone, change} = await handover();
    const page = await gotoMap(await openPage((await session()).browser));
    await openBySearch(page, zone.name, 'zone');
    const row = page.locator('#details [data-section="history"] .history-row[data-kind="OWNER_ASSIGNED"]', {hasText: '包联交接'}).first();
    await row.waitFor({timeout: 15_000});
    assert.match(await row.textContent(), new RegExp(`包联交接：${change.before} → ${change.after}`));
    await row.scrollIntoViewIfNeeded();
    await shot(page, 'time-zone-history.png');
  });
});
