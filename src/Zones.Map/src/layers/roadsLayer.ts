import {createFeatureLayer, type FeatureLayer} from './featureLayer';
import {roadStyle} from './roadStyles';

/** Road centre lines, width and colour by class (过境公路 … 村道). */
export function createRoadsLayer(): FeatureLayer {
  return createFeatureLayer('roads', (feature) => roadStyle(feature.get('class')));
}
