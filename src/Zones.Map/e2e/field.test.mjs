// The cadre's field view on a phone (issue #13 §5): signed in as the demo cadre at 390×844 with the
// phone's position at a case, it says where I am and who answers here, lists my cases (mine and my
// unit's, overdue first then the soonest deadline), takes a step with a note — signed with the
// cadre's name — and reports a problem here; no horizontal scrolling, thumb-sized buttons.
// It writes only cases it creates, and voids them at the end (open counts stay as they were).
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, baseUrl, graphql, sharedSession} from './browser.mjs';
import {AT, caseForCadre, phonePage as atPhone, voidCase} from './cadreCases.mjs';
import {loadGcj02} from './jpegFixtures.mjs';
import {signIn} from './plannerPage.mjs';

const session = sharedSession();
const MINE = `{ complaints(mine: true, open: true, orderBy: DEADLINE, first: 50) {
  totalCount edges { node { id caseNumber deadline overdue } } } }`;

// The phone's browser gives GCJ-02 (the installation's default Zones:Map:PhonePositionCrs): the case and
// "where am I" must come out at the WGS84 point AT.
const {wgs84ToGcj02} = await loadGcj02();
const [gcjLon, gcjLat] = wgs84ToGcj02(AT.lon, AT.lat);
const phonePage = (browser, cookie) => atPhone(browser, cookie, {permissions: ['geolocation'], geolocation: {longitude: gcjLon, latitude: gcjLat}});

describe('the cadre on a phone', {timeout: 300_000}, () => {
  const created = [];
  let planner;
  after(async () => {
    for (const id of created) await voidCase(planner, id).catch(() => undefined);
    await session.close();
  });

  test('sees where they are and who answers, their cases, takes a step and reports here, without sideways scrolling', async () => {
    planner = await signIn('planner');
    const cadre = await signIn('cadre');
    const me = await (await fetch(`${baseUrl}/auth/me`, {headers: {Cookie: cadre}})).json();
    const mine = await caseForCadre(planner, me.personId, 'e2e 外业测试：路边暴露垃圾');
    created.push(mine.id);
    const page = await phonePage((await session()).browser, cadre);
    const field = page.locator('#field');
    assert.equal(await field.isVisible(), true, 'the field view leads the page on a phone');

    // My cases: as many as the API says, overdue first, then the soonest deadline.
    const api = (await graphql(MINE, {}, {cookie: cadre})).complaints;
    await field.locator('.field-case').first().waitFor({timeout: 30_000});
    const shown = await field.locator('.field-case').evaluateAll((items) => items.map((i) => i.dataset.caseNumber));
    assert.equal(shown.length, Math.min(50, api.totalCount));
    const expected = [...api.edges.map((e) => e.node)].sort((a, b) => Number(b.overdue) - Number(a.overdue)
      || (a.deadline ? Date.parse(a.deadline) : Infinity) - (b.deadline ? Date.parse(b.deadline) : Infinity));
    assert.deepEqual(shown, expected.map((c) => c.caseNumber));
    assert.equal(await field.locator('.field-case-overdue').count(), api.edges.filter((e) => e.node.overdue).length);

    // Where am I: the zone at the phone's position and its responsible owner, as the API says.
    const here = (await graphql(`{ zonesAt(point: {lon: ${AT.lon}, lat: ${AT.lat}}) { name responsibleOwner { ownerName } } }`)).zonesAt;
    await field.getByRole('button', {name: '定位我的位置'}).tap();
    await field.locator('.field-zone').waitFor({timeout: 30_000});
    assert.equal(await field.locator('.field-zone').textContent(), here[0].name);
    assert.match(await field.locator('.field-owner').textContent(), new RegExp(here[0].responsibleOwner.ownerName));

    // No sideways scrolling, and every button of the field view is big enough for a thumb.
    assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth <= document.scrollingElement.clientWidth),
      `page ${await page.evaluate(() => document.scrollingElement.scrollWidth)} px wide on a 390 px screen`);
    const small = await field.locator('button:visible').evaluateAll((bs) => bs.filter((b) => b.getBoundingClientRect().height < 44).map((b) => b.textContent));
    assert.deepEqual(small, [], 'buttons under 44 px');
    writeFileSync(join(artifactsDir(), 'field-phone.png'), await page.screenshot());

    // A step with a note: 签收 on the case dispatched to me; the list reloads with it in 处置.
    const item = field.locator(`.field-case[data-case-number="${mine.caseNumber}"]`);
    await item.getByRole('button', {name: '签收'}).tap();
    await item.locator('textarea:not([data-field="publicNote"])').fill('已到现场，开始处置');
    await item.getByRole('button', {name: '确认签收'}).tap();
    await field.locator(`.field-case[data-case-number="${mine.caseNumber}"] .field-case-title`, {hasText: '处置'}).waitFor({timeout: 30_000});
    const events = (await graphql(`{ complaint(id: ${mine.id}) { stage events { action actor actorName note } } }`, {}, {cookie: planner})).complaint;
    const step = events.events.at(-1);
    assert.deepEqual([events.stage, step.action, step.actor, step.note], ['DISPOSING', 'dispose', 'cadre', '已到现场，开始处置']);
    assert.ok(step.actorName && step.actorName !== 'cadre', `signed ${step.actorName}`);

    // The case's history, opened from the list, is signed with the cadre's name, not the login.
    await field.locator(`.field-case[data-case-number="${mine.caseNumber}"] .field-case-title`).tap();
    await page.waitForFunction((id) => document.getElementById('details')?.dataset.id === id && document.getElementById('details')?.dataset.state === 'ready', mine.id, {timeout: 30_000});
    assert.match(await page.locator('#details [data-section="history"] li').last().textContent(), new RegExp(`签收.*· ${step.actorName}`));

    // Report a problem here: a new case at the phone's position (道路不洁: no open case of it here).
    const report = field.locator('[data-field="report"]');
    await report.locator('textarea').focus();
    await report.locator('select option[value="event:0104"]').waitFor({state: 'attached', timeout: 30_000});
    await report.locator('select').selectOption('event:0104');
    await report.locator('textarea').fill('e2e 外业上报：路面有泥土');
    await report.getByRole('button', {name: '在我的位置上报'}).tap();
    await report.locator('[role="status"]', {hasText: '已上报'}).waitFor({timeout: 30_000});
    const number = /案卷号 (\S+?)[（。]/.exec(await report.locator('[role="status"]').textContent())[1];
    const reported = (await graphql(`{ complaints(where: {near: {lon: ${AT.lon}, lat: ${AT.lat}}, withinMeters: 1}, orderBy: REPORTED_AT, descending: true, first: 5) { edges { node { id caseNumber source } } } }`)).complaints.edges.map((e) => e.node);
    const found = reported.find((c) => c.caseNumber === number);
    assert.equal(found?.source, 'INSPECTION');
    created.push(found.id);

    // The same problem as my case, reported again here, joins my case (并案, issue #14 §3) and says so.
    await report.locator('select').selectOption('event:0102');
    await report.locator('textarea').fill('e2e 外业上报：垃圾桶满溢');
    await report.getByRole('button', {name: '在我的位置上报'}).tap();
    await report.locator('[role="status"][data-folded="true"]').waitFor({timeout: 30_000});
    assert.match(await report.locator('[role="status"]').textContent(), new RegExp(`已并入案卷 ${mine.caseNumber}.*已有 2 人反映`));
    assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth <= document.scrollingElement.clientWidth));
    writeFileSync(join(artifactsDir(), 'field-phone-after-step.png'), await page.screenshot({fullPage: true}));
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});
