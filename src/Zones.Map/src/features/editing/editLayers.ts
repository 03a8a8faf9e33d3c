import type Feature from 'ol/Feature';
import GeoJSON from 'ol/format/GeoJSON';
import MultiPoint from 'ol/geom/MultiPoint';
import type MultiPolygon from 'ol/geom/MultiPolygon';
import type Polygon from 'ol/geom/Polygon';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import CircleStyle from 'ol/style/Circle';
import Fill from 'ol/style/Fill';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import Text from 'ol/style/Text';
import {labelFont} from '../../layers/labelFont';
import type {Marker} from './errorReport';

const outline = new Style({stroke: new Stroke({color: '#7c3aed', width: 2})});
const drawn = new Style({stroke: new Stroke({color: '#059669', width: 3}), fill: new Fill({color: 'rgba(5,150,105,0.15)'})});
const selected = new Style({stroke: new Stroke({color: '#f59e0b', width: 4}), fill: new Fill({color: 'rgba(245,158,11,0.2)'})});

// Vertices drawn as small squares, so the planner sees what snapping and the vertex tool can grab.
const vertexStyle = new Style({
  image: new CircleStyle({radius: 3, fill: new Fill({color: '#fff'}), stroke: new Stroke({color: '#7c3aed', width: 1.5})}),
  geometry: (feature) => new MultiPoint((feature.getGeometry() as Polygon | MultiPolygon).getFlatCoordinates(), 'XY'),
});

/** The editable zones: outlines, drawn zones in green, selected zones in amber, vertices when asked. */
export function createEditLayer(source: VectorSource<Feature>, showVertices: () => boolean, isSelected: (f: Feature) => boolean) {
  return new VectorLayer({
    source,
    style: (feature) => {
      const base = isSelected(feature as Feature) ? selected : feature.get('isNew') ? drawn : outline;
      return showVertices() ? [base, vertexStyle] : base;
    },
    properties: {id: 'editing'},
    zIndex: 900,
  });
}

const MARKER_COLOURS: Record<Marker['kind'], [string, string]> = {
  invalid: ['#dc2626', 'rgba(220,38,38,0.35)'],
  overlap: ['#dc2626', 'rgba(220,38,38,0.35)'],
  outside: ['#ea580c', 'rgba(234,88,12,0.35)'],
  gap: ['#2563eb', 'rgba(37,99,235,0.35)'],
};

function markerStyle(feature: Feature): Style {
  const [stroke, fill] = MARKER_COLOURS[feature.get('kind') as Marker['kind']];
  const local = feature.get('origin') === 'local';
  return new Style({
    stroke: new Stroke({color: stroke, width: 2, lineDash: local ? [6, 4] : undefined}),
    fill: new Fill({color: fill}),
    image: new CircleStyle({radius: 9, stroke: new Stroke({color: stroke, width: 3}), fill: new Fill({color: fill})}),
    text: new Text({
      text: feature.get('label'),
      font: labelFont(13),
      offsetY: -18,
      fill: new Fill({color: stroke}),
      stroke: new Stroke({color: '#fff', width: 3}),
      overflow: true,
    }),
  });
}

/** The places the server (or the local pre-check) found wrong, above everything else. */
export function createMarkerLayer(source: VectorSource<Feature>) {
  return new VectorLayer({source, style: (f) => markerStyle(f as Feature), properties: {id: 'editing-markers'}, zIndex: 950});
}

const format = new GeoJSON({dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857'});

/** Show these markers (replacing the previous ones); origin tells server answers from local hints. */
export function showMarkers(source: VectorSource<Feature>, markers: Marker[], origin: 'server' | 'local'): void {
  source.clear();
  source.addFeatures(
    markers.map((m) => {
      const feature = format.readFeature({type: 'Feature', geometry: m.geometry, properties: {}}) as Feature;
      feature.setProperties({kind: m.kind, label: m.label, origin});
      return feature;
    }),
  );
}
