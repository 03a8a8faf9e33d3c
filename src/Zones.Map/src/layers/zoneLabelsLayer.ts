import Feature from 'ol/Feature';
import Point from 'ol/geom/Point';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import type {ZoneLabelPoint} from './zoneLabelPoints';
import {zoneLabelStyle} from './zoneStyles';

export type ZoneLabelsLayer = VectorLayer<VectorSource<Feature<Point>>>;

/**
 * The zones' Chinese names, one per zone, above every other layer so no symbol hides
 * them; points are placed from the tiles in view (see zoneLabelPoints.ts).
 */
export function createZoneLabelsLayer(): ZoneLabelsLayer {
  return new VectorLayer({
    source: new VectorSource<Feature<Point>>(),
    style: (f, resolution) => zoneLabelStyle(f.get('level'), f.get('name'), resolution),
    declutter: 'zone-labels',
    properties: {id: 'zone-labels'},
  });
}

export function showZoneLabels(layer: ZoneLabelsLayer, points: ZoneLabelPoint[]): void {
  const source = layer.getSource()!;
  source.clear(true);
  source.addFeatures(points.map((p) => new Feature({geometry: new Point(p.coordinate), name: p.name, level: p.level})));
}
