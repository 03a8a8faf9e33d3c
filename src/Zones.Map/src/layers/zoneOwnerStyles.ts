import Fill from 'ol/style/Fill';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import {hatchPattern} from './hatchPattern';
import {ownerColor, ownerKey, type OwnerRef, UNOWNED_COLOR, withAlpha} from './ownerColors';
import {zoneLevelStyle} from './zoneStyleSpec';
import {zoneOutlineStyle} from './zoneStyles';

/** Owner fills are translucent: roads and symbols stay readable through them. */
export const OWNER_FILL_ALPHA = 0.38;

const cache = new Map<string, Style>();

/**
 * A zone of the coloured level: filled in its owner's colour, or hatched grey when
 * it has no owner. Zones of other levels keep their plain outline, because levels
 * nest and stacked translucent fills would mix into colours no legend explains.
 */
export function zoneOwnerStyle(level: unknown, owner: OwnerRef | null, colouredLevel: string): Style {
  if (level !== colouredLevel) return zoneOutlineStyle(level);
  const key = `${String(level)}|${owner ? ownerKey(owner) : ''}`;
  let style = cache.get(key);
  if (!style) {
    const spec = zoneLevelStyle(level);
    const fill = owner ? withAlpha(ownerColor(owner), OWNER_FILL_ALPHA) : hatchPattern(UNOWNED_COLOR, 'rgba(156,163,175,0.18)');
    style = new Style({
      fill: new Fill({color: fill}),
      stroke: new Stroke({color: spec.stroke, width: spec.width, lineDash: spec.lineDash}),
      zIndex: spec.zIndex,
    });
    cache.set(key, style);
  }
  return style;
}
