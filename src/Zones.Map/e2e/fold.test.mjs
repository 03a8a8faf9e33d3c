// Duplicates folded (issue #14 §3): two reports of one 部件 problem 20 m apart become one case with two
// reporters; the planner sees "2 人反映" and the folded report in the case details and splits it back
// out (拆分, after a confirmation) into a case of its own; the details then say "1 人反映".
// It writes only cases it creates (公厕指示牌 C0303, of which the demo has no open case) and voids them at the end.
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, graphql, sharedSession} from './browser.mjs';
import {detailsReady, openAs, openBySearch, signIn} from './plannerPage.mjs';

const session = sharedSession();
const AT = {lon: 119.806, lat: 31.036};
const METRE = 1 / 110_900; // degrees of latitude per metre here

async function report(cookie, metresNorth, phone) {
  const d = await graphql(`mutation($lat: Float!, $phone: String) { reportComplaint(input: {location: {point: {lon: ${AT.lon}, lat: $lat}},
    categoryKind: "component", categoryCode: "0303", source: CITIZEN, description: "e2e 并案：公厕指示牌倒了", reporterPhone: $phone}) {
    folded complaint { id caseNumber reporterCount } errors { ... on UserError { message } } } }`,
  {lat: AT.lat + metresNorth * METRE, phone}, {cookie});
  assert.deepEqual(d.reportComplaint.errors, []);
  return d.reportComplaint;
}

describe('duplicates folded into one case', {timeout: 240_000}, () => {
  const created = [];
  let planner;
  after(async () => {
    for (const id of created)
      await graphql(`mutation { transitionComplaint(input: {id: ${id}, action: VOID, note: "e2e"}) { errors { __typename } } }`, {}, {cookie: planner}).catch(() => undefined);
    await session.close();
  });

  test('two reports 20 m apart are one case with two reporters, and the planner splits the second back out', async () => {
    planner = await signIn('planner');
    const first = await report(planner, 0, '13900001111');
    created.push(first.complaint.id);
    const second = await report(planner, 20, '13900002222');
    assert.deepEqual([first.folded, second.folded, second.complaint.caseNumber, second.complaint.reporterCount],
      [false, true, first.complaint.caseNumber, 2]);

    const page = await openAs((await session()).browser, 'planner');
    await openBySearch(page, first.complaint.caseNumber, 'complaint');
    assert.match(await page.textContent('#details .details-facts'), /反映人数\s*2 人反映/);
    const folded = page.locator('#details [data-section="reports"] li');
    assert.equal(await folded.count(), 1);
    assert.match(await folded.first().textContent(), /139\s?0000\s?2222.*距案卷 20 米.*公厕指示牌倒了/s);
    writeFileSync(join(artifactsDir(), 'fold-case-with-two-reporters.png'), await page.screenshot());

    await folded.first().getByRole('button', {name: '拆分'}).click();
    const confirm = page.locator('#details [data-section="reports"] .details-confirm');
    assert.match(await confirm.textContent(), /拆分出来、单独立一个案卷/);
    await confirm.getByRole('button', {name: '确认拆分'}).click();
    await page.waitForFunction(() => /1 人反映/.test(document.querySelector('#details .details-facts')?.textContent ?? ''), null, {timeout: 30_000});
    await detailsReady(page, 'complaint', first.complaint.id);
    assert.equal(await page.locator('#details [data-section="reports"]').count(), 0);
    assert.match(await page.textContent('#details [data-section="history"]'), /拆分.*已拆分为案卷 C0303/s);
    writeFileSync(join(artifactsDir(), 'fold-after-split.png'), await page.screenshot());

    const near = (await graphql(`{ complaints(where: {near: {lon: ${AT.lon}, lat: ${AT.lat + 20 * METRE}}, withinMeters: 2}, open: true, first: 5) {
      edges { node { id caseNumber reporterCount source } } } }`, {}, {cookie: planner})).complaints.edges.map((e) => e.node);
    const made = near.find((c) => c.caseNumber !== first.complaint.caseNumber);
    assert.deepEqual([made?.reporterCount, made?.source], [1, 'CITIZEN']);
    created.push(made.id);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});
