import type {FeatureLike} from 'ol/Feature';
import type Map from 'ol/Map';
import type BaseLayer from 'ol/layer/Base';
import VectorLayer from 'ol/layer/Vector';
import VectorTileLayer from 'ol/layer/VectorTile';
import {type CountableFeature, countFeatures} from '../layers/featureCount';

/** The view's extent in map coordinates. */
export function viewExtent(map: Map): number[] {
  return map.getView().calculateExtent(map.getSize());
}

/**
 * What a layer draws in the current view: the pieces of its tiles (a road cut by tile edges
 * comes once per tile; clusters below z14), or its vector features; null for other layers.
 */
export function featuresInView(map: Map, layer: BaseLayer): FeatureLike[] | null {
  // A layer drawn from a zoom on (门店 from z15) shows nothing below it: no count rather than 0.
  const zoom = map.getView().getZoom();
  if (zoom !== undefined && zoom <= layer.getMinZoom()) return null;
  const extent = viewExtent(map);
  if (layer instanceof VectorTileLayer) return layer.getFeaturesInExtent(extent);
  if (layer instanceof VectorLayer) return layer.getSource()?.getFeaturesInExtent(extent) ?? null;
  return null;
}

/**
 * Things a layer shows in the current view, so a count said to be 当前视野内 is: tile
 * features counted once across tiles (clusters by their count), heat cells by their
 * complaints, other vector features (the overdue cases) one each. Null when nothing to count.
 */
export function countLayer(layer: BaseLayer, features: FeatureLike[] | null): number | null {
  if (features === null) return null;
  if (layer.get('id') === 'heatmap') return features.reduce((sum, f) => sum + (Number(f.get('count')) || 0), 0);
  return countFeatures(features as unknown as CountableFeature[]);
}
