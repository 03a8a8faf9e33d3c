// Sign-in in the top bar (issue #6 §8): a wrong password is explained in the form, a planner
// and a viewer see their name and role in Chinese, the session survives a reload, 退出 ends it.
// Needs a running server with the demo accounts (README of data/demo); see e2e/browser.mjs.
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, baseUrl, openPage, sharedSession} from './browser.mjs';

const session = sharedSession();
async function freshPage() {
  const page = await openPage((await session()).browser);
  await page.goto(`${baseUrl}/`, {waitUntil: 'domcontentloaded'});
  // installSession runs first and renders 登录 or the name once GET /auth/me has answered.
  await page.waitForSelector('#session button', {timeout: 60_000});
  return page;
}

async function signIn(page, username, password) {
  await page.click('#session button:has-text("登录")');
  await page.fill('.session-form input[name="username"]', username);
  await page.fill('.session-form input[name="password"]', password);
  await page.click('.session-form button[type="submit"]');
}

describe('session', () => {
  after(session.close);

  test('a wrong password is explained in Chinese and the form stays open', async () => {
    const page = await freshPage();
    await signIn(page, 'planner', 'not-the-password');
    const error = page.locator('.session-form .session-error');
    await error.waitFor({state: 'visible'});
    assert.equal(await error.textContent(), '用户名或密码错误，请检查后重新输入（注意大小写）。');
    assert.equal(await page.locator('.session-who').count(), 0, 'nobody is signed in');
    writeFileSync(join(artifactsDir(), 'session-wrong-password.png'), await page.screenshot());
    await page.context().close();
  });

  test('a planner signs in, stays signed in across a reload, and signs out', async () => {
    const page = await freshPage();
    await signIn(page, 'planner', 'planner-demo-2026');
    const who = page.locator('#session .session-who');
    await who.waitFor();
    assert.match(await who.textContent(), /（规划员）$/);
    assert.equal(await who.getAttribute('data-role'), 'planner');
    writeFileSync(join(artifactsDir(), 'session-planner.png'), await page.screenshot());

    await page.reload({waitUntil: 'domcontentloaded'});
    await page.locator('#session .session-who').waitFor({timeout: 60_000});
    assert.match(await page.locator('#session .session-who').textContent(), /（规划员）$/);

    await page.click('#session button:has-text("退出")');
    await page.locator('#session button:has-text("登录")').waitFor();
    const me = await page.evaluate(async () => (await fetch('/auth/me')).json());
    assert.deepEqual(me, {signedIn: false}, 'the cookie is gone on the server too');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('a viewer is shown as 只读', async () => {
    const page = await freshPage();
    await signIn(page, 'viewer', 'viewer-demo-2026');
    await page.locator('#session .session-who').waitFor();
    assert.match(await page.locator('#session .session-who').textContent(), /（只读）$/);
    writeFileSync(join(artifactsDir(), 'session-viewer.png'), await page.screenshot());
    await page.context().close();
  });
});
