// The 属性表 (issue #13 §B): the features of one visible layer in the current view, as many as
// the layer panel counts there; headers sort, the filter box narrows, a row opens its feature,
// and the table follows the view.
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, gotoMap, openPage, sharedSession} from './browser.mjs';
import {openPanel} from './mapHelpers.mjs';
import {detailsReady} from './plannerPage.mjs';

const session = sharedSession();
const readyPage = async () => gotoMap(await openPage((await session()).browser));

/** Around 桑溪农贸市场 in the town: a couple of hundred assets at z16–17. */
const MARKET = [119.8081767, 31.0329893];

/**
 * Wait until the table lists as many rows as the layer panel counts for `layer` in view (> 0).
 * Where the map shows clusters (below z14) the panel counts each cluster whole by its centre
 * while the table reads the points inside the view's box: `slack` allows that edge difference.
 */
async function rowsMatchCount(page, layer, slack = 0) {
  await page.waitForFunction(([id, share]) => {
    const s = document.getElementById('attribute-table');
    const count = window.__zones?.counts?.[id];
    return s?.dataset.state === 'ready' && s.dataset.layer === id && count > 0 && Math.abs(Number(s.dataset.rows) - count) <= count * share;
  }, [layer, slack], {timeout: 30_000}).catch(async (error) => {
    const state = await page.evaluate((id) => ({table: {...document.getElementById('attribute-table')?.dataset}, count: window.__zones?.counts?.[id]}), layer);
    throw new Error(`table rows never matched the count in view: ${JSON.stringify(state)} (${error.message})`);
  });
  return Number(await page.getAttribute('#attribute-table', 'data-rows'));
}

const column = (page, index) => page.locator('#attribute-table tbody tr').evaluateAll((rows, i) => rows.map((r) => r.cells[i].textContent), index);

describe('attribute table', () => {
  after(session.close);

  test('lists the assets in view, follows the view, sorts, filters and opens a row', async () => {
    const page = await readyPage();
    await page.click('.attribute-table-toggle button');
    const township = await rowsMatchCount(page, 'assets', 0.02);

    await page.evaluate(([x, y]) => window.__zones.fitLonLat([x - 0.003, y - 0.003, x + 0.003, y + 0.003]), MARKET);
    await page.waitForFunction((before) => Number(document.getElementById('attribute-table')?.dataset.rows) < before, township, {timeout: 30_000});
    const inView = await rowsMatchCount(page, 'assets');
    assert.ok(inView < township, `the table follows the view: ${township} in the township, ${inView} near the market`);
    assert.equal(await page.locator('#attribute-table tbody tr').count(), Math.min(inView, 500));
    const headers = await page.locator('#attribute-table thead th').allTextContents();
    assert.deepEqual(headers.slice(0, 3), ['标识码', '名称', '类型']);

    // Sort by 标识码, then the other way.
    await page.click('#attribute-table th[data-column="identifier"] button');
    const up = await column(page, 0);
    assert.deepEqual(up, [...up].sort((a, b) => a.localeCompare(b, 'zh-CN', {numeric: true})));
    await page.click('#attribute-table th[data-column="identifier"] button');
    const down = await column(page, 0);
    assert.deepEqual(down, [...up].reverse());
    assert.equal(await page.getAttribute('#attribute-table th[data-column="identifier"]', 'aria-sort'), 'descending');

    // Filter: only toilets.
    await page.fill('#attribute-table input[name="filter"]', '公厕');
    const kinds = await column(page, 2);
    assert.ok(kinds.length > 0 && kinds.length < inView, `${kinds.length} toilets of ${inView}`);
    assert.ok(kinds.every((k) => k === '公厕'), kinds.join(','));
    assert.match(await page.textContent('#attribute-table .table-count'), new RegExp(`筛选后 ${kinds.length} 条`));
    writeFileSync(join(artifactsDir(), 'attribute-table.png'), await page.screenshot());

    // A row opens its asset in the details panel.
    const first = page.locator('#attribute-table tbody tr').first();
    const id = await first.getAttribute('data-id');
    const name = await first.locator('td').nth(1).textContent();
    await first.click();
    await detailsReady(page, 'asset', id);
    if (name) assert.match(await page.textContent('#details'), new RegExp(name));
    writeFileSync(join(artifactsDir(), 'attribute-table-row.png'), await page.screenshot());
    // The drawer shows the details now; 属性表 brings the table back with the row marked.
    await page.click('.attribute-table-toggle button');
    await page.locator(`#attribute-table tbody tr.table-marked[data-id="${id}"]`).waitFor({timeout: 10_000});
    await page.context().close();
  });

  test('offers only visible layers and lists roads when chosen', async () => {
    const page = await readyPage();
    await openPanel(page, 'layers');
    await page.locator('label[data-layer="complaints"] input[type="checkbox"]').uncheck();
    await page.evaluate(([x, y]) => window.__zones.fitLonLat([x - 0.003, y - 0.003, x + 0.003, y + 0.003]), MARKET);
    await page.click('.attribute-table-toggle button');
    await rowsMatchCount(page, 'assets');
    const offered = await page.locator('#attribute-table select[name="layer"] option').allTextContents();
    assert.ok(offered.includes('道路') && offered.includes('设施'), offered.join(','));
    assert.ok(!offered.includes('未结投诉'), `a hidden layer is not offered: ${offered}`);
    await page.selectOption('#attribute-table select[name="layer"]', 'roads');
    await rowsMatchCount(page, 'roads');
    assert.deepEqual((await page.locator('#attribute-table thead th').allTextContents()).slice(0, 3), ['编码', '名称', '等级']);
    await page.context().close();
  });
});
