// A resident reports with an iPhone's HEIC photo (issue #14 §2 "HEIC-from-phone as JPEG") in Chromium, which
// cannot draw HEIC: the preview is a neutral tile with the file's name and size, not a broken image; after
// 提交 the server has decoded it (libheif) and stores an upright JPEG. The fixture e2e/fixtures/IMG_0042.HEIC
// was written by libheif's own encoder (x265): 1200×900 stored pixels, red left / blue right, with an irot of
// 90° as an iPhone writes a portrait shot — so the stored photo is 900×1200. The case is voided at the end.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {after, describe, test} from 'node:test';
import {artifactsDir, baseUrl, graphql, sharedSession} from './browser.mjs';
import {voidCase} from './cadreCases.mjs';
import {hasExif, loadGcj02} from './jpegFixtures.mjs';
import {signIn} from './plannerPage.mjs';

const session = sharedSession();
const HEIC = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), 'fixtures/IMG_0042.HEIC'));
/** In 溪东社区 of the demo township; a category no other browser test reports, so nothing folds into it. */
const AT = {lon: 119.8018, lat: 31.0296};
const CATEGORY = '河塘水面脏';

describe('a resident reports with a HEIC photo', {timeout: 300_000}, () => {
  const created = [];
  let admin;
  after(async () => {
    for (const id of created) await voidCase(admin, id);
    await session.close();
  });

  test('the preview is a tile with name and size, and the server stores the photo as an upright JPEG', async () => {
    admin = await signIn('admin');
    const {wgs84ToGcj02} = await loadGcj02();
    const [lon, lat] = wgs84ToGcj02(AT.lon, AT.lat);
    const context = await (await session()).browser.newContext({viewport: {width: 390, height: 844}, locale: 'zh-CN', hasTouch: true,
      isMobile: true, permissions: ['geolocation'], geolocation: {longitude: lon, latitude: lat}});
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${baseUrl}/report`, {waitUntil: 'domcontentloaded'});
    await page.getByRole('radio', {name: CATEGORY}).tap({timeout: 30_000});
    await page.getByLabel('问题说明').fill('e2e：池塘里漂着垃圾（HEIC 照片）');
    const accept = await page.locator('input.rp-file').getAttribute('accept');
    assert.ok(accept.split(',').includes('image/heic'), `the picker offers HEIC: ${accept}`);

    await page.locator('input.rp-file').setInputFiles({name: 'IMG_0042.HEIC', mimeType: 'image/heic', buffer: HEIC});
    const tile = page.getByRole('img', {name: /照片 1：HEIC 照片，提交后由服务器转换/});
    await tile.waitFor({timeout: 10_000});
    assert.match(await tile.textContent(), /HEIC 照片，提交后由服务器转换IMG_0042\.HEIC1 KB/);
    assert.equal(await page.locator('.rp-preview img').count(), 0, 'no broken image is left');
    const box = await tile.boundingBox();
    assert.ok(box.width <= 96 && box.height <= 96, `the tile keeps the preview size: ${box.width}×${box.height}`);
    await page.screenshot({path: join(artifactsDir(), 'heic-preview-phone.png'), fullPage: true});

    await page.getByRole('button', {name: '提交'}).tap();
    const number = page.locator('.rp-case-number');
    await number.waitFor({timeout: 60_000});
    const publicId = await number.textContent();
    await page.screenshot({path: join(artifactsDir(), 'heic-receipt-phone.png'), fullPage: true});

    const c = (await graphql(`{ complaints(source: [CITIZEN], descending: true, first: 20) { edges { node {
      id caseNumber townshipCode photos { id phase url width height } } } } }`, {}, {cookie: admin})).complaints.edges
      .map((e) => e.node).find((n) => `${n.townshipCode}-${n.caseNumber}` === publicId);
    assert.ok(c, `case ${publicId} is listed for the admin`);
    created.push(c.id);
    assert.deepEqual(c.photos.map((p) => [p.phase, p.width, p.height]), [['REPORT', 900, 1200]], 'one photo, upright (portrait)');
    const jpeg = Buffer.from(await (await fetch(`${baseUrl}${c.photos[0].url}`, {headers: {Cookie: admin}})).arrayBuffer());
    assert.equal(jpeg.readUInt16BE(0), 0xffd8, 'served as a JPEG');
    assert.equal(hasExif(jpeg), false);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
