import Fill from 'ol/style/Fill';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import Text from 'ol/style/Text';
import {labelFont} from './labelFont';
import {type ZoneLevelStyle, showsZoneLabel, zoneLevelStyle} from './zoneStyleSpec';

const outlines = new Map<ZoneLevelStyle, Style>();
const labels = new Map<ZoneLevelStyle, Style>();

/** The outline and tint of a zone of `level`; one shared Style per level. */
export function zoneOutlineStyle(level: unknown): Style {
  const spec = zoneLevelStyle(level);
  let style = outlines.get(spec);
  if (!style) {
    style = new Style({
      stroke: new Stroke({color: spec.stroke, width: spec.width, lineDash: spec.lineDash}),
      fill: new Fill({color: spec.fill}),
      zIndex: spec.zIndex,
    });
    outlines.set(spec, style);
  }
  return style;
}

/**
 * The name label of a zone, or undefined when its level is not labelled at this
 * resolution. One Style per level is reused and only its text changes per feature
 * (the OL labelling-example pattern): OL copies the text into its render
 * instructions when the style function returns.
 */
export function zoneLabelStyle(level: unknown, name: unknown, resolution: number): Style | undefined {
  if (typeof name !== 'string' || name === '' || !showsZoneLabel(level, resolution)) return undefined;
  const spec = zoneLevelStyle(level);
  let style = labels.get(spec);
  if (!style) {
    style = createLabelStyle(spec);
    labels.set(spec, style);
  }
  style.getText()?.setText(name);
  return style;
}

function createLabelStyle(spec: ZoneLevelStyle): Style {
  const major = spec.width >= 2; // township and area
  return new Style({
    text: new Text({
      font: labelFont(spec.width >= 4 ? 16 : major ? 14 : 13, major),
      fill: new Fill({color: spec.stroke}),
      // A white halo keeps Chinese strokes legible over roads and asset symbols.
      stroke: new Stroke({color: 'rgba(255,255,255,0.92)', width: 3.5}),
      overflow: true,
    }),
    // Decluttering keeps the label drawn first, and a lower zIndex is drawn first:
    // outer levels (township, then areas) win over villages and groups.
    zIndex: 10 - spec.zIndex,
  });
}
