import CircleStyle from 'ol/style/Circle';
import Fill from 'ol/style/Fill';
import type ImageStyle from 'ol/style/Image';
import RegularShape from 'ol/style/RegularShape';
import Stroke from 'ol/style/Stroke';
import type {SymbolShape} from './assetStyleSpec';

export interface SymbolSpec {
  shape: SymbolShape;
  radius: number;
  fill: string;
  stroke: string;
}

/**
 * An OL point symbol drawn on canvas. Shapes rather than icon images: nothing to
 * download (the product runs offline) and they stay crisp at any pixel ratio.
 */
export function createSymbolImage({shape, radius, fill, stroke}: SymbolSpec): ImageStyle {
  const common = {fill: new Fill({color: fill}), stroke: new Stroke({color: stroke, width: 1.25})};
  switch (shape) {
    case 'circle':
      return new CircleStyle({radius, ...common});
    case 'square':
      return new RegularShape({points: 4, radius, angle: Math.PI / 4, ...common});
    case 'diamond':
      return new RegularShape({points: 4, radius, angle: 0, ...common});
    case 'triangle':
      return new RegularShape({points: 3, radius, angle: 0, ...common});
    case 'pentagon':
      return new RegularShape({points: 5, radius, angle: 0, ...common});
    case 'star':
      return new RegularShape({points: 5, radius, radius2: radius * 0.45, angle: 0, ...common});
  }
}
