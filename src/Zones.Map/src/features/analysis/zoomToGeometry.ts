import type Map from 'ol/Map';
import Feature from 'ol/Feature';
import GeoJSON from 'ol/format/GeoJSON';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import CircleStyle from 'ol/style/Circle';

const format = new GeoJSON({dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857'});

/**
 * Zooms to a GeoJSON geometry picked from a list and outlines it for a moment's
 * orientation; the outline stays until the next pick, in a layer of its own.
 */
export function createZoomer(map: Map): (geojson: unknown) => void {
  const source = new VectorSource<Feature>();
  const stroke = new Stroke({color: '#0ea5e9', width: 4});
  map.addLayer(new VectorLayer({
    source,
    style: new Style({stroke, image: new CircleStyle({radius: 14, stroke})}),
    zIndex: 100,
    properties: {id: 'analysis-highlight'},
  }));
  return (geojson) => {
    const geometry = format.readGeometry(geojson);
    if (!geometry) return;
    source.clear(true);
    source.addFeature(new Feature(geometry));
    map.getView().fit(geometry.getExtent(), {padding: [60, 60, 60, 60], maxZoom: 18, duration: 300});
  };
}
