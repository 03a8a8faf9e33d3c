// The residents' report page on a phone (issue #14 §1, "Proof"): at 390×844 with the phone's position faked
// in GCJ-02 (what Chinese phone browsers give), a resident reports 乱搭乱建 with two photos carrying EXIF GPS →
// the case exists at the WGS84 point within 1 m, in the zone and with the owner the server's rules give for
// that point, with the deadline a case of that category reported at the same moment gets, and with two
// re-encoded photos (≤ 2048 px, no EXIF); the status page shows it by number + phone digits and refuses a
// wrong phone without saying whether the case exists. Cases it creates are voided at the end (no fold later).
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, baseUrl, graphql, sharedSession} from './browser.mjs';
import {canvasJpegs, hasExif, loadGcj02, withExifGps} from './jpegFixtures.mjs';
import {signIn} from './plannerPage.mjs';

const session = sharedSession();
const PHONE = {width: 390, height: 844};
/** Where the problem is, WGS84: in 溪东社区 of the demo township. */
const AT = {lon: 119.8012, lat: 31.0301};
/** The reference case's point: same township, ~480 m away, so it cannot fold into the resident's case (250 m). */
const ELSEWHERE = {lon: 119.7975, lat: 31.033};
const CATEGORY = {code: 'E0101', label: '乱搭乱建'};

const CASES = `{ complaints(source: [CITIZEN], descending: true, first: 20) { edges { node {
  id caseNumber townshipCode deadline reportedAt categoryCode reporterPhone zone { id name }
  location { lon lat } firstResponsible { __typename ... on Person { id } ... on Unit { id } }
  photos { id phase url width height } } } } }`;

/** Metres between two WGS84 points (equirectangular: exact enough at 1 m over a few metres). */
function metres(a, b) {
  const k = Math.PI / 180;
  const x = (b.lon - a.lon) * k * Math.cos(((a.lat + b.lat) / 2) * k);
  return Math.hypot(x, (b.lat - a.lat) * k) * 6_371_000;
}

/** What the server's rules give at a point: the most specific zone, and the owner found up the tree (属地兜底). */
async function rulesAt(at) {
  const zones = (await graphql(`{ zonesAt(point: {lon: ${at.lon}, lat: ${at.lat}}) { id name
    responsibleOwner { owner { __typename ... on Person { id } ... on Unit { id } } } } }`)).zonesAt;
  return {zone: zones[0], owner: zones.find((z) => z.responsibleOwner)?.responsibleOwner.owner ?? null};
}

async function voidCase(cookie, id) {
  for (const action of ['REGISTER', 'VOID']) {
    await graphql(`mutation { transitionComplaint(input: {id: ${id}, action: ${action}, note: "e2e 清理"}) { errors { ... on UserError { message } } } }`, {}, {cookie})
      .catch(() => undefined);
  }
}

async function phonePage(browser, at) {
  const context = await browser.newContext({viewport: PHONE, locale: 'zh-CN', deviceScaleFactor: 1, hasTouch: true, isMobile: true,
    permissions: ['geolocation'], geolocation: {longitude: at[0], latitude: at[1]}});
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  return page;
}

