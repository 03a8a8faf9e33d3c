// Onboarding through the UI (issue #11, Proof, second bullet): files a county office really has,
// written by a real GIS client (GDAL's ogr2ogr), go through the 导入向导 in headless Chromium —
// a zipped Shapefile of two villages in CGCS2000 3° Gauss–Krüger zone 40 (EPSG:4528) with GBK
// names, and an .xlsx 花名册 — each: upload → detected format, CRS and encoding → column mapping
// with the preview → dry run → per-row report → commit. Then, on the map, a new village is found
// by search, is a 无责任人 gap, gets the newly imported cadre as owner from its details panel and
// leaves the gaps list. (A zone *drawn* on the map getting its owner in the same flow is
// ownership.test.mjs; this file does not draw again.) Everything imported is removed afterwards.
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {graphql, sharedSession} from './browser.mjs';
import {DESKTOP, openScreen, openSignedIn, settled, shot} from './adminPages.mjs';
import {assignIn, detailsReady, openAs, openBySearch, ownerlessZones, ownersReady, signIn, waitGapsReady} from './plannerPage.mjs';

const ogr2ogr = spawnSync('which', ['ogr2ogr']).status === 0;
const skip = ogr2ogr ? false : 'ogr2ogr (GDAL) is not installed: apt-get install gdal-bin (scripts/test.sh does)';

const TOWNSHIP = '330522125000';
const EAST = '5'; // 东部片区: its planted gap between 沈家村 and 溪口村 is the one free place for new villages
// Two rectangles side by side inside that gap (checked to lie within it; editing.test.mjs draws there too).
const VILLAGES = [
  ['试点甲村', [119.8394, 31.0242, 119.8398, 31.0250]],
  ['试点乙村', [119.8398, 31.0242, 119.8402, 31.0250]],
];
const run = String(Date.now() % 1_000_000).padStart(6, '0');
const CADRE = `试点干部${run}`; // the 花名册's person; a new name each run (retired people keep their code)
const UNIT = '桑溪镇人民政府';

const session = sharedSession();

/** The file names inside a .zip, from its central directory (no unzip on the machine needed). */
function zipEntries(zip) {
  const names = [];
  for (let i = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); i >= 0; i = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 46)) {
    names.push(zip.toString('latin1', i + 46, i + 46 + zip.readUInt16LE(i + 28)));
  }
  return names;
}

/** The Shapefile and the .xlsx, written by ogr2ogr from a GeoJSON and a CSV in a fresh folder. */
function makeFiles(parentCode) {
  const dir = mkdtempSync(join(tmpdir(), 'zones-onboarding-'));
  const features = VILLAGES.map(([name, [w, s, e, n]]) => ({
    type: 'Feature',
    properties: {名称: name, 层级: '村', 上级编码: parentCode},
    geometry: {type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]]},
  }));
  writeFileSync(join(dir, 'villages.geojson'), JSON.stringify({type: 'FeatureCollection', features}));
  // GDAL ≥ 3.1 writes a zipped Shapefile itself when the name ends in .shp.zip.
  execFileSync('ogr2ogr', ['-f', 'ESRI Shapefile', join(dir, 'villages.shp.zip'), join(dir, 'villages.geojson'),
    '-s_srs', 'EPSG:4326', '-t_srs', 'EPSG:4528', '-lco', 'ENCODING=GBK']);
  writeFileSync(join(dir, 'roster.csv'), `姓名,单位,职务,联系电话\r\n${CADRE},${UNIT},包村干部,13900000021\r\n`);
  execFileSync('ogr2ogr', ['-f', 'XLSX', join(dir, 'roster.xlsx'), join(dir, 'roster.csv')]);
  const files = {shapefile: readFileSync(join(dir, 'villages.shp.zip')), xlsx: readFileSync(join(dir, 'roster.xlsx'))};
  rmSync(dir, {recursive: true, force: true});
  return files;
}

