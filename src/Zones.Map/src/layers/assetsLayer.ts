import {assetStyle} from './assetStyles';
import {createFeatureLayer, type FeatureLayer} from './featureLayer';

/** Sanitation assets and lights: shape by kind, warning colour when broken or dark. */
export function createAssetsLayer(): FeatureLayer {
  return createFeatureLayer('assets', (feature) => assetStyle(feature.get('kind'), feature.get('status')));
}