describe('a resident reports on a phone', {timeout: 300_000}, () => {
  const created = [];
  let admin;
  after(async () => {
    for (const id of created) await voidCase(admin, id);
    await session.close();
  });

  test('with GPS in GCJ-02 and two photos: the case is at the WGS84 point with the zone, owner and deadline of the rules, photos without EXIF; status by number + phone digits', async () => {
    admin = await signIn('admin');
    const {wgs84ToGcj02} = await loadGcj02();
    const page = await phonePage((await session()).browser, wgs84ToGcj02(AT.lon, AT.lat));
    await page.goto(`${baseUrl}/report`, {waitUntil: 'domcontentloaded'});
    // The phone's position, converted by the server, puts the page in the right place and offers its categories.
    const rules = await rulesAt(AT);
    await page.locator('.rp-where', {hasText: rules.zone.name}).waitFor({timeout: 30_000});
    await page.getByRole('radio', {name: CATEGORY.label}).tap();
    await page.getByLabel('问题说明').fill('e2e：路边私搭的棚子占了人行道');
    const photos = (await canvasJpegs(page, 2, 2400, 1800)).map((jpeg) => withExifGps(jpeg, AT.lon, AT.lat));
    assert.ok(photos.every(hasExif), 'the uploads carry EXIF GPS, as a phone camera writes it');
    await page.locator('input.rp-file').setInputFiles(photos.map((buffer, i) => ({name: `IMG_${i + 1}.jpg`, mimeType: 'image/jpeg', buffer})));
    assert.equal(await page.locator('.rp-preview img').count(), 2, 'both photos are previewed');
    const phone = `139${String(Date.now()).slice(-8)}`;
    await page.getByLabel('姓名（选填）').fill('e2e 居民');
    await page.getByLabel('手机号（选填）').fill(phone);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling on the phone');
    await page.screenshot({path: join(artifactsDir(), 'report-phone-form.png'), fullPage: true});

    await page.getByRole('button', {name: '提交'}).tap();
    const number = page.locator('.rp-case-number');
    await number.waitFor({timeout: 60_000});
    const publicId = await number.textContent();
    assert.match(await page.locator('.rp-promise').textContent(), /7 个工作日内处理/);
    await page.screenshot({path: join(artifactsDir(), 'report-phone-receipt.png'), fullPage: true});

    const c = (await graphql(CASES, {}, {cookie: admin})).complaints.edges.map((e) => e.node)
      .find((n) => `${n.townshipCode}-${n.caseNumber}` === publicId);
    assert.ok(c, `case ${publicId} is listed for the admin`);
    created.push(c.id);
    assert.ok(metres(c.location, AT) < 1, `stored at ${JSON.stringify(c.location)}, ${metres(c.location, AT).toFixed(3)} m from the WGS84 point`);
    assert.equal(c.zone.id, rules.zone.id, 'the zone the rules find at the point');
    assert.deepEqual(c.firstResponsible, rules.owner, 'the owner the rules find at the point (属地兜底)');
    assert.equal(c.reporterPhone, phone, 'staff see the phone in full');

    // The same category at the same moment elsewhere in the township: the deadline the rules give.
    const reference = (await graphql(`mutation($at: DateTime!) { reportComplaint(input: {location: {point: {lon: ${ELSEWHERE.lon}, lat: ${ELSEWHERE.lat}}},
      categoryKind: "event", categoryCode: "0101", source: INSPECTION, description: "e2e 参照案卷", reportedAt: $at}) {
      complaint { id deadline } errors { ... on UserError { message } } } }`, {at: c.reportedAt}, {cookie: admin})).reportComplaint;
    assert.deepEqual(reference.errors, []);
    created.push(reference.complaint.id);
    assert.equal(Date.parse(c.deadline), Date.parse(reference.complaint.deadline), 'the deadline of the category on the township calendar');

    // Two photos, re-encoded: at most 2048 px, and neither carries EXIF (so no GPS) any more.
    const reportPhotos = c.photos.filter((p) => p.phase === 'REPORT');
    assert.equal(reportPhotos.length, 2);
    for (const p of reportPhotos) {
      assert.ok(Math.max(p.width, p.height) <= 2048, `photo ${p.id} is ${p.width}×${p.height}`);
      const bytes = Buffer.from(await (await fetch(`${baseUrl}${p.url}`, {headers: {Cookie: admin}})).arrayBuffer());
      assert.equal(bytes.readUInt16BE(0), 0xffd8, 'a JPEG');
      assert.equal(hasExif(bytes), false, `photo ${p.id} carries no EXIF`);
    }

    // The status page: the case by its number and the last 4 digits; a wrong phone is refused, saying nothing more.
    await page.getByRole('link', {name: '查询处理进度'}).tap();
    await page.getByLabel('手机号后四位').fill(phone.slice(-4));
    await page.getByRole('button', {name: '查询'}).tap();
    await page.locator('.rp-status').waitFor({timeout: 30_000});
    assert.equal(await page.locator('.rp-status').getAttribute('data-case-number'), publicId);
    assert.match(await page.locator('.rp-stage').textContent(), /已收到/);
    await page.screenshot({path: join(artifactsDir(), 'report-phone-status.png'), fullPage: true});
    await page.getByLabel('手机号后四位').fill(String((Number(phone.slice(-4)) + 1) % 10000).padStart(4, '0'));
    await page.getByRole('button', {name: '查询'}).tap();
    const refusal = page.locator('[data-error-for="id"]');
    await refusal.waitFor({state: 'visible', timeout: 30_000});
    assert.match(await refusal.textContent(), /没有找到与该案卷号和手机号后四位相符的反映/);
    assert.equal(await page.locator('.rp-status').count(), 0, 'nothing of the case is shown');
    await page.screenshot({path: join(artifactsDir(), 'report-phone-status-refused.png'), fullPage: true});
    assert.deepEqual(page.problems, []);
  });

  test('the page reads at 1280×800 too: one column, no sideways scrolling', async () => {
    const {browser} = await session();
    const context = await browser.newContext({viewport: {width: 1280, height: 800}, locale: 'zh-CN'});
    const page = await context.newPage();
    await page.goto(`${baseUrl}/report`, {waitUntil: 'domcontentloaded'});
    await page.getByRole('radio', {name: CATEGORY.label}).waitFor({timeout: 30_000});
    const width = await page.locator('.rp-form').evaluate((f) => f.getBoundingClientRect().width);
    assert.ok(width <= 640, `the form stays a readable column (${width} px)`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
    await page.screenshot({path: join(artifactsDir(), 'report-desktop.png')});
    await context.close();
  });
});
