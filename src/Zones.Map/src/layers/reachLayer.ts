import Feature from 'ol/Feature';
import GeoJSON from 'ol/format/GeoJSON';
import type Geometry from 'ol/geom/Geometry';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import Fill from 'ol/style/Fill';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import {reachStyleSpec} from './reachStyleSpec';

export type ReachLayer = VectorLayer<VectorSource<Feature<Geometry>>>;

/** One area to draw: the kind (TOILET / COLLECTION_POINT), the method, the GeoJSON in EPSG:4326. */
export interface ReachShape {
  kind: string;
  method: string;
  assetId: string;
  geojson: unknown;
}

const cache = new Map<string, Style>();

/** The OL style of a reach area (shared by the layer and the legend). */
export function reachStyle(kind: string, method: string): Style {
  const key = `${kind}|${method}`.toUpperCase();
  let style = cache.get(key);
  if (!style) {
    const spec = reachStyleSpec(kind, method);
    style = new Style({
      fill: new Fill({color: spec.fill}),
      stroke: new Stroke({color: spec.stroke, width: spec.width, lineDash: spec.lineDash ?? undefined}),
      zIndex: 5,
    });
    cache.set(key, style);
  }
  return style;
}

/** 服务范围: hidden at first, filled by the analysis panel (features/analysis/reachPanel.ts). */
export function createReachLayer(): ReachLayer {
  return new VectorLayer({
    source: new VectorSource<Feature<Geometry>>(),
    style: (feature) => reachStyle(String(feature.get('kind')), String(feature.get('method'))),
    visible: false,
    properties: {id: 'reach'},
  });
}

const format = new GeoJSON({dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857'});

/** Replace the drawn areas (lon/lat GeoJSON → the view's Web Mercator); shapes without geometry are skipped. */
export function showReachAreas(layer: ReachLayer, shapes: ReachShape[]): void {
  const features = shapes.flatMap((shape) => {
    const geometry = shape.geojson ? format.readGeometry(shape.geojson) : null;
    if (!geometry) return [];
    const feature = new Feature({geometry, kind: shape.kind, method: shape.method, assetId: shape.assetId});
    return [feature];
  });
  const source = layer.getSource()!;
  source.clear(true);
  source.addFeatures(features);
}
