// The 管理 screens' writes end to end (needs CONTRACT11 §A apiKeys/createApiKey/revokeApiKey, §B
// calendarDays/setCalendarDays/removeCalendarDays and updateAnalysisSettings). Each test undoes
// what it did, so the demo stays as it was.
import assert from 'node:assert/strict';
import {after, describe, test} from 'node:test';
import {baseUrl, openPage, sharedSession} from './browser.mjs';
import {DESKTOP, openScreen, openSignedIn, PHONE, settled} from './adminPages.mjs';

const session = sharedSession();

describe('管理 writes', () => {
  after(session.close);

  test('a new user must change the password at first sign-in, through the 修改密码 form; then is disabled', async () => {
    const {browser} = await session();
    const page = await openSignedIn(browser, 'admin', DESKTOP);
    await openScreen(page, 'users', '用户与密钥');
    await settled(page);
    const username = `e2e.${Date.now()}`;
    const first = 'first-password-2026';
    await page.click('.admin-section:has(h3:text("用户")) .admin-toolbar button');
    await page.fill('#admin input[name="username"]', username);
    await page.fill('#admin input[name="displayName"]', '测试干部');
    await page.selectOption('#admin select[name="role"]', 'CADRE');
    await page.selectOption('#admin select[name="personId"]', {index: 1}); // a cadre acts for a 花名册 person
    await page.fill('#admin input[name="password"]', first);
    await page.click('form[aria-label="新增用户"] button[type="submit"]');
    const row = page.locator('#admin tr', {hasText: username});
    await row.waitFor();
    assert.match(await row.textContent(), /干部.*待改密码/);

    // The new user signs in elsewhere: the form asks for a new password before anything else.
    const user = await openPage(browser, PHONE);
    assert.equal((await user.request.post(`${baseUrl}/auth/login`, {data: {username, password: first}})).status(), 200);
    await user.goto(`${baseUrl}/`, {waitUntil: 'domcontentloaded'});
    await user.waitForSelector('form[aria-label="修改密码"]');
    await user.fill('input[name="currentPassword"]', first);
    await user.fill('input[name="newPassword"]', 'second-password-2026');
    await user.fill('input[name="newPasswordAgain"]', 'second-password-2026');
    await user.click('form[aria-label="修改密码"] button[type="submit"]');
    await user.waitForSelector('form[aria-label="修改密码"]', {state: 'detached'});
    await user.context().close();

    await page.reload(); // the address is still #/admin/users
    await page.waitForSelector('.admin-body[data-screen="users"]');
    await row.waitFor();
    assert.match(await row.textContent(), /正常/);
    await row.locator('text=停用').click();
    await page.waitForFunction((n) => [...document.querySelectorAll('#admin tr')].some((tr) => tr.textContent.includes(n) && tr.textContent.includes('已停用')), username);
    await page.context().close();
  });

  test('a new API key is shown once with 复制, then listed by its prefix as never used, and revoked', async () => {
    const page = await openSignedIn((await session()).browser, 'admin', DESKTOP);
    page.on('dialog', (d) => d.accept());
    await openScreen(page, 'users', '用户与密钥');
    await settled(page);
    const name = `e2e 测试密钥 ${Date.now()}`;
    await page.click('.admin-section:has(h3:text("API 密钥")) .admin-toolbar button');
    await page.fill('#admin input[name="keyName"]', name);
    await page.click('form[aria-label="新增API 密钥"] button[type="submit"]');
    await page.waitForSelector('.admin-secret');
    const secret = await page.inputValue('.admin-secret input[name="secret"]');
    assert.ok(secret.length >= 16, 'the secret is shown');
    await page.click('.admin-secret >> text=我已保存');
    assert.equal(await page.locator('.admin-secret').count(), 0, 'and never again');
    const row = page.locator('tr', {hasText: name});
    await row.waitFor();
    assert.match(await row.textContent(), /从未使用/);
    assert.ok(secret.startsWith((await row.locator('code').textContent()).replace('…', '')), 'the prefix is the secret\'s start');
    await row.locator('text=吊销').click();
    await page.waitForFunction((n) => [...document.querySelectorAll('#admin tr')].some((tr) => tr.textContent.includes(n) && tr.textContent.includes('已吊销')), name);
    await page.context().close();
  });

  test('a township workday is made a holiday with a note, shown framed, and put back to the national arrangement', async () => {
    const page = await openSignedIn((await session()).browser, 'admin', PHONE);
    await openScreen(page, 'calendar', '工作日历');
    await page.selectOption('#admin select[name="year"]', '2026');
    const day = '#admin .admin-day[data-date="2026-05-13"]'; // a Wednesday with no national row
    await page.waitForSelector(day);
    assert.equal(await page.getAttribute(day, 'data-kind'), 'workday');
    await page.click(day);
    await page.fill('#admin .admin-form input[name="note"]', '镇庆（e2e）');
    await page.click('#admin .admin-form >> text=设为休息日');
    await page.waitForFunction((d) => document.querySelector(d)?.dataset.kind === 'holiday', day);
    assert.equal(await page.getAttribute(day, 'data-local'), 'true');
    await page.click(day);
    await page.click('#admin .admin-form >> text=恢复全国安排');
    await page.waitForFunction((d) => document.querySelector(d)?.dataset.kind === 'workday', day);
    await page.context().close();
  });

  test('analysis thresholds refuse a negative radius in red, save a valid one, and go back to the defaults', async () => {
    const page = await openSignedIn((await session()).browser, 'admin', DESKTOP);
    await openScreen(page, 'settings', '分析参数');
    await settled(page);
    await page.fill('#admin input[name="toiletRadiusM"]', '-5');
    await page.click('#admin .admin-settings button[type="submit"]');
    assert.equal(await page.textContent('#admin label:has(input[name="toiletRadiusM"]) .admin-invalid'), '不能小于 10。');
    await page.fill('#admin input[name="toiletRadiusM"]', '400');
    await page.click('#admin .admin-settings button[type="submit"]');
    await page.waitForSelector('#admin .admin-message[data-kind="ok"]');
    assert.equal(await page.inputValue('#admin input[name="toiletRadiusM"]'), '400');
    await page.click('#admin >> text=全部恢复默认');
    await page.waitForFunction(() => document.querySelector('#admin input[name="toiletRadiusM"]')?.value === '');
    await page.context().close();
  });
});
