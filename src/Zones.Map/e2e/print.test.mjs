// 责任片区示意图 end to end: open /?print=<id of 锦绣社区>, find its owners with their phone
// numbers from the API, the scale bar and the north arrow, and print it to an A4 PDF.
// Needs a running server with the demo township (see e2e/browser.mjs).
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {artifactsDir, baseUrl, graphql, openPage, sharedSession} from './browser.mjs';

const ZONE = '{ zone(code: "330522125000107") { id name owners { ownerName ownerPhone } responsibleOwner { ownerName } } }';

const printPage = sharedSession(async (browser) => {
  const {zone} = await graphql(ZONE);
  const page = await openPage(browser, {width: 1280, height: 1000});
  await page.goto(`${baseUrl}/?print=${zone.id}`, {waitUntil: 'domcontentloaded'});
  await page.waitForFunction(() => ['ready', 'error'].includes(document.querySelector('#print-root').dataset.state), null, {timeout: 90_000});
  return {page, zone};
});

describe('print view', () => {
  after(printPage.close);

  test('shows the title and every 包联 owner with the phone number the API has', async () => {
    const {page, zone} = await printPage();
    assert.equal(await page.$eval('#print-root', (r) => r.dataset.state), 'ready', await page.textContent('#print-root'));
    assert.equal(await page.textContent('.print-title h1'), '锦绣社区责任片区示意图');
    assert.equal(await page.title(), '锦绣社区责任片区示意图');
    const rows = await page.$$eval('.print-owner-table tbody tr', (trs) => trs.map((tr) => [
      tr.querySelector('.print-owner-name').textContent, tr.querySelector('.print-owner-phone').textContent]));
    assert.ok(zone.owners.length > 0, 'the demo gives 锦绣社区 owners');
    assert.deepEqual(rows.map(([name]) => name).sort(), zone.owners.map((o) => o.ownerName).sort());
    for (const owner of zone.owners) assert.ok(rows.some(([n, p]) => n === owner.ownerName && p === (owner.ownerPhone ?? '—')), owner.ownerName);
    assert.match(await page.textContent('.print-fallback'), new RegExp(`^属地兜底：${zone.responsibleOwner.ownerName}`));
    assert.match(await page.textContent('.print-footer'), /乡镇：桑溪镇[\s\S]*制图日期：\d{4}年\d{1,2}月\d{1,2}日/);
  });

  test('the map has a scale bar, a north arrow and a legend', async () => {
    const {page} = await printPage();
    assert.ok(await page.isVisible('.print-map .ol-scale-bar'), 'scale bar');
    assert.match(await page.textContent('.print-map .ol-scale-text'), /^1 : [\d,.\s]+$/);
    assert.ok(await page.isVisible('.print-map .print-north'), 'north arrow');
    assert.match(await page.textContent('.print-legend'), /本片区边界[\s\S]*主干路/);
  });

  test('prints to a one-page A4 PDF without the app around it', async () => {
    const {page} = await printPage();
    const dir = artifactsDir();
    writeFileSync(join(dir, 'print-screen.png'), await page.screenshot({fullPage: true}));
    await page.emulateMedia({media: 'print'});
    assert.equal(await page.isVisible('#map'), false, 'the app map is hidden in print');
    assert.equal(await page.isVisible('.print-toolbar'), false, 'the toolbar is hidden in print');
    writeFileSync(join(dir, 'print-media.png'), await page.screenshot({fullPage: true}));
    const pdf = await page.pdf({format: 'A4', printBackground: true});
    await page.emulateMedia({media: 'screen'});
    writeFileSync(join(dir, 'print-A4.pdf'), pdf);
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.equal(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length, 1, 'one page');
  });

  test('A3 landscape sizes the sheet and the @page rule', async () => {
    const {page} = await printPage();
    await page.selectOption('[data-paper]', 'A3-landscape');
    assert.equal(await page.textContent('#print-page-size'), '@page { size: A3 landscape; margin: 0; }');
    const width = await page.$eval('.print-sheet', (s) => s.getBoundingClientRect().width);
    assert.ok(Math.abs(width - (420 / 25.4) * 96) < 2, `A3 landscape is 420 mm wide (got ${width}px)`);
    writeFileSync(join(artifactsDir(), 'print-A3-landscape.png'), await page.screenshot({fullPage: true}));
    await page.selectOption('[data-paper]', 'A4-portrait');
    assert.deepEqual(page.problems, []);
  });

  test('an unknown zone id says so in Chinese', async () => {
    const {page} = await printPage();
    const other = await openPage(page.context().browser());
    await other.goto(`${baseUrl}/?print=987654321`, {waitUntil: 'domcontentloaded'});
    await other.waitForFunction(() => document.querySelector('#print-root').dataset.state === 'error', null, {timeout: 60_000});
    assert.match(await other.textContent('.print-message'), /没有找到编号为 987654321 的片区/);
    await other.context().close();
  });
});
