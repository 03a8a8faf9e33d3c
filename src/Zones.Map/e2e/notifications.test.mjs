// The 通知 bell (issue #14 §5): signed in as the demo cadre, a case dispatched to the cadre's person
// while the map is open raises the bell's unread badge live (no reload, through the notificationAdded
// subscription); the list shows it first as 新案件 and a click opens the case's details; 全部已读
// clears the badge. On a phone (390×844) the bell sits in the top bar and its list fits the screen.
// It writes only the cases it creates, and voids them at the end (open counts stay as they were).
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, baseUrl, sharedSession} from './browser.mjs';
import {AT, caseForCadre, voidCase} from './cadreCases.mjs';
import {detailsReady, openAs, signIn} from './plannerPage.mjs';

const session = sharedSession();
// Two points of their own, 330 m either side of the field test's (cadreCases.mjs AT), so no case of another
// test or of the other test here takes these reports in (并案 folds 事件 within 250 m).
const FIRST = {lon: AT.lon, lat: AT.lat - 0.003};
const SECOND = {lon: AT.lon, lat: AT.lat + 0.003};


/** The number on the badge (0 when it is hidden). */
const badge = (page) => page.evaluate(() => {
  const b = document.querySelector('#notify .notify-badge');
  return b && !b.hidden ? Number(b.textContent.replace('+', '')) : 0;
});

/** Open the bell, press 全部已读 when it can be pressed, close the list: the badge starts at 0. */
async function readAll(page) {
  await page.click('#notify .notify-bell');
  const all = page.locator('#notify .notify-all-read');
  if (await all.isEnabled()) await all.click();
  await page.waitForFunction(() => document.querySelector('#notify .notify-badge')?.hidden === true, null, {timeout: 30_000});
  await page.click('#notify .notify-close');
}

describe('the notification bell', {timeout: 300_000}, () => {
  const created = [];
  let planner;
  after(async () => {
    for (const id of created) await voidCase(planner, id).catch(() => undefined);
    await session.close();
  });

  test('a case dispatched to me raises the badge live, the list opens it, 全部已读 clears the badge', async () => {
    planner = await signIn('planner');
    const cadre = await signIn('cadre');
    const me = await (await fetch(`${baseUrl}/auth/me`, {headers: {Cookie: cadre}})).json();
    const page = await openAs((await session()).browser, 'cadre');
    await page.locator('#notify .notify-bell').waitFor({timeout: 30_000});
    await readAll(page);
    assert.equal(await badge(page), 0);
    // Give the live socket a moment to subscribe: the badge must move without a reload or a poll (60 s).
    await page.waitForTimeout(1_000);
    const mine = await caseForCadre(planner, me.personId, 'e2e 通知测试：路边暴露垃圾', FIRST);
    created.push(mine.id);
    await page.waitForFunction(() => Number(document.querySelector('#notify .notify-badge')?.textContent || 0) >= 1, null, {timeout: 15_000});
    await page.click('#notify .notify-bell');
    // Newest first: the case is at the top unless another test dispatched one to the cadre meanwhile.
    const first = page.locator(`#notify .notify-item:has(button[data-case-number="${mine.caseNumber}"])`).first();
    await first.waitFor({timeout: 15_000});
    assert.equal(await first.locator('.notify-kind').textContent(), '新案件');
    writeFileSync(join(artifactsDir(), 'notifications-list.png'), await page.screenshot());
    await first.locator('button').click();
    await detailsReady(page, 'complaint', String(mine.id));
    assert.match(await page.textContent('#details'), new RegExp(mine.caseNumber));
    writeFileSync(join(artifactsDir(), 'notifications-opened-case.png'), await page.screenshot());
    await readAll(page);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('on a phone the bell is in the top bar and its list fits the screen', async () => {
    planner ??= await signIn('planner');
    const me = await (await fetch(`${baseUrl}/auth/me`, {headers: {Cookie: await signIn('cadre')}})).json();
    created.push((await caseForCadre(planner, me.personId, 'e2e 通知测试：路边暴露垃圾', SECOND)).id);
    const page = await openAs((await session()).browser, 'cadre', {width: 390, height: 844});
    const bell = page.locator('#notify .notify-bell');
    await bell.waitFor({timeout: 30_000});
    await page.waitForFunction(() => !document.querySelector('#notify .notify-badge')?.hidden, null, {timeout: 30_000});
    const box = await bell.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 390 && box.height >= 44, `bell at ${JSON.stringify(box)}`);
    await bell.click();
    const list = await page.locator('#notify .notify-panel').boundingBox();
    assert.ok(list.x >= 0 && list.x + list.width <= 390, `list at ${JSON.stringify(list)}`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, 'no sideways scrolling');
    writeFileSync(join(artifactsDir(), 'notifications-phone.png'), await page.screenshot());
    await page.context().close();
  });
});
