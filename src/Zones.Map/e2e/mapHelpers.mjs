// Helpers shared by the map tests: waiting for the app's state, the API, and pixels.
import {baseUrl} from './browser.mjs';

/** Wait until the app says the first view is complete (or failed): src/ui/testHook.ts. */
export async function waitForMap(page, timeout = 60_000) {
  await page.waitForFunction(() => document.body.dataset.mapReady === 'true' || document.body.dataset.mapError, null, {timeout});
  const error = await page.evaluate(() => document.body.dataset.mapError);
  if (error) throw new Error(`the map reports: ${error}`);
}

/** POST a GraphQL query as an anonymous visitor (what the map page sees), failing on errors. */
export async function graphql(query, variables = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({query, variables}),
    signal: AbortSignal.timeout(60_000),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data;
}

/** The CSS pixel of a lon/lat in the #map element (the app's test hook). */
export function pixelOf(page, lon, lat) {
  return page.evaluate(([x, y]) => window.__zones.pixelOf(x, y), [lon, lat]);
}

/**
 * Runs in the page: decode the PNG and measure how much of it is not the background
 * (the most common colour), and how many colours occur at least 30 times (quantised
 * to 5 bits per channel to ignore anti-aliasing).
 */
export async function pixelStats(pngBase64) {
  const image = new Image();
  image.src = `data:image/png;base64,${pngBase64}`;
  await image.decode();
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const {data} = context.getImageData(0, 0, image.width, image.height);
  const histogram = new Map();
  for (let i = 0; i < data.length; i += 4) {
    const key = ((data[i] >> 3) << 10) | ((data[i + 1] >> 3) << 5) | (data[i + 2] >> 3);
    histogram.set(key, (histogram.get(key) ?? 0) + 1);
  }
  const total = data.length / 4;
  const background = Math.max(...histogram.values());
  const colours = [...histogram.values()].filter((n) => n >= 30).length;
  return {drawnShare: (total - background) / total, colours};
}

/** Runs in the page: the RGB of every pixel in a (2r+1)² window around [x, y] of a PNG. */
export async function pixelsAround([pngBase64, x, y, r]) {
  const image = new Image();
  image.src = `data:image/png;base64,${pngBase64}`;
  await image.decode();
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const {data} = context.getImageData(Math.round(x) - r, Math.round(y) - r, 2 * r + 1, 2 * r + 1);
  const pixels = [];
  for (let i = 0; i < data.length; i += 4) pixels.push([data[i], data[i + 1], data[i + 2]]);
  return pixels;
}
