// The layer switcher and the owner legend, against the demo township. Needs a running
// server (scripts/run.sh); see e2e/browser.mjs.
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, gotoMap, graphql, openPage, sharedSession} from './browser.mjs';
import {closePanels, openPanel, pixelStats} from './mapHelpers.mjs';

const session = sharedSession(async (browser) => ({page: await gotoMap(await openPage(browser))}));
const mapPage = () => session().then((s) => s.page);

/** Switch a layer in the 图层 panel and wait until the test hook's counts follow. */
async function setLayer(page, id, on) {
  await openPanel(page, 'layers');
  await page.setChecked(`#layers [data-layer="${id}"] input`, on);
  await page.waitForFunction(([l, v]) => (window.__zones.counts?.[l] !== undefined) === v, [id, on]);
  await page.evaluate(() => window.__zones.render());
}

describe('layers', () => {
  after(session.close);

  test('the owner legend names every village owner of the demo, as the API has them', async () => {
    const page = await mapPage();
    const data = await graphql(`{ zones(level: VILLAGE, first: 100) { edges { node { id responsibleOwner { ownerName targetId } } } } }`);
    // A village with only its area's owner (属地兜底: 施家村) is hatched as unowned, not listed under that owner.
    const own = data.zones.edges.filter((e) => e.node.responsibleOwner?.targetId === e.node.id);
    const expected = new Set(own.map((e) => e.node.responsibleOwner.ownerName));
    assert.ok(expected.size >= 10, `the demo's 16 villages should have at least 10 owners, the API lists ${expected.size}`);
    await openPanel(page, 'legend');
    const shown = new Set(await page.locator('#legend-owners li[data-owner]:not([data-owner=""]) .owner-name').allTextContents());
    assert.deepEqual([...shown].sort(), [...expected].sort());
  });

  test('picking another level rebuilds the legend from the zones of that level', async () => {
    const page = await mapPage();
    await openPanel(page, 'legend');
    await page.selectOption('#legend-owners select', 'area');
    await page.waitForFunction(() => document.querySelectorAll('#legend-owners li[data-owner]').length === 5);
    const total = await page.locator('#legend-owners li[data-owner] .layer-count').allTextContents();
    assert.equal(total.reduce((n, t) => n + parseInt(t, 10), 0), 5, 'five 片区, each counted once');
    await page.selectOption('#legend-owners select', 'village');
  });

  test('switching a layer off hides it, switching it on shows it again', async () => {
    const page = await mapPage();
    for (const id of ['roads', 'assets', 'complaints', 'overdue']) await setLayer(page, id, false);
    await closePanels(page);
    const zonesOnly = await page.locator('#map').screenshot();
    await setLayer(page, 'zones', false);
    await closePanels(page);
    const nothing = await page.locator('#map').screenshot();
    writeFileSync(join(artifactsDir(), 'layers-zones-only.png'), zonesOnly);
    writeFileSync(join(artifactsDir(), 'layers-none.png'), nothing);
    const before = await pixelStats(page, zonesOnly);
    const afterOff = await pixelStats(page, nothing);
    assert.ok(before.drawnShare > 0.3, `the owner fills should cover the township: ${before.drawnShare}`);
    assert.ok(afterOff.drawnShare < 0.02, `nothing but controls should remain: ${afterOff.drawnShare}`);
    await setLayer(page, 'zones', true);
    assert.equal(await page.evaluate(() => window.__zones.counts.zones), 28);
  });
});
