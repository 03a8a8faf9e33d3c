import type Map from 'ol/Map';
import type BaseLayer from 'ol/layer/Base';
import VectorLayer from 'ol/layer/Vector';
import VectorTileLayer from 'ol/layer/VectorTile';
import {countFeatures} from '../layers/featureCount';

/**
 * Things a layer shows in the current view: tile features counted once across tiles
 * (clusters by their count); for the heat map, its total of complaints; for other
 * vector layers, the features in view. Null when the layer has nothing to count (or is not
 * drawn at this zoom).
 */
export function countLayer(map: Map, layer: BaseLayer): number | null {
  // A layer drawn from a zoom on (门店 from z15) shows nothing below it: no count rather than 0.
  const zoom = map.getView().getZoom();
  if (zoom !== undefined && zoom <= layer.getMinZoom()) return null;
  const extent = map.getView().calculateExtent(map.getSize());
  if (layer instanceof VectorTileLayer) return countFeatures(layer.getFeaturesInExtent(extent));
  if (layer instanceof VectorLayer) {
    const total = layer.get('total');
    if (typeof total === 'number') return total;
    return layer.getSource()?.getFeaturesInExtent(extent).length ?? null;
  }
  return null;
}
