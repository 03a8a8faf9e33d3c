// 包联 from the map (issue #11 §10), against a running server with the demo township: a
// zone drawn in the planted gap gets its owner in the same flow and leaves the 无责任人
// gaps; on 施家村 a planner assigns, hands over and ends. Every test leaves the demo as
// it found it (ended 包联 stay in the history, which no other test reads).
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, graphql, sharedSession} from './browser.mjs';
import {openPanel} from './mapHelpers.mjs';
import {assignIn, detailsReady, openAs, openBySearch, ownerlessZones, ownersReady, pagePixel, signIn, waitGapsReady} from './plannerPage.mjs';

// The planted gap of 东部片区 (id 5) between 沈家村 and 溪口村 (see editing.test.mjs).
const GAP = [
  [119.8393439, 31.0252739], [119.8395085, 31.0253974], [119.8399644, 31.0257266], [119.840343, 31.0254268],
  [119.8407228, 31.0251101], [119.8407604, 31.0245863], [119.8408192, 31.0240593], [119.8404042, 31.0238938],
  [119.8402831, 31.0238455], [119.8397581, 31.0236214], [119.8392702, 31.02386], [119.838788, 31.0240844],
  [119.8389173, 31.0245759], [119.8390633, 31.0250634],
];
const EAST = '5';
const NEW_NAME = '测试包联新村';
const SHIJIACUN = '22';

const session = sharedSession();
const shot = async (page, file) => writeFileSync(join(artifactsDir(), file), await page.screenshot());

async function removeDrawnZones(cookie) {
  const data = await graphql(`{ zones(parentId: ${EAST}, first: 100) { edges { node { id name version } } } }`, {}, {cookie});
  for (const {node} of data.zones.edges.filter((e) => e.node.name === NEW_NAME)) {
    const result = await graphql('mutation($input: DeleteZoneInput!) { deleteZone(input: $input) { errors { ... on UserError { message } } } }',
      {input: {id: node.id, expectedVersion: node.version}}, {cookie});
    assert.deepEqual(result.deleteZone.errors, [], 'clean-up deleteZone');
  }
}

/** End whatever 施家村 holds now (a failed earlier run), so it is the demo's ownerless village again. */
async function endShijiacun(cookie) {
  const {assignments} = await graphql(`{ assignments(targetKind: ZONE, targetId: ${SHIJIACUN}) { id } }`, {}, {cookie});
  for (const a of assignments) {
    await graphql('mutation($input: EndAssignmentInput!) { endAssignment(input: $input) { errors { __typename } } }', {input: {id: a.id}}, {cookie});
  }
}

async function people(cookie) {
  const {people: list} = await graphql('{ people(townshipCode: "330522125000") { id name } }', {}, {cookie});
  const names = list.map((p) => p.name);
  return names.filter((n, i) => names.indexOf(n) === i && names.lastIndexOf(n) === i);
}

