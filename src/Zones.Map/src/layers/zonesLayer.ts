import type Feature from 'ol/Feature';
import VectorLayer from 'ol/layer/Vector';
import type VectorSource from 'ol/source/Vector';
import {createFeatureLayer, type FeatureLayer} from './featureLayer';
import {zoneLabelStyle, zoneOutlineStyle} from './zoneStyles';

/** Zone outlines coloured by level (镇/片区/村/组); the township is drawn thickest. */
export function createZonesLayer(): FeatureLayer {
  return createFeatureLayer('zones', (feature) => zoneOutlineStyle(feature.get('level')));
}

/**
 * The zones' Chinese names, as a separate layer over the same source so it can be
 * stacked above roads and points: in the zones layer itself the labels would be
 * buried under hundreds of asset symbols. Decluttered among themselves only.
 */
export function createZoneLabelsLayer(source: VectorSource<Feature>): FeatureLayer {
  return new VectorLayer({
    source,
    style: (feature, resolution) => zoneLabelStyle(feature.get('level'), feature.get('name'), resolution),
    declutter: 'zone-labels',
    properties: {id: 'zone-labels'},
  });
}
