import type Geometry from 'ol/geom/Geometry';
import LineString from 'ol/geom/LineString';
import Point from 'ol/geom/Point';
import Polygon from 'ol/geom/Polygon';
import {toContext} from 'ol/render';
import type Style from 'ol/style/Style';

export type SwatchShape = 'point' | 'line' | 'polygon';

const WIDTH = 28;
const HEIGHT = 18;

/**
 * A legend symbol drawn with the very OL Style the map uses, so legend and map
 * cannot disagree. Coordinates are canvas pixels (toContext has no projection).
 */
export function createSwatch(style: Style | Style[], shape: SwatchShape): HTMLCanvasElement {
  const pixelRatio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.className = 'legend-swatch';
  canvas.width = WIDTH * pixelRatio;
  canvas.height = HEIGHT * pixelRatio;
  canvas.style.width = `${WIDTH}px`;
  canvas.style.height = `${HEIGHT}px`;
  const context = canvas.getContext('2d');
  if (context) {
    const render = toContext(context, {pixelRatio, size: [WIDTH, HEIGHT]});
    for (const one of Array.isArray(style) ? style : [style]) {
      render.setStyle(one);
      render.drawGeometry(swatchGeometry(shape));
    }
  }
  return canvas;
}

function swatchGeometry(shape: SwatchShape): Geometry {
  switch (shape) {
    case 'point':
      return new Point([WIDTH / 2, HEIGHT / 2]);
    case 'line':
      return new LineString([[3, HEIGHT / 2], [WIDTH - 3, HEIGHT / 2]]);
    case 'polygon':
      return new Polygon([[[3, 3], [WIDTH - 3, 3], [WIDTH - 3, HEIGHT - 3], [3, HEIGHT - 3], [3, 3]]]);
  }
}
