// Case wording (issue #13): the 签收 step is called 签收, the history reads from one state to
// another ("已派遣 → 处置中", never "受理 → 受理"), a case fed back before its deadline and waiting
// for 核查 carries no red 已超期, and the overdue list pages through every case ("第 x–y 条，共 N 条").
// Read-only: nothing here writes.
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, gotoMap, graphql, openPage, sharedSession} from './browser.mjs';
import {openAs, openBySearch} from './plannerPage.mjs';

const session = sharedSession();
const browser = async () => (await session()).browser;

const WAITING = `{ complaints(stage: [FEEDBACK, VERIFYING], overdue: false, orderBy: DEADLINE, first: 50) {
  edges { node { caseNumber deadline overdue } } } }`;

describe('case wording and the overdue list', {timeout: 240_000}, () => {
  after(() => session.close());

  test('a case fed back on time and waiting for 核查 shows no 已超期, though its deadline has passed', async () => {
    const waiting = (await graphql(WAITING)).complaints.edges.map((e) => e.node).filter((c) => Date.parse(c.deadline) < Date.now());
    assert.ok(waiting.length > 0, 'the demo has cases fed back on time whose deadline has since passed');
    const page = await gotoMap(await openPage(await browser()));
    await openBySearch(page, waiting[0].caseNumber, 'complaint');
    const facts = await page.textContent('#details');
    assert.doesNotMatch(facts, /已超期/, `case ${waiting[0].caseNumber}: ${facts}`);
    assert.match(facts, /已按期处置/);
    assert.equal(await page.locator('#details .details-overdue').count(), 0);
    writeFileSync(join(artifactsDir(), 'cases-waiting-for-verification.png'), await page.screenshot());
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('the history reads from one state to another, and the 签收 step is called 签收', async () => {
    const page = await gotoMap(await openPage(await browser()));
    await openBySearch(page, 'E9901202609090001', 'complaint');
    const steps = await page.locator('#details [data-section="history"] li').evaluateAll((items) => items.map((li) => ({
      action: li.querySelector('strong')?.textContent.trim(), change: li.querySelector('.details-stage-change')?.textContent.trim(),
    })));
    assert.deepEqual(steps.map((s) => s.action), ['受理', '立案', '派遣', '签收']);
    assert.equal(steps[3].change, '已派遣 → 处置中');
    for (const {change} of steps) {
      const [from, to] = change.split(' → ');
      assert.notEqual(from, to, `a step reads "${change}"`);
    }
    writeFileSync(join(artifactsDir(), 'cases-history.png'), await page.screenshot());
    await page.context().close();
  });

  test('a planner sees the step of a dispatched case labelled 签收', async () => {
    const page = await openAs(await browser(), 'planner');
    await openBySearch(page, 'E0106202611190007', 'complaint');
    assert.equal((await page.textContent('#details [data-action="DISPOSE"]')).trim(), '签收');
    assert.doesNotMatch(await page.textContent('#details [data-section="actions"]'), /^处置$/m);
    await page.context().close();
  });

  test('the overdue list pages through every overdue case', async () => {
    const total = (await graphql('{ complaints(open: true, overdue: true) { totalCount } }')).complaints.totalCount;
    assert.ok(total > 10, `the demo has more overdue cases than one page (${total})`);
    const page = await gotoMap(await openPage(await browser()));
    const section = page.locator('.analysis-overdue');
    await section.locator('.analysis-note', {hasText: '第 1–10 条'}).waitFor({timeout: 30_000});
    assert.equal(await section.locator('.analysis-note').textContent(), `第 1–10 条，共 ${total} 条`);
    assert.equal(await section.locator('.overdue-item').count(), 10);
    const seen = new Set(await section.locator('.case-number').allTextContents());
    for (let first = 11; first <= total; first += 10) {
      await section.getByRole('button', {name: '下一页'}).click();
      const last = Math.min(total, first + 9);
      assert.equal(await section.locator('.analysis-note').textContent(), `第 ${first}–${last} 条，共 ${total} 条`);
      for (const n of await section.locator('.case-number').allTextContents()) seen.add(n);
    }
    assert.equal(seen.size, total, 'every overdue case is reachable in the list');
    assert.equal(await section.getByRole('button', {name: '下一页'}).isDisabled(), true);
    await section.scrollIntoViewIfNeeded();
    writeFileSync(join(artifactsDir(), 'cases-overdue-last-page.png'), await page.screenshot());
    await page.context().close();
  });
});
