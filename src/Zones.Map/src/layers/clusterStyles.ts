import CircleStyle from 'ol/style/Circle';
import Fill from 'ol/style/Fill';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import Text from 'ol/style/Text';
import {clusterSymbol} from './clusterStyleSpec';
import {labelFont} from './labelFont';

const cache = new Map<string, Style>();

/**
 * A sized circle with the count in it, or for a few points a small dot without one (see
 * clusterSymbol); one Style per (colour, look) pair.
 */
export function clusterStyle(count: unknown, color: string): Style {
  const symbol = clusterSymbol(count);
  const key = `${color}|${symbol.label}|${symbol.radius}`;
  let style = cache.get(key);
  if (!style) {
    const numbered = symbol.label !== '';
    style = new Style({
      image: new CircleStyle({
        radius: symbol.radius,
        fill: new Fill({color}),
        stroke: new Stroke({color: 'rgba(255,255,255,0.9)', width: numbered ? 2 : 1}),
      }),
      text: numbered ? new Text({text: symbol.label, font: labelFont(11, true), fill: new Fill({color: '#ffffff'})}) : undefined,
      zIndex: numbered ? 4 : 3,
    });
    cache.set(key, style);
  }
  return style;
}
