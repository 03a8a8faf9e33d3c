import Feature from 'ol/Feature';
import Point from 'ol/geom/Point';
import VectorLayer from 'ol/layer/Vector';
import {fromLonLat} from 'ol/proj';
import VectorSource from 'ol/source/Vector';
import Fill from 'ol/style/Fill';
import RegularShape from 'ol/style/RegularShape';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import Text from 'ol/style/Text';
import {COMPLAINT_GROUP_STYLES} from './complaintStyleSpec';
import {labelFont} from './labelFont';

/** One overdue open case as the overdue query returns it. */
export interface OverdueCase {
  id: string;
  caseNumber: string;
  categoryName: string | null;
  stage: string;
  deadline: string | null;
  address: string | null;
  lonLat: [number, number];
}

export type OverdueLayer = VectorLayer<VectorSource<Feature<Point>>>;

/**
 * A red warning triangle with "!" — a different shape from the complaint dots, so an
 * overdue case stands out at every zoom, also where the tiles show only clusters.
 */
export const OVERDUE_STYLE = new Style({
  image: new RegularShape({
    points: 3,
    radius: 10,
    fill: new Fill({color: COMPLAINT_GROUP_STYLES.overdue.fill}),
    stroke: new Stroke({color: '#ffffff', width: 1.5}),
  }),
  text: new Text({text: '!', font: labelFont(11, true), fill: new Fill({color: '#ffffff'}), offsetY: 2}),
  zIndex: 9,
});

export function createOverdueLayer(): OverdueLayer {
  return new VectorLayer({source: new VectorSource<Feature<Point>>(), style: OVERDUE_STYLE, properties: {id: 'overdue'}});
}

/** Replace the layer's points with `cases` (lon/lat WGS84 → the view's Web Mercator). */
export function showOverdueCases(layer: OverdueLayer, cases: OverdueCase[]): void {
  const features = cases.map((c) => {
    const feature = new Feature({geometry: new Point(fromLonLat(c.lonLat)), caseNumber: c.caseNumber});
    feature.setId(c.id);
    return feature;
  });
  const source = layer.getSource()!;
  source.clear(true);
  source.addFeatures(features);
}
