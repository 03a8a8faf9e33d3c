// GraphiQL, end to end: a browser that opens /graphql gets the bundled GraphiQL from our server
// (no CDN), types a query into the Monaco editor, runs it and sees the demo's zone count in the
// result pane. Needs a running server with the demo township at ZONES_BASE_URL (scripts/test.sh).
import assert from 'node:assert/strict';
import {mkdirSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {test} from 'node:test';
import {chromium} from 'playwright-core';

const baseUrl = (process.env.ZONES_BASE_URL ?? 'http://127.0.0.1:5080').replace(/\/+$/, '');
const artifacts = resolve(process.env.ZONES_ARTIFACTS ?? '../../artifacts/e2e');
const QUERY = '{ zones(first: 1) { totalCount } }';

// Debian's Chromium, offline: no calls home, software WebGL allowed.
const LAUNCH_ARGS = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--enable-unsafe-swiftshader'];

async function demoZoneCount() {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {'content-type': 'application/json', accept: 'application/graphql-response+json'},
    body: JSON.stringify({query: QUERY}),
  });
  assert.equal(response.status, 200, `POST /graphql → ${response.status}; is the server running at ${baseUrl}?`);
  return (await response.json()).data.zones.totalCount;
}

test('GraphiQL loads from our server, runs a query and shows the result', async () => {
  const expected = await demoZoneCount();
  const browser = await chromium.launch({executablePath: process.env.ZONES_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: LAUNCH_ARGS});
  const foreign = [];
  try {
    const page = await browser.newPage({viewport: {width: 1280, height: 800}, locale: 'zh-CN'});
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) foreign.push(request.url());
    });
    await page.goto(`${baseUrl}/graphql`, {waitUntil: 'domcontentloaded'});
    assert.equal(await page.title(), '片区 Zones · GraphQL');
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.waitFor({timeout: 30_000});
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    // insertText, not type: Monaco would auto-close every brace typed key by key.
    await page.keyboard.insertText(QUERY);
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await response.getByText(`"totalCount": ${expected}`).waitFor({timeout: 30_000});
    mkdirSync(artifacts, {recursive: true});
    await page.screenshot({path: join(artifacts, 'graphiql.png')});
    assert.deepEqual(foreign, [], 'every request goes to our own origin');
  } finally {
    await browser.close();
  }
});
