import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import {type RoadClassStyle, roadClassStyle} from './roadStyleSpec';

const cache = new Map<RoadClassStyle, Style>();

/** The OL style of a road of class `roadClass`; one shared Style per class. */
export function roadStyle(roadClass: unknown): Style {
  const spec = roadClassStyle(roadClass);
  let style = cache.get(spec);
  if (!style) {
    style = new Style({
      stroke: new Stroke({color: spec.color, width: spec.width, lineDash: spec.lineDash, lineCap: 'round'}),
      zIndex: spec.zIndex,
    });
    cache.set(spec, style);
  }
  return style;
}
