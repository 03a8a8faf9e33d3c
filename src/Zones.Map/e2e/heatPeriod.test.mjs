// The heat map says what it counts (issue #16 §5): 所有未办结案卷 by default, whose total is the
// open-case count of the case list for the same area; 近30天 says its start and that older open
// cases are left out. Reads only; needs a running server with the demo (see e2e/browser.mjs).
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, gotoMap, graphql, openPage, sharedSession} from './browser.mjs';
import {openPanel} from './mapHelpers.mjs';

const session = sharedSession();

const OPEN_IN_BOX = `query($box: BBoxInput!, $from: DateTime) {
  complaints(open: true, reportedFrom: $from, where: {bbox: $box}, first: 1) { totalCount }
}`;

/** Wait for the heat map's answer, and for the one a panel opening or closing asks again. */
async function heatReady(page) {
  const settled = () => page.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset.heatmap), null, {timeout: 60_000});
  await settled();
  await page.waitForTimeout(600);
  await settled();
  assert.equal(await page.evaluate(() => document.body.dataset.heatmap), 'ready', await page.textContent('#analysis .analysis-heat'));
}

/** The map at `size` with the heat map turned on in 分析, and the input of each heat-map request it sends. */
async function heatPage(size) {
  const page = await openPage((await session()).browser, size);
  const inputs = [];
  page.on('request', (r) => {
    const body = r.method() === 'POST' && r.url().endsWith('/graphql') ? r.postDataJSON() : null;
    if (body?.query?.includes('complaintHeatmap')) inputs.push(body.variables.input);
  });
  await gotoMap(page);
  await openPanel(page, 'analysis');
  await page.setChecked('#analysis input[name="heatmap"]', true);
  await heatReady(page);
  return {page, inputs};
}

const shown = async (page) => ({
  total: Number((await page.textContent('#analysis .analysis-heat .analysis-note')).match(/当前视野内共 (\d+) 件未结投诉/)?.[1]),
  period: await page.textContent('#analysis .heat-period'),
});

describe('heat map period', () => {
  after(session.close);

  test('counts all open cases by default, as many as the case list has open in the same area', async () => {
    const {page, inputs} = await heatPage();
    const choice = await page.$eval('#analysis select[name="heat-range"]', (s) => s.selectedOptions[0].textContent);
    assert.equal(choice, '所有未办结案卷');
    const {total, period} = await shown(page);
    assert.equal(period, '统计范围：所有未办结案卷（不限上报时间，含挂账），与案卷列表的未办结数一致');
    const asked = inputs.at(-1);
    assert.equal(asked.allOpen, true);
    const list = await graphql(OPEN_IN_BOX, {box: asked.bbox});
    assert.ok(total > 0, 'the demo has open cases in the first view');
    assert.equal(total, list.complaints.totalCount, `heat map ${total}, case list ${list.complaints.totalCount} in ${JSON.stringify(asked.bbox)}`);
    // The status line counts the open cases of the first view; both views hold the whole demo township.
    const status = Number((await page.textContent('#status')).match(/未结投诉 (\d+) 件/)?.[1]);
    assert.equal(total, status, `heat map ${total}, status line ${status}`);
    writeFileSync(join(artifactsDir(), 'heat-period-open.png'), await page.screenshot());
  });

  test('近30天 says from when it counts, that older open cases are left out, and counts them as the list does', async () => {
    const {page, inputs} = await heatPage();
    const all = (await shown(page)).total;
    await page.selectOption('#analysis select[name="heat-range"]', '30d');
    await heatReady(page);
    const {total, period} = await shown(page);
    assert.match(period, /^统计时段：\d{4}-\d{2}-\d{2} \d{2}:\d{2} 起上报的案卷；更早上报的未办结案卷不计入，时间选「所有未办结案卷」可全部显示$/);
    const asked = inputs.at(-1);
    assert.ok(asked.from && !asked.allOpen, JSON.stringify(asked));
    const list = await graphql(OPEN_IN_BOX, {box: asked.bbox, from: asked.from});
    assert.equal(total, list.complaints.totalCount);
    assert.ok(total < all, `近30天 ${total} of ${all} open cases: the demo has older open cases`);
    writeFileSync(join(artifactsDir(), 'heat-period-30d.png'), await page.screenshot());
  });

  test('on a phone the choice and the period line fit the screen', async () => {
    const {page} = await heatPage({width: 390, height: 844});
    const line = page.locator('#analysis .heat-period');
    await line.scrollIntoViewIfNeeded();
    const box = await line.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `the period line lies within the 390 px screen: ${JSON.stringify(box)}`);
    assert.match(await line.textContent(), /^统计范围：所有未办结案卷/);
    writeFileSync(join(artifactsDir(), 'heat-period-phone.png'), await page.screenshot());
  });
});
