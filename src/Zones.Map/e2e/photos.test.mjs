// Photos on cases (issue #14 §2): at 签收 the planner attaches a 整改前 photo from the details panel
// (1280×800); the cadre, on a phone (390×844), opens the case from 我的案卷 and attaches a 整改后 photo;
// at 核查 the planner sees 整改前 and 整改后 side by side and enlarges one. The photos are taken in the
// browser (a canvas JPEG, as a phone camera gives one) and go through the file inputs the camera opens.
// It writes only the case it creates, and voids it at the end (open counts stay as they were).
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, baseUrl, gotoMap, graphql, sharedSession} from './browser.mjs';
import {act, caseForCadre, PHONE, phonePage, voidCase} from './cadreCases.mjs';
import {detailsReady, openAs, openBySearch, signIn} from './plannerPage.mjs';

const session = sharedSession();

/** A JPEG drawn in the page (a canvas, as a camera would hand one over), for setInputFiles. */
async function cameraJpeg(page, name, colour) {
  const base64 = await page.evaluate((c) => {
    const canvas = Object.assign(document.createElement('canvas'), {width: 1600, height: 1200});
    const g = canvas.getContext('2d');
    g.fillStyle = c;
    g.fillRect(0, 0, 1600, 1200);
    g.fillStyle = '#fff';
    g.font = '120px sans-serif';
    g.fillText('e2e', 600, 650);
    return canvas.toDataURL('image/jpeg', 0.9).split(',')[1];
  }, colour);
  return {name, mimeType: 'image/jpeg', buffer: Buffer.from(base64, 'base64')};
}

/** Attaches one photo through the panel's file input of `phase` and waits for the panel to show it. */
async function attach(page, phase, file) {
  const before = await page.locator(`#details [data-phase="${phase}"] .photo-thumb`).count();
  await page.locator(`#details input.photo-input[data-phase="${phase}"]`).setInputFiles(file);
  await page.locator('#details .details-ok', {hasText: '已添加 1 张'}).waitFor({timeout: 60_000});
  await page.waitForFunction(([p, n]) => document.querySelectorAll(`#details [data-phase="${p}"] .photo-thumb img`).length > n, [phase, before], {timeout: 30_000});
}

const noSidewaysScroll = (page) => page.evaluate(() => document.scrollingElement.scrollWidth <= document.scrollingElement.clientWidth);

