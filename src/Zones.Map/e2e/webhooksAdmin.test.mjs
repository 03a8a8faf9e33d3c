// 管理 → 通知推送 and 并案设置 end to end (the screens of issue #14's "left out"). A receiver started here on
// 127.0.0.1 gets the test POST: the e2e server must allow loopback webhooks (scripts/test.sh starts it with
// Zones__Notify__AllowLoopbackWebhooks=true). Each test deletes its webhook and puts the fold settings back,
// so the demo stays as it was for the other tests.
import assert from 'node:assert/strict';
import {createHmac} from 'node:crypto';
import {createServer} from 'node:http';
import {after, describe, test} from 'node:test';
import {baseUrl, sharedSession} from './browser.mjs';
import {assertClerkText, assertFits, DESKTOP, openScreen, openSignedIn, PHONE, settled, shot} from './adminPages.mjs';

/** A webhook receiver on a free loopback port: records every POST (headers and the raw body) and answers 200. */
async function startReceiver() {
  const posts = [];
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (c) => chunks.push(c));
    request.on('end', () => {
      posts.push({headers: request.headers, body: Buffer.concat(chunks)});
      response.writeHead(200, {'Content-Type': 'text/plain'}).end('ok');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {posts, url: `http://127.0.0.1:${server.address().port}/hook`, close: () => new Promise((r) => server.close(r))};
}

const session = sharedSession(async () => ({receiver: await startReceiver()}));

/** The admin's own GraphQL call with the page's session cookie (cleanup only; the test itself clicks). */
async function gql(page, query, variables) {
  const response = await page.request.post(`${baseUrl}/graphql`, {data: {query, variables}});
  return (await response.json()).data;
}

async function deleteWebhooksNamed(page, name) {
  const {webhooks} = await gql(page, '{ webhooks { id name } }');
  for (const w of webhooks.filter((w) => w.name === name)) await gql(page, 'mutation($id: ID!) { deleteWebhook(input: {id: $id}) { id } }', {id: w.id});
}

/** 新增 with name and address (secret left empty: generated); answers the secret the box shows once. */
async function addWebhook(page, name, url) {
  await page.click('#admin .admin-toolbar >> text=新增');
  await page.fill('#admin input[name="name"]', name);
  await page.fill('#admin input[name="url"]', url);
  await page.click('form[aria-label="新增推送地址"] button[type="submit"]');
  await page.waitForSelector('#admin .admin-secret');
  return page.inputValue('.admin-secret input[name="secret"]');
}

async function pressInRow(page, name, label) {
  await page.locator('#admin tr', {hasText: name}).locator(`button:text-is("${label}")`).click();
}

describe('管理 → 通知推送 and 并案设置', () => {
  after(async () => {
    await (await session().catch(() => undefined))?.receiver.close();
    await session.close();
  });

  for (const [label, viewport] of [['1280×800', DESKTOP], ['phone 390×844', PHONE]]) {
    test(`an admin adds a webhook, sees its secret once, tests it (signed POST, 成功), reads the log, disables and deletes it at ${label}`, async () => {
      const {browser, receiver} = await session();
      const page = await openSignedIn(browser, 'admin', viewport);
      page.on('dialog', (d) => d.accept());
      const name = `e2e 推送 ${viewport.width} ${Date.now()}`;
      try {
        await openScreen(page, 'webhooks', '通知推送');
        await settled(page);
        const secret = await addWebhook(page, name, receiver.url);
        assert.match(secret, /^[0-9a-f]{48}$/, 'a generated secret is shown');
        assert.match(await page.textContent('.admin-secret'), /X-Zones-Signature-256.*HMAC-SHA256/s);
        await assertFits(page);
        await shot(page, `webhooks-secret-${viewport.width}.png`);
        await page.click('.admin-secret >> text=我已保存');
        assert.equal(await page.locator('.admin-secret').count(), 0, 'and never again');
        const row = page.locator('#admin tr', {hasText: name});
        assert.match(await row.textContent(), /新案件、即将超期、已超期.*启用.*尚未推送/);

        const before = receiver.posts.length;
        await pressInRow(page, name, '发送测试');
        await page.waitForSelector('#admin .admin-message[data-kind="ok"]');
        assert.match(await page.textContent('#admin .admin-message[data-kind="ok"]'), /测试消息已送达.*HTTP 200（成功）/);
        const posts = receiver.posts.slice(before);
        assert.equal(posts.length, 1, 'one POST');
        assert.equal(posts[0].headers['x-zones-event'], 'test');
        assert.equal(posts[0].headers['x-zones-signature-256'], `sha256=${createHmac('sha256', secret).update(posts[0].body).digest('hex')}`);
        await page.waitForFunction((n) => [...document.querySelectorAll('#admin tr')].some((tr) => tr.textContent.includes(n) && tr.textContent.includes('成功 ·')), name);

        await pressInRow(page, name, '投递记录');
        const log = page.locator('#admin .admin-deliveries');
        await log.locator('tbody tr').first().waitFor();
        assert.match(await log.locator('tbody tr').first().textContent(), /测试.*成功.*1.*HTTP 200：ok/);
        await page.selectOption('#admin select[name="deliveryStatus"]', 'FAILED');
        await log.locator('text=没有投递记录。').waitFor();
        await page.selectOption('#admin select[name="deliveryStatus"]', '');
        await log.locator('tbody tr').first().waitFor();
        await assertClerkText(page);
        await assertFits(page);
        await shot(page, `webhooks-log-${viewport.width}.png`);

        // Cloud metadata (link-local) is refused whatever the configuration: the reason shows beside the address.
        await pressInRow(page, name, '修改');
        await page.fill('#admin .admin-form input[name="url"]', 'http://169.254.169.254/latest/meta-data');
        await page.click('#admin .admin-form button[type="submit"]');
        const refusal = page.locator('#admin .admin-invalid[data-field="url"]');
        await refusal.filter({hasText: '系统不允许推送到本机或内网地址'}).waitFor();
        await shot(page, `webhooks-refused-${viewport.width}.png`);
        await page.click('#admin .admin-form >> text=取消');

        await pressInRow(page, name, '停用');
        await page.waitForFunction((n) => [...document.querySelectorAll('#admin tr')].some((tr) => tr.textContent.includes(n) && tr.children[3]?.textContent === '停用'), name);
        await row.locator('button:text-is("启用")').waitFor();
        await pressInRow(page, name, '删除');
        await row.waitFor({state: 'detached'});
        assert.deepEqual(page.problems, []);
      } finally {
        await deleteWebhooksNamed(page, name);
        await page.context().close();
      }
    });
  }

  test('并案设置: a new 部件 radius is kept after a reload; -5 and 0 are refused beside the field; 恢复默认; the phone fits', async () => {
    const {browser} = await session();
    const page = await openSignedIn(browser, 'admin', DESKTOP);
    await openScreen(page, 'fold', '并案设置');
    await settled(page);
    const township = await page.inputValue('.admin-head select[name="township"]');
    const {township: {foldSettings: original}} = await gql(page,
      'query($c: String!) { township(code: $c) { foldSettings { componentRadiusM eventRadiusM windowDays enabled customised } } }', {c: township});
    const changed = String(original.componentRadiusM + 5);
    try {
      assert.equal(await page.inputValue('#admin input[name="componentRadiusM"]'), String(original.componentRadiusM));
      await page.fill('#admin input[name="componentRadiusM"]', changed);
      await page.click('#admin .admin-fold button[type="submit"]');
      await page.waitForSelector('#admin .admin-message[data-kind="ok"]');
      await page.reload(); // the address is still #/admin/fold
      await page.waitForSelector('.admin-body[data-screen="fold"] input[name="componentRadiusM"]');
      assert.equal(await page.inputValue('#admin input[name="componentRadiusM"]'), changed);
      for (const bad of ['-5', '0']) {
        await page.fill('#admin input[name="componentRadiusM"]', bad);
        await page.click('#admin .admin-fold button[type="submit"]');
        assert.equal(await page.textContent('#admin label:has(input[name="componentRadiusM"]) .admin-invalid'), '半径应大于 0，最大 2000 米。');
      }
      await shot(page, 'fold-refused-1280.png');
      // 恢复默认 puts every field back to the shipped defaults.
      await page.click('#admin .admin-fold >> text=恢复默认');
      await page.waitForSelector('#admin .admin-message[data-kind="ok"]');
      assert.equal(await page.inputValue('#admin input[name="componentRadiusM"]'), '50');
      assert.match(await page.textContent('#admin .admin-fold'), /当前为系统默认值/);

      const phone = await openSignedIn(browser, 'admin', PHONE, '#/admin/fold');
      await phone.waitForSelector('.admin-body[data-screen="fold"] input[name="componentRadiusM"]');
      await assertFits(phone);
      await shot(phone, 'fold-390.png');
      await phone.context().close();
      assert.deepEqual(page.problems, []);
    } finally {
      const {customised, ...values} = original;
      await gql(page, 'mutation($i: UpdateComplaintFoldSettingsInput!) { updateComplaintFoldSettings(input: $i) { errors { __typename } } }',
        {i: customised ? {townshipCode: township, ...values} : {townshipCode: township, useDefaults: true}});
      await page.context().close();
    }
  });
});
