// Shared plumbing for the browser tests: where the server is, where screenshots go,
// and how to start Debian's Chromium headless on this offline machine (MAP-NOTES §6).
import {mkdirSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';

const mapFolder = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The running Zones server (scripts/run.sh); tests never start one themselves. */
export const baseUrl = (process.env.ZONES_BASE_URL ?? 'http://127.0.0.1:5080').replace(/\/+$/, '');

/** Folder for screenshots, created on first use (relative paths: from src/Zones.Map). */
export function artifactsDir() {
  const dir = resolve(mapFolder, process.env.ZONES_ARTIFACTS ?? '../../artifacts/e2e');
  mkdirSync(dir, {recursive: true});
  return dir;
}

// --enable-unsafe-swiftshader: software WebGL is opt-in since Chrome 139, and the
// background-networking flags stop Chromium from calling home on a closed network.
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--enable-unsafe-swiftshader',
];

/** Launch the system Chromium (playwright-core downloads no browser). */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.ZONES_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: LAUNCH_ARGS,
  });
}

/**
 * A page in a zh-CN context with a fixed viewport, collecting console errors and
 * uncaught exceptions in `page.problems` so a test can print them when it fails.
 */
export async function openPage(browser, {width = 1280, height = 800} = {}) {
  const context = await browser.newContext({viewport: {width, height}, locale: 'zh-CN', deviceScaleFactor: 1});
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => page.problems.push(`pageerror: ${error.message}`));
  return page;
}

/**
 * Fail early, with the fix, when no server answers: a browser timeout 60 s later
 * would say much less. Never skips: a missing server is a failed run.
 */
export async function requireServer() {
  try {
    const response = await fetch(`${baseUrl}/health`, {signal: AbortSignal.timeout(10_000)});
    if (response.status >= 500) throw new Error(`/health answered HTTP ${response.status}`);
  } catch (error) {
    throw new Error(
      `No healthy Zones server at ${baseUrl} (${error.message}). ` +
        'Start it with scripts/run.sh, or set ZONES_BASE_URL to a running server.',
    );
  }
}

/**
 * What all tests of a file share: one browser, and whatever `setup(browser)` adds (a page
 * with the map, say), made on first use. Not a `before` hook: a failing hook makes
 * node:test report its tests as "cancelled", which runners that count "# fail" lines
 * read as a pass. Every test awaits `session()` and fails with the setup error; a failed
 * setup closes the browser. `session.close` is for `after`.
 */
export function sharedSession(setup = async () => ({})) {
  let made;
  const session = () => (made ??= (async () => {
    await requireServer();
    const browser = await launchBrowser();
    try {
      return {...(await setup(browser)), browser};
    } catch (error) {
      await closeBrowser(browser);
      throw error;
    }
  })());
  session.close = async () => closeBrowser((await made?.catch(() => undefined))?.browser);
  return session;
}

/** Wait until the app says the first view is complete (or failed): src/ui/testHook.ts. */
export async function waitForMap(page, timeout = 60_000) {
  await page.waitForFunction(() => document.body.dataset.mapReady === 'true' || document.body.dataset.mapError, null, {timeout});
  const error = await page.evaluate(() => document.body.dataset.mapError);
  if (error) throw new Error(`the map reports: ${error}`);
}

/** Open the map in `page` (its cookies, if any, sign it in) and wait for the first view. */
export async function gotoMap(page, timeout = 60_000) {
  await page.goto(`${baseUrl}/`, {waitUntil: 'domcontentloaded'});
  await waitForMap(page, timeout);
  return page;
}

/**
 * POST a GraphQL query, failing on errors: as an anonymous visitor (what the map page
 * sees), or signed in with `cookie` (the Cookie header that POST /auth/login set).
 */
export async function graphql(query, variables = {}, {cookie} = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', ...(cookie ? {Cookie: cookie} : {})},
    body: JSON.stringify({query, variables}),
    signal: AbortSignal.timeout(60_000),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data;
}

/** GET a JSON document from the server, failing with the URL and status. */
export async function getJson(path) {
  const response = await fetch(`${baseUrl}${path}`, {signal: AbortSignal.timeout(30_000)});
  if (!response.ok) throw new Error(`GET ${path} → HTTP ${response.status}`);
  return response.json();
}

export async function closeBrowser(browser) {
  await browser?.close();
}
