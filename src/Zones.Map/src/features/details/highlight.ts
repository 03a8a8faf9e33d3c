import Feature from 'ol/Feature';
import GeoJSON from 'ol/format/GeoJSON';
import type Map from 'ol/Map';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import CircleStyle from 'ol/style/Circle';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';

const format = new GeoJSON({dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857'});

/** Outlines the feature the panel shows, in a layer of its own above the others; null clears it. */
export function createHighlighter(map: Map): (geojson: unknown | null) => void {
  const source = new VectorSource<Feature>();
  const stroke = new Stroke({color: '#f59e0b', width: 3});
  map.addLayer(new VectorLayer({
    source,
    style: new Style({stroke, image: new CircleStyle({radius: 12, stroke})}),
    zIndex: 110,
    properties: {id: 'details-highlight'},
  }));
  return (geojson) => {
    source.clear(true);
    const geometry = geojson ? format.readGeometry(geojson) : null;
    if (geometry) source.addFeature(new Feature(geometry));
  };
}