/** End the 包联 of the test villages, delete them, retire the test cadre: the demo as it was. */
async function cleanUp(cookie) {
  const data = await graphql(`{ zones(parentId: ${EAST}, first: 100) { edges { node { id name version } } } }`, {}, {cookie});
  for (const {node} of data.zones.edges.filter((e) => VILLAGES.some(([name]) => name === e.node.name))) {
    const {assignments} = await graphql(`{ assignments(targetKind: ZONE, targetId: ${node.id}) { id } }`, {}, {cookie});
    for (const a of assignments) {
      await graphql('mutation($input: EndAssignmentInput!) { endAssignment(input: $input) { errors { __typename } } }', {input: {id: a.id}}, {cookie});
    }
    const result = await graphql('mutation($input: DeleteZoneInput!) { deleteZone(input: $input) { errors { ... on UserError { message } } } }',
      {input: {id: node.id, expectedVersion: node.version}}, {cookie});
    assert.deepEqual(result.deleteZone.errors, [], `clean-up deleteZone ${node.name}`);
  }
  const {people} = await graphql(`{ people(townshipCode: "${TOWNSHIP}") { id name } }`, {}, {cookie});
  for (const p of people.filter((x) => x.name.startsWith('试点干部'))) {
    const r = await graphql('mutation($input: RetirePersonInput!) { retirePerson(input: $input) { errors { ... on UserError { message } } } }', {input: {id: p.id}}, {cookie});
    assert.deepEqual(r.retirePerson.errors, [], `clean-up retirePerson ${p.name}`);
  }
}

/**
 * One file through every step of the wizard; `expect` says what each step must show. Returns
 * the dry run's report text (the per-row lines) for the caller's own checks.
 */
async function throughWizard(page, {target, name, buffer, facts, preview, summary, label}) {
  // After a commit the wizard offers 重新开始 for the next file; otherwise it is opened from 管理.
  if (await page.locator('#admin button:has-text("重新开始")').count()) await page.click('#admin button:has-text("重新开始")');
  else await openScreen(page, 'import', '导入向导');
  await page.selectOption('#admin select[name="target"]', target);
  await page.setInputFiles('#admin input[name="importFile"]', {name, mimeType: 'application/octet-stream', buffer});
  await page.click('#admin >> text=识别文件');
  await page.waitForSelector('.admin-facts', {timeout: 30_000});
  const found = await page.textContent('.admin-facts');
  for (const fact of facts) assert.match(found, fact, `inspection of ${name}: ${found}`);
  await shot(page, `onboarding-${label}-inspect.png`);

  await page.click('#admin >> text=下一步');
  await page.waitForSelector('.admin-mapping');
  const unmapped = await page.$$eval('.admin-mapping tr', (trs) => trs.filter((tr) => tr.textContent.includes('*') && tr.querySelector('select')?.value === '').length);
  assert.equal(unmapped, 0, 'the server found a column for every required field');
  const shown = await page.textContent('.admin-preview');
  for (const text of preview) assert.match(shown, text, `preview of ${name}: ${shown}`);
  await shot(page, `onboarding-${label}-mapping.png`);

  await page.click('#admin >> text=下一步');
  await page.check('#admin input[name="mode"][value="INSERT"]');
  await page.click('#admin >> text=试导入（不写入）');
  await page.waitForSelector('.admin-report', {timeout: 60_000});
  assert.equal(await page.textContent('.admin-summary'), summary, await page.textContent('.admin-report'));
  const report = await page.textContent('.admin-report');
  await shot(page, `onboarding-${label}-dryrun.png`);

  await page.click('#admin button:has-text("正式导入")');
  await page.waitForSelector('.admin-message[data-kind="ok"]', {timeout: 60_000});
  assert.match(await page.textContent('.admin-message[data-kind="ok"]'), /^导入完成：新增 \d+ 行，修改 0 行。$/);
  await shot(page, `onboarding-${label}-done.png`);
  return report;
}

