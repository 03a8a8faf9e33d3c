import type {CollectionId} from '../ogc/itemsUrl';
import {createAssetsLayer} from './assetsLayer';
import {createComplaintsLayer} from './complaintsLayer';
import type {FeatureLayer} from './featureLayer';
import {createRoadsLayer} from './roadsLayer';
import {createZoneLabelsLayer, createZonesLayer} from './zonesLayer';

export interface LayerEntry {
  /** The OGC collection id, also the key of the test hook's counts. */
  id: CollectionId;
  /** Chinese layer name for the panel and the status line. */
  label: string;
  /** Chinese measure word for counts: 24 个, 100 条, 520 件. */
  unit: string;
  layer: FeatureLayer;
  /** Drawn above every layer (see createZoneLabelsLayer); shown and hidden with `layer`. */
  labels?: FeatureLayer;
}

/**
 * The four layers in drawing order, bottom first: areas under roads under
 * assets under complaints, so points are never hidden by polygons or lines.
 * Zones come first so the view can fit the township before the rest arrive.
 */
export function createLayerCatalog(): LayerEntry[] {
  const zones = createZonesLayer();
  return [
    {id: 'zones', label: '片区', unit: '个', layer: zones, labels: createZoneLabelsLayer(zones.getSource()!)},
    {id: 'roads', label: '道路', unit: '条', layer: createRoadsLayer()},
    {id: 'assets', label: '设施', unit: '处', layer: createAssetsLayer()},
    {id: 'complaints', label: '投诉', unit: '件', layer: createComplaintsLayer()},
  ];
}
