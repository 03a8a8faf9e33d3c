// Reading the map's pixels: where a lon/lat is drawn, and what a screenshot shows.

/** The CSS pixel of a lon/lat in the #map element (the app's test hook). */
export function pixelOf(page, lon, lat) {
  return page.evaluate(([x, y]) => window.__zones.pixelOf(x, y), [lon, lat]);
}

/**
 * How much of a PNG screenshot is not the background (the most common colour), and how
 * many colours occur at least 30 times (quantised to 5 bits per channel to ignore
 * anti-aliasing). Measured in the page, which decodes PNGs.
 */
export async function pixelStats(page, png) {
  await page.evaluate(installImageData);
  return page.evaluate(async (pngBase64) => {
    const {data} = await window.__e2eImageData(pngBase64);
    const histogram = new Map();
    for (let i = 0; i < data.length; i += 4) {
      const key = ((data[i] >> 3) << 10) | ((data[i + 1] >> 3) << 5) | (data[i + 2] >> 3);
      histogram.set(key, (histogram.get(key) ?? 0) + 1);
    }
    const total = data.length / 4;
    const background = Math.max(...histogram.values());
    const colours = [...histogram.values()].filter((n) => n >= 30).length;
    return {drawnShare: (total - background) / total, colours};
  }, png.toString('base64'));
}

/** The RGB of every pixel in a (2r+1)² window around [x, y] of a PNG screenshot. */
export async function pixelsAround(page, png, [x, y], r) {
  await page.evaluate(installImageData);
  return page.evaluate(async ([pngBase64, region]) => {
    const {data} = await window.__e2eImageData(pngBase64, region);
    const pixels = [];
    for (let i = 0; i < data.length; i += 4) pixels.push([data[i], data[i + 1], data[i + 2]]);
    return pixels;
  }, [png.toString('base64'), [Math.round(x) - r, Math.round(y) - r, 2 * r + 1, 2 * r + 1]]);
}

/**
 * Runs in the page: defines window.__e2eImageData(pngBase64, [x, y, width, height]?), the
 * ImageData of a PNG (all of it without a region). A function given to page.evaluate goes
 * over as source text and cannot call this module's functions, hence the page global.
 */
function installImageData() {
  window.__e2eImageData ??= async (pngBase64, region) => {
    const image = new Image();
    image.src = `data:image/png;base64,${pngBase64}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const [x, y, width, height] = region ?? [0, 0, image.width, image.height];
    return context.getImageData(x, y, width, height);
  };
}

/**
 * Open the sidebar or drawer section `id` (layers, analysis, tools, legend, details,
 * area-query, attribute-table …) the way a user does, with its button on the rail; a no-op
 * when it is already shown (and on a phone, where the sections are stacked on the page).
 */
export async function openPanel(page, id) {
  const shown = () => page.evaluate((i) => document.getElementById(i)?.checkVisibility() ?? false, id);
  if (await shown()) return;
  const button = page.locator(`#rail [data-panel="${id}"]`);
  if (!await button.isVisible()) throw new Error(`the rail has no visible button for #${id} (is the section empty?)`);
  await button.click();
  await page.waitForFunction((i) => document.getElementById(i)?.checkVisibility(), id, {timeout: 5_000});
}

/** Collapse the sidebar and the drawer (× of each open one), so the map has the whole width again. */
export async function closePanels(page) {
  for (const close of await page.locator('.shell-aside[data-open="true"] > .aside-head .aside-close').all()) await close.click();
}

/** The RGB of a PNG screenshot at each [x, y] (pixels of the screenshot). */
export async function pixelsAt(page, png, points) {
  await page.evaluate(installImageData);
  return page.evaluate(async ([pngBase64, at]) => {
    const {data, width} = await window.__e2eImageData(pngBase64);
    return at.map(([x, y]) => {
      const i = (Math.round(y) * width + Math.round(x)) * 4;
      return [data[i], data[i + 1], data[i + 2]];
    });
  }, [png.toString('base64'), points]);
}