describe('onboarding through the 导入向导 with files made by GDAL', {skip}, () => {
  let cookie;
  let files;
  before(async () => {
    cookie = await signIn('admin');
    await cleanUp(cookie); // a failed earlier run
    const {zone} = await graphql(`{ zone(id: ${EAST}) { code level } }`, {}, {cookie});
    assert.equal(zone.level, 'AREA');
    files = makeFiles(zone.code);
    files.parentCode = zone.code;
  });
  after(async () => {
    if (cookie) await cleanUp(cookie);
    await session.close();
  });

  test('ogr2ogr wrote a real zipped Shapefile (.shp .shx .dbf .prj .cpg) and a real .xlsx', () => {
    const entries = zipEntries(files.shapefile).map((n) => n.slice(n.lastIndexOf('.')));
    assert.deepEqual(entries.sort(), ['.cpg', '.dbf', '.prj', '.shp', '.shx']);
    assert.equal(files.xlsx.subarray(0, 2).toString(), 'PK', 'an .xlsx is a zip');
    assert.ok(zipEntries(files.xlsx).includes('xl/workbook.xml'));
  });

  test('the Shapefile and the .xlsx 花名册 go from file to commit, and the new cadre is found in 人员与单位', async () => {
    const page = await openSignedIn((await session()).browser, 'admin', DESKTOP);
    try {
      const villages = await throughWizard(page, {
        target: 'ZONES', name: '试点村界.shp.zip', buffer: files.shapefile, label: 'shapefile',
        // .prj → EPSG:4528 "来自文件"; .cpg GBK is read as GB18030 (GBK's superset).
        facts: [/Shapefile|SHAPEFILE/i, /EPSG:4528（来自文件）/, /GB18030|GBK/, /名称、层级、上级编码/],
        preview: [/试点甲村/, /试点乙村/, new RegExp(files.parentCode), /名称 → 名称/, /上级编码 → 上级编码/],
        summary: '新增 2 行，修改 0 行，不变 0 行，拒绝 0 行',
      });
      assert.match(villages, /试点甲村|未填编码，按上级区划代码编为/, 'the report lists the rows');
      assert.match(villages, /新增/);

      const roster = await throughWizard(page, {
        target: 'PEOPLE', name: '花名册.xlsx', buffer: files.xlsx, label: 'xlsx',
        facts: [/XLSX/i, /姓名、单位、职务、联系电话/],
        preview: [new RegExp(CADRE), new RegExp(UNIT), /姓名 → 姓名/, /单位 → 单位/],
        summary: '新增 1 行，修改 0 行，不变 0 行，拒绝 0 行',
      });
      assert.match(roster, new RegExp(CADRE));
      // A 花名册 has no geometry: the inspection names no coordinate system, in English or at all.
      assert.doesNotMatch(await page.textContent('#admin'), /default|EPSG:4326/);

      await openScreen(page, 'people', '人员与单位');
      await settled(page);
      await page.fill('#admin input[name="search"]', CADRE);
      assert.match(await page.textContent('.admin-section tbody'), /包村干部/);
      assert.deepEqual(page.problems, []);
    } finally {
      await page.context().close();
    }
  });

  test('an imported village is a 无责任人 gap until the imported cadre is its owner, then it leaves the gaps list', async () => {
    const [first, second] = VILLAGES.map(([name]) => name);
    const page = await openAs((await session()).browser, 'admin');
    try {
      await waitGapsReady(page);
      const before = await ownerlessZones(page);
      assert.match(before, new RegExp(first), 'the new village is ownerless at first');
      assert.match(before, new RegExp(second));

      await openBySearch(page, first, 'zone');
      assert.equal(await page.textContent('#details .details-title'), first);
      await page.click('#details [data-owner="assign"]');
      await assignIn(page, CADRE);
      await page.waitForFunction(() => /指定责任人/.test(document.querySelector('#details > .details-ok')?.textContent ?? ''), null, {timeout: 15_000});
      await detailsReady(page, 'zone');
      await ownersReady(page);
      assert.match(await page.textContent('#details [data-section="owners"] .details-owners'), new RegExp(CADRE));

      await waitGapsReady(page);
      const afterAssign = await ownerlessZones(page);
      assert.doesNotMatch(afterAssign, new RegExp(first), 'its gap is gone from the list');
      assert.match(afterAssign, new RegExp(second), 'the village without an owner is still a gap');
      await shot(page, 'onboarding-owner-assigned.png');
      assert.deepEqual(page.problems, []);
    } finally {
      await page.context().close();
    }
  });
});