describe('包联 from the map', () => {
  after(session.close);

  test('a zone just drawn gets its owner in the same flow, and its 无责任人 gap disappears', async () => {
    const cookie = await signIn('planner');
    await removeDrawnZones(cookie);
    const [owner] = await people(cookie);
    const page = await openAs((await session()).browser, 'planner');
    try {
      await page.waitForFunction(() => window.__zonesEditing, null, {timeout: 15_000});
      const box = [Math.min(...GAP.map((p) => p[0])) - 3e-4, Math.min(...GAP.map((p) => p[1])) - 3e-4, Math.max(...GAP.map((p) => p[0])) + 3e-4, Math.max(...GAP.map((p) => p[1])) + 3e-4];
      await openPanel(page, 'tools'); // before the zoom: opening it narrows the map
      await page.evaluate((e) => window.__zonesEditing.zoomTo(e), box);
      await page.click('[data-edit="enter"]');
      await page.waitForFunction(() => window.__zonesEditing.state() === 'ready', null, {timeout: 30_000});
      await page.click('[data-edit="draw"]');
      await page.selectOption('select[name="parentId"]', EAST);
      await page.selectOption('select[name="level"]', 'VILLAGE');
      await page.fill('input[name="name"]', NEW_NAME);
      await page.click('[data-edit="start-draw"]');
      for (const p of [...GAP, GAP[0]]) {
        const [x, y] = await pagePixel(page, p);
        await page.mouse.click(x, y);
        await page.waitForTimeout(300);
      }
      await page.click('[data-edit="save"]');
      await page.waitForFunction(() => ['saved', 'failed'].includes(window.__zonesEditing.state()), null, {timeout: 30_000});
      assert.equal(await page.evaluate(() => window.__zonesEditing.state()), 'saved', await page.textContent('.edit-messages'));
      assert.match(await page.textContent('.edit-messages'), new RegExp(`为“${NEW_NAME}”指定责任人`));

      // The new zone's details open by themselves with the 指定责任人 form.
      await detailsReady(page, 'zone');
      assert.equal(await page.textContent('#details .details-title'), NEW_NAME);
      await page.locator('#details .owner-form').waitFor({timeout: 15_000});
      await waitGapsReady(page);
      assert.match(await ownerlessZones(page), new RegExp(NEW_NAME), 'the drawn zone is a 无责任人 gap at first');
      await shot(page, 'ownership-assign-form.png');

      await assignIn(page, owner);
      await page.waitForFunction(() => /已为片区“.*”指定责任人/.test(document.querySelector('#details > .details-ok')?.textContent ?? ''), null, {timeout: 15_000});
      await detailsReady(page, 'zone');
      await ownersReady(page);
      assert.match(await page.textContent('#details [data-section="owners"] .details-owners'), new RegExp(owner));
      await waitGapsReady(page);
      assert.doesNotMatch(await ownerlessZones(page), new RegExp(NEW_NAME), 'the gap is gone from the list');
      await shot(page, 'ownership-assigned.png');

      // 撤销片区 from the same panel: the zone leaves the API.
      await page.click('#details [data-manage="retire"]');
      await page.waitForFunction((n) => document.querySelector('#details .manage-messages')?.textContent.includes(`已撤销片区“${n}”`), NEW_NAME, {timeout: 15_000});
      const left = await graphql(`{ zones(parentId: ${EAST}, first: 100) { edges { node { name } } } }`, {}, {cookie});
      assert.ok(!left.zones.edges.some((e) => e.node.name === NEW_NAME), 'retired');
      assert.deepEqual(page.problems, []);
    } finally {
      await removeDrawnZones(cookie);
      await page.close();
    }
  });

  test('on 施家村 a planner assigns, hands over to another and ends, with the history shown', async () => {
    const cookie = await signIn('planner');
    await endShijiacun(cookie);
    const [first, second] = await people(cookie);
    const page = await openAs((await session()).browser, 'planner');
    try {
      await openBySearch(page, '施家村', 'zone');
      // The dead "请在包联管理中指定" is a real button now.
      assert.doesNotMatch(await page.textContent('#details'), /请在包联管理中指定/);
      await page.click('#details [data-owner="assign"]');
      await assignIn(page, first);
      await page.waitForFunction(() => /指定责任人/.test(document.querySelector('#details > .details-ok')?.textContent ?? ''), null, {timeout: 15_000});
      await detailsReady(page, 'zone', SHIJIACUN);
      assert.match(await page.textContent('#details [data-section="responsible"]'), /本片区的责任主体/);

      await page.click('#details [data-owner="handover"]');
      assert.equal(await page.inputValue('#details select[name="primary"]'), 'true');
      await page.fill('#details input[name="owner-search"]', second);
      await assignIn(page, second);
      await page.waitForFunction((n) => document.querySelector('#details > .details-ok')?.textContent.includes(`已交接：“${n}”`), first, {timeout: 15_000});
      await detailsReady(page, 'zone', SHIJIACUN);
      await ownersReady(page);
      const current = await page.locator('#details [data-section="owners"] .details-owners > li').allTextContents();
      assert.equal(current.length, 1, current.join(' | '));
      assert.match(current[0], new RegExp(`${second}.*主责`));
      const history = await page.locator('#details .owner-history li').allTextContents();
      assert.ok(history.some((h) => h.startsWith(first) && /主责 · \d{4}-\d\d-\d\d 至 \d{4}-\d\d-\d\d/.test(h)), history.join(' | '));
      await shot(page, 'ownership-handover.png');

      await page.click('#details [data-owner="end"]');
      await page.waitForFunction((n) => document.querySelector('#details > .details-ok')?.textContent.includes(`已结束“${n}”`), second, {timeout: 15_000});
      await detailsReady(page, 'zone', SHIJIACUN);
      await ownersReady(page);
      assert.match(await page.textContent('#details [data-section="owners"]'), /本片区当前没有包联责任人/);
      assert.equal(await page.locator('#details .owner-history li').count() >= 2, true);
      const {assignments} = await graphql(`{ assignments(targetKind: ZONE, targetId: ${SHIJIACUN}) { id } }`, {}, {cookie});
      assert.deepEqual(assignments, [], 'nothing active on 施家村 any more');
      assert.deepEqual(page.problems, []);
    } finally {
      await endShijiacun(cookie);
      await page.close();
    }
  });

  test('a stale rename is explained with 重新加载; a zone with children is not retired, and says why', async () => {
    const cookie = await signIn('planner');
    const rename = async (name) => {
      const {zone} = await graphql(`{ zone(id: ${SHIJIACUN}) { version } }`, {}, {cookie});
      const r = await graphql('mutation($input: UpdateZoneInput!) { updateZone(input: $input) { errors { __typename } } }', {input: {id: SHIJIACUN, expectedVersion: zone.version, name}}, {cookie});
      assert.deepEqual(r.updateZone.errors, []);
    };
    await rename('施家村'); // a failed earlier run may have left the test name
    const page = await openAs((await session()).browser, 'planner');
    try {
      await openBySearch(page, '施家村', 'zone');
      // Someone else saves meanwhile (a same-name save writes nothing): the panel's version is stale.
      await rename('施家村（他人）');
      await rename('施家村');
      await page.click('#details [data-manage="rename"]');
      await page.fill('#details input[name="zone-name"]', '施家村（测试）');
      await page.click('#details .manage-form button[type="submit"]');
      await page.waitForFunction(() => document.querySelector('#details .manage-messages')?.textContent, null, {timeout: 15_000});
      await shot(page, 'zone-rename-conflict.png');
      assert.ok(await page.locator('#details [data-manage="reload"]').count(), await page.textContent('#details .manage-messages'));
      assert.match(await page.textContent('#details .manage-messages'), /片区“施家村”在您打开后已被别人修改（现在是第 \d+ 版），您的修改没有保存。请点“重新加载”/);
      await page.click('#details [data-manage="reload"]');
      await detailsReady(page, 'zone', SHIJIACUN);
      await page.click('#details [data-manage="rename"]');
      await page.fill('#details input[name="zone-name"]', '施家村（测试）');
      await page.click('#details .manage-form button[type="submit"]');
      await page.waitForFunction(() => document.querySelector('#details .details-title')?.textContent === '施家村（测试）', null, {timeout: 15_000});
      assert.equal(await page.textContent('#details > .details-ok'), '已把片区“施家村”改名为“施家村（测试）”。');

      await openBySearch(page, '东部片区', 'zone');
      await page.click('#details [data-manage="retire"]');
      await page.waitForFunction(() => /下面还有下级片区/.test(document.querySelector('#details .manage-messages')?.textContent ?? ''), null, {timeout: 15_000});
      assert.match(await page.textContent('#details .manage-messages'), /片区“东部片区”下面还有下级片区 “.+”，不能撤销。请先撤销或合并这些下级片区。/);
      assert.deepEqual(page.problems, []);
    } finally {
      await rename('施家村');
      await page.close();
    }
  });

  test('on a phone (390×844) the 指定责任人 form fits the screen', async () => {
    const page = await openAs((await session()).browser, 'planner', {width: 390, height: 844});
    try {
      await openBySearch(page, '施家村', 'zone');
      await page.click('#details [data-owner="assign"]');
      const form = page.locator('#details .owner-form');
      await form.waitFor({timeout: 15_000});
      const box = await form.boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= 390, `form ${box.x}–${box.x + box.width}`);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), 'no sideways scrolling');
      await form.scrollIntoViewIfNeeded();
      await shot(page, 'ownership-phone.png');
      await page.click('#details .owner-form button[type="button"]');
      assert.equal(await form.count(), 0);
    } finally {
      await page.close();
    }
  });

  test('a viewer sees the owners but no 包联 or 管理 buttons', async () => {
    const page = await openAs((await session()).browser, 'viewer');
    try {
      await openBySearch(page, '施家村', 'zone');
      assert.equal(await page.locator('#details [data-owner], #details [data-manage]').count(), 0);
      assert.match(await page.textContent('#details [data-section="responsible"]'), /田建国/);
      assert.equal(await page.locator('.network-panel').count(), 0);
    } finally {
      await page.close();
    }
  });
});
