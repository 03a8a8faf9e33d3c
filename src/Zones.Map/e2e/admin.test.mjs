// The 管理 panel against main's server: who sees the button, every screen reachable from the
// navigation at 1280×800 and on a phone (390×844), back and forward through the hash, and the
// screens that read existing API (人员与单位) showing the demo data. Screens whose API is still
// being built (CONTRACT11) must say so in Chinese — never raw JSON or GraphQL wording.
import assert from 'node:assert/strict';
import {after, describe, test} from 'node:test';
import {baseUrl, sharedSession} from './browser.mjs';
import {assertClerkText, assertFits, DESKTOP, openScreen, openSignedIn, PHONE, settled, shot} from './adminPages.mjs';

const SCREENS = [
  ['townships', '乡镇'], ['users', '用户与密钥'], ['people', '人员与单位'], ['assignments', '包联表'],
  ['calendar', '工作日历'], ['categories', '类别与时限'], ['settings', '分析参数'], ['fold', '并案设置'], ['webhooks', '通知推送'],
  ['import', '导入向导'],
];

const session = sharedSession();

describe('管理 panel', () => {
  after(session.close);

  test('a viewer and a cadre see no 管理 button; a planner sees 包联表 and 导入向导 only', async () => {
    const {browser} = await session();
    for (const username of ['viewer', 'cadre']) {
      const page = await openSignedIn(browser, username);
      assert.equal(await page.locator('[data-admin="open"]').count(), 0, `${username} has no 管理`);
      await page.context().close();
    }
    const page = await openSignedIn(browser, 'planner');
    await page.click('[data-admin="open"]');
    await page.waitForSelector('.admin-nav a');
    assert.deepEqual(await page.$$eval('.admin-nav a', (links) => links.map((a) => a.textContent)), ['包联表', '导入向导']);
    // A planner who types an admin-only address lands on a screen they may open.
    await page.goto(`${baseUrl}/#/admin/users`);
    await page.waitForFunction(() => document.querySelector('.admin-body')?.dataset.screen === 'assignments');
    await page.context().close();
  });

  for (const [name, viewport] of [['1280×800', DESKTOP], ['phone 390×844', PHONE]]) {
    test(`an admin reaches every screen from the navigation at ${name}, in Chinese, within the screen`, async () => {
      const page = await openSignedIn((await session()).browser, 'admin', viewport);
      for (const [screen, label] of SCREENS) {
        await openScreen(page, screen, label);
        await settled(page);
        await assertClerkText(page);
        await assertFits(page);
        await shot(page, `admin-${screen}-${viewport.width}.png`);
      }
      // Until CONTRACT11 is merged, the queries a screen's API lacks answer HTTP 400 (and the screen says
      // 服务器尚未提供此功能); anything else in the console is a fault.
      assert.deepEqual(page.problems.filter((p) => !p.includes('status of 400')), []);
      await page.context().close();
    });
  }

  test('the hash is the address: back returns to the previous screen, 返回地图 closes the panel', async () => {
    const page = await openSignedIn((await session()).browser, 'admin', DESKTOP, '#/admin/people');
    await page.waitForFunction(() => document.querySelector('.admin-body')?.dataset.screen === 'people');
    await openScreen(page, 'calendar', '工作日历');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('.admin-body')?.dataset.screen === 'people');
    await page.click('.admin-close');
    await page.waitForFunction(() => document.querySelector('#admin').hidden);
    assert.equal(new URL(page.url()).hash, '');
    await page.context().close();
  });

  test('人员与单位 lists the demo 花名册 and units, and the search narrows both', async () => {
    const page = await openSignedIn((await session()).browser, 'admin', PHONE);
    await openScreen(page, 'people', '人员与单位');
    await settled(page);
    const rows = () => page.$$eval('.admin-section', (parts) => parts.map((p) => p.querySelectorAll('tbody tr').length));
    const [people, units] = await rows();
    assert.ok(people >= 20 && units >= 20, `people ${people}, units ${units}`);
    await page.fill('#admin input[name="search"]', '丁斌');
    assert.deepEqual(await rows(), [1, 0]);
    assert.match(await page.textContent('.admin-section tbody'), /执法队员/);
    await page.fill('#admin input[name="search"]', '村民委员会');
    const [, villages] = await rows();
    assert.ok(villages >= 10, `${villages} 村民委员会`);
    await page.context().close();
  });

  test('乡镇 checks a new code while it is typed: digits, township level, the admin county', async () => {
    const page = await openSignedIn((await session()).browser, 'admin', PHONE);
    await openScreen(page, 'townships', '乡镇');
    await page.click('.admin-toolbar >> text=新增');
    const hint = page.locator('form[aria-label="新增乡镇"] .admin-invalid');
    await page.fill('#admin input[name="code"]', '3305221');
    assert.match(await hint.textContent(), /12 位数字（当前为 7 位）/);
    await page.fill('#admin input[name="code"]', '330523100000');
    assert.equal(await hint.textContent(), '代码前 6 位应为本县代码 330522。');
    await page.fill('#admin input[name="code"]', '330522201001');
    assert.match(await hint.textContent(), /第 10–12 位应为 000/);
    await page.fill('#admin input[name="code"]', '330522201000');
    assert.equal(await hint.textContent(), '');
    // Saving without a name is refused before any request.
    await page.click('form[aria-label="新增乡镇"] button[type="submit"]');
    assert.equal(await page.textContent('form[aria-label="新增乡镇"] [role="alert"]'), '请填写名称。');
    await page.context().close();
  });

  test('after signing out the button is gone and #/admin opens nothing', async () => {
    const page = await openSignedIn((await session()).browser, 'admin', DESKTOP, '#/admin/people');
    await page.waitForSelector('#admin:not([hidden])');
    await page.click('.admin-close');
    await page.click('#session .session-button');
    await page.waitForFunction(() => !document.querySelector('[data-admin="open"]'));
    await page.evaluate(() => { location.hash = '#/admin/users'; });
    await page.waitForTimeout(300);
    assert.equal(await page.locator('#admin').isVisible(), false);
    await page.context().close();
  });
});