describe('photos on cases', {timeout: 300_000}, () => {
  let planner;
  let created;
  after(async () => {
    // 作废 from wherever the test stopped: the case leaves the open counts again.
    if (created) await voidCase(planner, created.id).catch(() => undefined);
    await session.close();
  });

  test('整改前 at 签收 on the desktop, 整改后 from the phone, side by side at 核查', async () => {
    planner = await signIn('planner');
    const cadre = await signIn('cadre');
    const me = await (await fetch(`${baseUrl}/auth/me`, {headers: {Cookie: cadre}})).json();
    created = await caseForCadre(planner, me.personId, 'e2e 照片测试：路边暴露垃圾');
    const browser = (await session()).browser;

    // 签收 (dispatched): the planner attaches a 整改前 photo from the details panel.
    const desk = await openAs(browser, 'planner');
    await openBySearch(desk, created.caseNumber, 'complaint');
    assert.equal(await desk.locator('#details input.photo-input[data-phase="BEFORE"]').getAttribute('capture'), 'environment');
    assert.equal(await desk.locator('#details input.photo-input[data-phase="AFTER"]').count(), 0, 'no 整改后 before 处置');
    await attach(desk, 'BEFORE', await cameraJpeg(desk, '整改前.jpg', '#7c2d12'));
    writeFileSync(join(artifactsDir(), 'photos-before-attached.png'), await desk.screenshot());

    // 处置 (disposing) on the phone: the cadre opens the case from 我的案卷 and attaches a 整改后 photo.
    await act(cadre, created.id, 'DISPOSE');
    const phone = await phonePage(browser, cadre);
    const item = phone.locator(`#field .field-case[data-case-number="${created.caseNumber}"]`);
    await item.waitFor({timeout: 30_000});
    await item.locator('.field-case-title').tap();
    await detailsReady(phone, 'complaint', String(created.id));
    await attach(phone, 'AFTER', await cameraJpeg(phone, '整改后.jpg', '#166534'));
    assert.ok(await noSidewaysScroll(phone), 'no sideways scrolling on the phone');
    await act(cadre, created.id, 'FEEDBACK');

    // 核查 (feedback): 整改前 and 整改后 side by side, one enlarged on a click.
    await openBySearch(desk, created.caseNumber, 'complaint');
    const compare = desk.locator('#details .photo-compare');
    await compare.waitFor({timeout: 30_000});
    const [left, right] = [await compare.locator('[data-phase="BEFORE"]').boundingBox(), await compare.locator('[data-phase="AFTER"]').boundingBox()];
    assert.ok(Math.abs(left.y - right.y) < 2 && left.x + left.width <= right.x, `side by side: ${JSON.stringify({left, right})}`);
    assert.match(await compare.textContent(), /整改前（1）.*整改后（1）/);
    assert.ok(await desk.locator('#details [data-action="VERIFY"]').count() > 0, 'the planner can take 核查 here');
    await compare.locator('[data-phase="BEFORE"]').scrollIntoViewIfNeeded();
    writeFileSync(join(artifactsDir(), 'photos-verify-side-by-side.png'), await desk.screenshot());
    await compare.locator('[data-phase="AFTER"] .photo-thumb').click();
    const big = desk.locator('.photo-viewer img');
    await desk.waitForFunction(() => document.querySelector('.photo-viewer img')?.naturalWidth > 0, null, {timeout: 30_000});
    assert.deepEqual(await big.evaluate((img) => [img.naturalWidth, img.naturalHeight]), [1600, 1200]);
    assert.match(await desk.locator('.photo-viewer p').textContent(), /整改后 · 上传于 .* · 上传人 cadre/);
    writeFileSync(join(artifactsDir(), 'photos-enlarged.png'), await desk.screenshot());
    await desk.keyboard.press('Escape');
    assert.equal(await desk.locator('.photo-viewer').count(), 0);

    // On the phone the comparison keeps its two columns, within the screen.
    await phone.reload();
    await gotoMap(phone);
    await phone.locator(`#field .field-case[data-case-number="${created.caseNumber}"] .field-case-title`).tap();
    await detailsReady(phone, 'complaint', String(created.id));
    const phoneCompare = phone.locator('#details .photo-compare');
    const [pl, pr] = [await phoneCompare.locator('[data-phase="BEFORE"]').boundingBox(), await phoneCompare.locator('[data-phase="AFTER"]').boundingBox()];
    assert.ok(Math.abs(pl.y - pr.y) < 2 && pr.x + pr.width <= PHONE.width, `phone side by side: ${JSON.stringify({pl, pr})}`);
    assert.ok(await noSidewaysScroll(phone));
    await phoneCompare.scrollIntoViewIfNeeded();
    writeFileSync(join(artifactsDir(), 'photos-phone-side-by-side.png'), await phone.screenshot());

    // Anonymous visitors get the 整改后 photo of this public township, never the 整改前 one.
    const photos = (await graphql(`{ complaint(id: ${created.id}) { photos { phase url } } }`, {}, {cookie: planner})).complaint.photos;
    const url = (phase) => photos.find((p) => p.phase === phase).url;
    assert.equal((await fetch(`${baseUrl}${url('AFTER')}`)).status, 200);
    assert.equal((await fetch(`${baseUrl}${url('BEFORE')}`)).status, 404);
    assert.deepEqual([...desk.problems, ...phone.problems], []);
    await desk.context().close();
    await phone.context().close();
  });
});
