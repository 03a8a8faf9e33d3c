import type Map from 'ol/Map';
import GeoJSON from 'ol/format/GeoJSON';
import {createOutlineLayer} from '../../layers/outlineLayer';

const format = new GeoJSON({dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857'});

/**
 * Zooms to a GeoJSON geometry picked from a list and outlines it for a moment's
 * orientation; the outline stays until the next pick, in a layer of its own.
 */
export function createZoomer(map: Map): (geojson: unknown) => void {
  const outline = createOutlineLayer(map, {id: 'analysis-highlight', color: '#0ea5e9', width: 4, radius: 14, zIndex: 100});
  return (geojson) => {
    const geometry = format.readGeometry(geojson);
    if (!geometry) return;
    outline(geometry);
    map.getView().fit(geometry.getExtent(), {padding: [60, 60, 60, 60], maxZoom: 18, duration: 300});
  };
}
