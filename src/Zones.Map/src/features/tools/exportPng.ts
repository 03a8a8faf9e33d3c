import type Map from 'ol/Map';
import {getPointResolution} from 'ol/proj';

const FONT = '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

/**
 * The current view as a PNG: every layer canvas of the map (as OL composes them: opacity and CSS
 * transform), then a legend of what is shown, a scale bar and a north arrow drawn on top, the
 * map's title and the date at the bottom. The size is the map's canvas size (CSS size × pixel
 * ratio). Throws ExportBlockedError when a layer from another server without CORS tainted the
 * canvas: the browser then refuses to hand out the pixels.
 */
export async function exportViewPng(map: Map, title: string, legend: LegendItem[]): Promise<Blob> {
  await new Promise<void>((resolve) => {
    map.once('rendercomplete', () => resolve());
    map.renderSync();
  });
  const [width, height] = map.getSize() as [number, number];
  const ratio = pixelRatioOf(map);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d')!;
  context.fillStyle = getComputedStyle(map.getTargetElement() ?? document.body).backgroundColor || '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  composeLayers(map, context);
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  drawLegend(context, legend, width);
  drawScaleBar(context, map, height);
  drawNorthArrow(context, map.getView().getRotation(), width);
  drawCaption(context, title, width, height);
  return await toBlob(canvas);
}

/** One row of the exported legend: a swatch (the legend's own canvas) and its text. */
export interface LegendItem {
  swatch: HTMLCanvasElement | null;
  label: string;
}

export class ExportBlockedError extends Error {}

function pixelRatioOf(map: Map): number {
  const first = map.getViewport()!.querySelector<HTMLCanvasElement>('.ol-layer canvas, canvas.ol-layer');
  return first ? first.width / first.getBoundingClientRect().width || 1 : window.devicePixelRatio || 1;
}

/** The OpenLayers "export map" recipe: each layer canvas with its opacity and transform. */
function composeLayers(map: Map, context: CanvasRenderingContext2D): void {
  const canvases = map.getViewport()!.querySelectorAll<HTMLCanvasElement>('.ol-layer canvas, canvas.ol-layer');
  for (const layerCanvas of canvases) {
    if (layerCanvas.width === 0) continue;
    const parent = layerCanvas.parentElement as HTMLElement;
    const opacity = layerCanvas.parentElement?.style.opacity || layerCanvas.style.opacity;
    context.globalAlpha = opacity === '' ? 1 : Number(opacity);
    const background = parent.style.backgroundColor;
    if (background) {
      context.fillStyle = background;
      context.fillRect(0, 0, layerCanvas.width, layerCanvas.height);
    }
    const matrix = layerCanvas.style.transform.match(/^matrix\(([^(]*)\)$/)?.[1]?.split(',').map(Number);
    context.setTransform(...((matrix ?? [1, 0, 0, 1, 0, 0]) as [number, number, number, number, number, number]));
    context.drawImage(layerCanvas, 0, 0);
  }
  context.globalAlpha = 1;
  context.setTransform(1, 0, 0, 1, 0, 0);
}

function drawLegend(context: CanvasRenderingContext2D, items: LegendItem[], width: number): void {
  if (items.length === 0) return;
  const rows = items.slice(0, 18);
  const boxWidth = 170;
  const boxHeight = 28 + rows.length * 20;
  const left = width - boxWidth - 12;
  const top = 70;
  panel(context, left, top, boxWidth, boxHeight);
  context.fillStyle = '#111';
  context.font = `bold 13px ${FONT}`;
  context.fillText('图例', left + 8, top + 18);
  context.font = `12px ${FONT}`;
  rows.forEach((item, i) => {
    const y = top + 28 + i * 20;
    if (item.swatch) context.drawImage(item.swatch, left + 8, y, 28, 18);
    context.fillStyle = '#111';
    context.fillText(item.label, left + 42, y + 13, boxWidth - 48);
  });
}

/** A bar of a round length (1, 2 or 5 × 10ⁿ m) about 120 px long, at the view's centre latitude. */
function drawScaleBar(context: CanvasRenderingContext2D, map: Map, height: number): void {
  const view = map.getView();
  const metresPerPixel = getPointResolution(view.getProjection(), view.getResolution()!, view.getCenter()!, 'm');
  const target = metresPerPixel * 120;
  const power = 10 ** Math.floor(Math.log10(target));
  const metres = [5, 2, 1].map((s) => s * power).find((m) => m <= target) ?? power;
  const pixels = metres / metresPerPixel;
  const left = 14;
  const bottom = height - 48;
  panel(context, left - 6, bottom - 22, pixels + 70, 34);
  context.fillStyle = '#111';
  context.fillRect(left, bottom, pixels, 4);
  context.fillRect(left, bottom - 6, 2, 10);
  context.fillRect(left + pixels - 2, bottom - 6, 2, 10);
  context.font = `12px ${FONT}`;
  context.fillText(metres >= 1000 ? `${metres / 1000} 公里` : `${metres} 米`, left, bottom - 9);
}

function drawNorthArrow(context: CanvasRenderingContext2D, rotation: number, width: number): void {
  const x = width - 36;
  const y = 36;
  panel(context, x - 22, y - 30, 44, 56);
  context.save();
  context.translate(x, y + 4);
  context.rotate(rotation);
  context.fillStyle = '#111';
  context.beginPath();
  context.moveTo(0, -18);
  context.lineTo(9, 14);
  context.lineTo(0, 7);
  context.closePath();
  context.fill();
  context.strokeStyle = '#111';
  context.beginPath();
  context.moveTo(0, -18);
  context.lineTo(-9, 14);
  context.lineTo(0, 7);
  context.closePath();
  context.stroke();
  context.font = `bold 12px ${FONT}`;
  context.textAlign = 'center';
  context.fillText('北', 0, -20);
  context.restore();
}

function drawCaption(context: CanvasRenderingContext2D, title: string, width: number, height: number): void {
  const text = `${title}　${new Date().toLocaleDateString('zh-CN')} 导出`;
  context.font = `12px ${FONT}`;
  const w = context.measureText(text).width + 16;
  panel(context, width - w - 10, height - 30, w, 22);
  context.fillStyle = '#111';
  context.textAlign = 'left';
  context.fillText(text, width - w - 2, height - 14);
}

function panel(context: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
  context.fillStyle = 'rgba(255, 255, 255, 0.88)';
  context.fillRect(x, y, w, h);
  context.strokeStyle = '#9ca3af';
  context.lineWidth = 1;
  context.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    try {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG 生成失败'))), 'image/png');
    } catch (error) {
      reject(error instanceof DOMException && error.name === 'SecurityError'
        ? new ExportBlockedError('有外部图层的服务器不允许网页读取它的图片（跨域），所以无法导出：请先在图层面板隐藏外部图层，再导出。')
        : error);
    }
  });
}
