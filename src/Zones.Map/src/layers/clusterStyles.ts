import CircleStyle from 'ol/style/Circle';
import Fill from 'ol/style/Fill';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import Text from 'ol/style/Text';
import {clusterSymbol} from './clusterStyleSpec';
import {labelFont} from './labelFont';

const cache = new Map<string, Style>();

/** A sized circle with the count in it; one Style per (colour, count) pair. */
export function clusterStyle(count: unknown, color: string): Style {
  const symbol = clusterSymbol(count);
  const key = `${color}|${symbol.label}`;
  let style = cache.get(key);
  if (!style) {
    style = new Style({
      image: new CircleStyle({
        radius: symbol.radius,
        fill: new Fill({color}),
        stroke: new Stroke({color: 'rgba(255,255,255,0.9)', width: 2}),
      }),
      text: new Text({text: symbol.label, font: labelFont(11, true), fill: new Fill({color: '#ffffff'})}),
      zIndex: 4,
    });
    cache.set(key, style);
  }
  return style;
}
