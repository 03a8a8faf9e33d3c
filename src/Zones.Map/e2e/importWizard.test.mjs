// The 导入向导 end to end (needs CONTRACT11 §C: POST /import/inspect, POST /import/{target} and
// importTemplates; §D: retirePerson for the clean-up). A 花名册 CSV with Chinese headers, as a
// township office keeps it, goes through every step at 1280×800 and on a phone: detected format and
// columns, the mapping with the preview, 新增或更新, the dry run's per-row report, the commit with
// the progress bar; the new people are then found in 人员与单位. The people are retired afterwards.
import assert from 'node:assert/strict';
import {after, describe, test} from 'node:test';
import {graphql, sharedSession} from './browser.mjs';
import {DESKTOP, openScreen, openSignedIn, PHONE, settled, shot} from './adminPages.mjs';

const session = sharedSession();
const run = String(Date.now() % 1_000_000).padStart(6, '0');
const people = [[`E2E${run}A`, '测试甲', '网格员', '13900000001'], [`E2E${run}B`, '测试乙', '网格员', '13900000002']];
const csv = '\uFEFF编号,姓名,职务,电话,所在单位\r\n' + people.map((p) => [...p, '桑溪镇人民政府'].join(',')).join('\r\n') + '\r\n';

async function retireTestPeople(cookie) {
  const data = await graphql('{ people { id code } }', {}, {cookie});
  for (const p of data.people.filter((x) => x.code.startsWith(`E2E${run}`))) {
    const r = await graphql('mutation($input: RetirePersonInput!) { retirePerson(input: $input) { errors { ... on UserError { message } } } }', {input: {id: p.id}}, {cookie});
    assert.deepEqual(r.retirePerson.errors, []);
  }
}

describe('导入向导', () => {
  let cookie;
  after(async () => {
    if (cookie) await retireTestPeople(cookie);
    await session.close();
  });

  for (const [name, viewport] of [['1280×800', DESKTOP], ['phone 390×844', PHONE]]) {
    test(`a 花名册 CSV goes from file to commit at ${name}, with the report and the progress bar`, async () => {
      const page = await openSignedIn((await session()).browser, 'admin', viewport);
      cookie ??= (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
      await openScreen(page, 'import', '导入向导');
      // Any progress bar shown during the uploads is remembered: small files finish quickly.
      await page.evaluate(() => {
        window.__sawProgress = false;
        new MutationObserver(() => { if (document.querySelector('.admin-progress progress')) window.__sawProgress = true; })
          .observe(document.querySelector('#admin'), {subtree: true, childList: true});
      });
      assert.ok(await page.locator('.admin-templates a').count() >= 1, 'template links');
      await page.selectOption('#admin select[name="target"]', 'PEOPLE');
      // A second copy of the rows makes this viewport's codes new: the first run already added them.
      const rows = viewport === PHONE ? csv.replaceAll(`E2E${run}`, `E2E${run}P`) : csv;
      await page.setInputFiles('#admin input[name="importFile"]', {name: '花名册.csv', mimeType: 'text/csv', buffer: Buffer.from(rows)});
      await page.click('#admin >> text=识别文件');
      await page.waitForSelector('.admin-facts');
      const facts = await page.textContent('.admin-facts');
      assert.match(facts, /CSV/);
      assert.match(facts, /编号、姓名、职务、电话、所在单位/);
      await shot(page, `import-inspect-${viewport.width}.png`);

      await page.click('#admin >> text=下一步');
      await page.waitForSelector('.admin-mapping');
      const unmapped = await page.$$eval('.admin-mapping tr', (trs) => trs.filter((tr) => tr.textContent.includes('*') && tr.querySelector('select')?.value === '').length);
      assert.equal(unmapped, 0, 'the server found a column for every required field');
      assert.match(await page.textContent('.admin-preview'), /测试甲/);
      assert.match(await page.textContent('.admin-preview'), /编号 → /);
      await shot(page, `import-mapping-${viewport.width}.png`);

      await page.click('#admin >> text=下一步');
      await page.check('#admin input[name="mode"][value="UPSERT"]');
      await page.click('#admin >> text=试导入（不写入）');
      await page.waitForSelector('.admin-report');
      assert.equal(await page.textContent('.admin-summary'), '新增 2 行，修改 0 行，不变 0 行，拒绝 0 行');
      assert.match(await page.textContent('.admin-changes'), /新增/);
      await shot(page, `import-dryrun-${viewport.width}.png`);

      await page.click('#admin button:has-text("正式导入")');
      await page.waitForSelector('.admin-message[data-kind="ok"]');
      assert.equal(await page.textContent('.admin-message[data-kind="ok"]'), '导入完成：新增 2 行，修改 0 行。');
      assert.equal(await page.evaluate(() => window.__sawProgress), true, 'a progress bar was shown');

      await openScreen(page, 'people', '人员与单位');
      await settled(page);
      await page.fill('#admin input[name="search"]', '测试甲');
      assert.match(await page.textContent('.admin-section tbody'), /网格员/);
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }

  test('a file the server cannot read is refused in Chinese at the first step', async () => {
    const page = await openSignedIn((await session()).browser, 'admin', DESKTOP);
    await openScreen(page, 'import', '导入向导');
    await page.setInputFiles('#admin input[name="importFile"]', {name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello')});
    await page.click('#admin >> text=识别文件');
    await page.waitForSelector('#admin .admin-message[data-kind="error"]');
    const text = await page.textContent('#admin .admin-message[data-kind="error"]');
    assert.match(text, /[\u4e00-\u9fff]/);
    assert.doesNotMatch(text, /[{}]/);
    await page.context().close();
  });
});
