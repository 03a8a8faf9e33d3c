// 区域查询 end to end: pick 锦绣社区 and draw a polygon, compare the counts shown with the
// API's totalCount for the same filter, and download the CSV (BOM, header, one line a row).
// Needs a running server with the demo township (see e2e/browser.mjs).
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, gotoMap, graphql, openPage, sharedSession} from './browser.mjs';
import {openPanel} from './mapHelpers.mjs';

const PANEL = '#area-query';

/** totalCount of assets, roads and complaints for these filters, straight from the API. */
async function apiTotals(where) {
  const data = await graphql(`query($a: SpatialFilter, $r: SpatialFilter, $c: SpatialFilter) {
    assets(where: $a, first: 0) { totalCount } roads(where: $r, first: 0) { totalCount } complaints(where: $c, first: 0) { totalCount } }`,
  {a: where.assets, r: where.roads, c: where.complaints});
  return {assets: data.assets.totalCount, roads: data.roads.totalCount, complaints: data.complaints.totalCount};
}

/** What the panel shows: total, rows loaded and the sum of each breakdown, per table. */
function shownTotals(page) {
  return page.$$eval(`${PANEL} .aq-table`, (sections) => Object.fromEntries(sections.map((s) => [s.dataset.table, {
    total: Number(s.dataset.total), rows: Number(s.dataset.rows), shown: Number(s.querySelector('.aq-total').textContent),
    sums: [...s.querySelectorAll('.aq-counts')].map((c) => [...c.querySelectorAll('li b')].reduce((n, b) => n + Number(b.textContent), 0)),
  }])));
}

/** RFC 4180 records (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const records = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { records.at(-1).push(cell); cell = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { records.at(-1).push(cell); cell = ''; records.push([]); i++; }
    else cell += ch;
  }
  records.pop(); // the empty record after the final CRLF
  return records;
}

const session = sharedSession(async (browser) => {
  const page = await gotoMap(await openPage(browser), 90_000);
  await openPanel(page, 'area-query');
  // Record every status line, to check the progress text of paged loads.
  await page.evaluate(() => {
    window.__aqLog = [];
    const status = document.querySelector('#area-query .aq-status');
    new MutationObserver(() => window.__aqLog.push(status.textContent)).observe(status, {childList: true, characterData: true, subtree: true});
  });
  return {page};
});
const mapPage = () => session().then((s) => s.page);

async function waitDone(page) {
  await page.waitForFunction(() => ['done', 'error'].includes(document.querySelector('#area-query').dataset.state), null, {timeout: 90_000});
  const state = await page.$eval(PANEL, (p) => [p.dataset.state, p.querySelector('.aq-status').textContent]);
  assert.equal(state[0], 'done', `area query ended with: ${state[1]}`);
}

describe('area query', () => {
  after(session.close);

  test('picking 锦绣社区 shows the API totals, with counts that add up and paging progress', async () => {
    const page = await mapPage();
    const {zone} = await graphql('{ zone(code: "330522125000107") { id name } }');
    await page.waitForFunction(() => document.querySelectorAll('#area-query select option').length > 20);
    await page.selectOption(`${PANEL} select[data-action="zone"]`, zone.id);
    await waitDone(page);
    const where = {zoneId: zone.id};
    const api = await apiTotals({assets: where, roads: where, complaints: where});
    const shown = await shownTotals(page);
    for (const table of ['assets', 'roads', 'complaints']) {
      assert.ok(api[table] > 0, `${table}: the demo has some in 锦绣社区`);
      assert.deepEqual([shown[table].total, shown[table].rows, shown[table].shown], [api[table], api[table], api[table]], table);
      for (const sum of shown[table].sums) assert.equal(sum, api[table], `${table}: a breakdown adds up to the total`);
    }
    assert.ok((await page.evaluate(() => window.__aqLog)).includes(`正在读取设施：已读取 ${api.assets}/${api.assets}`));
    assert.match(await page.textContent(`${PANEL} .aq-status`), new RegExp(`^锦绣社区：设施 ${api.assets} 处，道路 ${api.roads} 段，投诉 ${api.complaints} 件`));
  });

  test('the 垃圾箱 count by kind matches the API', async () => {
    const page = await mapPage();
    const {zone} = await graphql('{ zone(code: "330522125000107") { id } }');
    const {assets} = await graphql(`{ assets(kind: [BIN], where: {zoneId: "${zone.id}"}, first: 0) { totalCount } }`);
    const shown = await page.$eval(`${PANEL} [data-table="assets"] li[data-label="垃圾箱"] b`, (b) => Number(b.textContent));
    assert.equal(shown, assets.totalCount);
  });

  test('the CSV download has the BOM, Chinese headers and one record a row', async () => {
    const page = await mapPage();
    for (const [table, header] of [['assets', '标识码,类型,子类,名称,状态,状态时间,管护单位,所在道路,经度,纬度'],
      ['complaints', '案卷号,问题类别,来源,阶段,上报时间,处置时限,是否超期,地址,问题描述,经度,纬度']]) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`${PANEL} [data-table="${table}"] .aq-export`)]);
      const path = join(artifactsDir(), `areaQuery-${table}.csv`);
      await download.saveAs(path);
      const bytes = readFileSync(path);
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${table}: UTF-8 BOM`);
      const records = parseCsv(bytes.toString('utf8').slice(1));
      assert.equal(records[0].join(','), header);
      const total = await page.$eval(`${PANEL} [data-table="${table}"]`, (s) => Number(s.dataset.total));
      assert.equal(records.length - 1, total, `${table}: one CSV record per row`);
      assert.match(download.suggestedFilename(), new RegExp(`^区域查询_锦绣社区_${table === 'assets' ? '设施' : '投诉'}_\\d{8}\\.csv$`));
    }
  });

  test('a drawn polygon gives the API totals for the same geometry', async () => {
    const page = await mapPage();
    await page.click(`${PANEL} [data-action="draw"]`);
    const box = await page.locator('#map').boundingBox();
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const corners = [[-120, -90], [130, -80], [110, 100], [-140, 80], [-120, -90]];
    for (const [dx, dy] of corners) {
      await page.mouse.click(cx + dx, cy + dy);
      await page.waitForTimeout(150);
    }
    await waitDone(page);
    const geojson = JSON.parse(await page.$eval(PANEL, (p) => p.dataset.geojson));
    assert.equal(geojson.type, 'Polygon');
    const api = await apiTotals({assets: {within: {geojson}}, roads: {intersects: {geojson}}, complaints: {within: {geojson}}});
    const shown = await shownTotals(page);
    assert.deepEqual(Object.fromEntries(Object.entries(shown).map(([k, v]) => [k, v.total])), api);
    assert.ok(api.assets > 0, 'the polygon around the middle of the township holds assets');
    writeFileSync(join(artifactsDir(), 'areaQuery-drawn.png'), await page.screenshot());
    assert.deepEqual(page.problems, []);
  });
});
