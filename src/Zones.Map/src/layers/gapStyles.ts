import CircleStyle from 'ol/style/Circle';
import Fill from 'ol/style/Fill';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import {gapColor} from './gapStyleSpec';
import {hatchPattern} from './hatchPattern';
import {withAlpha} from './ownerColors';

export type GapGeometryKind = 'polygon' | 'line' | 'point';

const cache = new Map<string, Style[]>();

/**
 * A gap as the map draws it: land hatched in the kind's colour with a solid edge;
 * a road stretch as a wide translucent band under a dashed line; an asset as a ring.
 */
export function gapStyle(kind: unknown, geometry: GapGeometryKind): Style[] {
  const color = gapColor(kind);
  const key = `${color}|${geometry}`;
  let styles = cache.get(key);
  if (!styles) {
    styles = createGapStyle(color, geometry);
    cache.set(key, styles);
  }
  return styles;
}

function createGapStyle(color: string, geometry: GapGeometryKind): Style[] {
  switch (geometry) {
    case 'polygon':
      return [new Style({fill: new Fill({color: hatchPattern(color)}), stroke: new Stroke({color, width: 2}), zIndex: 6})];
    case 'line':
      return [
        new Style({stroke: new Stroke({color: withAlpha(color, 0.35), width: 10, lineCap: 'butt'}), zIndex: 6}),
        new Style({stroke: new Stroke({color, width: 2.5, lineDash: [8, 5]}), zIndex: 7}),
      ];
    case 'point':
      return [new Style({image: new CircleStyle({radius: 10, stroke: new Stroke({color, width: 3}), fill: new Fill({color: withAlpha(color, 0.15)})}), zIndex: 7})];
  }
}

/** Which drawing a geometry type gets (MVT types: Polygon, LineString, Point and their Multi forms). */
export function gapGeometryKind(type: string): GapGeometryKind {
  if (type.includes('Polygon')) return 'polygon';
  if (type.includes('LineString')) return 'line';
  return 'point';
}
