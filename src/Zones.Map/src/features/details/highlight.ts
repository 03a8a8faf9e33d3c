import GeoJSON from 'ol/format/GeoJSON';
import type Map from 'ol/Map';
import {createOutlineLayer} from '../../layers/outlineLayer';

const format = new GeoJSON({dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857'});

/** Outlines the feature the panel shows, in a layer of its own above the others; null clears it. */
export function createHighlighter(map: Map): (geojson: unknown | null) => void {
  const outline = createOutlineLayer(map, {id: 'details-highlight', color: '#f59e0b', width: 3, radius: 12, zIndex: 110});
  return (geojson) => outline(geojson ? format.readGeometry(geojson) : null);
}
