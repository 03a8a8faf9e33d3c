import Feature from 'ol/Feature';
import LineString from 'ol/geom/LineString';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import Fill from 'ol/style/Fill';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import Text from 'ol/style/Text';
import {labelFont} from './labelFont';
import type {RoadLabelLine} from './roadLabelLines';

export type RoadLabelsLayer = VectorLayer<VectorSource<Feature<LineString>>>;

/** Road names from z15, where a street is long enough on screen to carry its name (the print's rule too). */
export const ROAD_LABEL_MIN_ZOOM = 15;

// One Style, its text set per feature (the OL labelling-example pattern, as zone labels).
const style = new Style({
  text: new Text({
    font: labelFont(12),
    placement: 'line',
    // Not round a tight bend, where Chinese characters would stand at odd angles.
    maxAngle: Math.PI / 8,
    fill: new Fill({color: '#3f3f46'}),
    stroke: new Stroke({color: 'rgba(255,255,255,0.95)', width: 3}),
  }),
});

/**
 * Road names written along the roads, one per name in view (see roadLabelLines.ts), above the
 * feature layers and decluttered together with the zone names, so no two labels collide. Its
 * own canvas (className): the browser test reads the labels' pixels from it.
 */
export function createRoadLabelsLayer(): RoadLabelsLayer {
  return new VectorLayer({
    source: new VectorSource<Feature<LineString>>(),
    style: (f) => {
      style.getText()!.setText(f.get('name'));
      return style;
    },
    declutter: 'zone-labels',
    // OL's minZoom is exclusive: "visible above"; a hair below 15 shows the names at z15 itself.
    minZoom: ROAD_LABEL_MIN_ZOOM - 0.01,
    className: 'road-labels',
    properties: {id: 'road-labels'},
  });
}

export function showRoadLabels(layer: RoadLabelsLayer, lines: RoadLabelLine[]): void {
  const source = layer.getSource()!;
  source.clear(true);
  source.addFeatures(lines.map((l) => new Feature({geometry: new LineString(l.coordinates), name: l.name, roadClass: l.roadClass})));
}
