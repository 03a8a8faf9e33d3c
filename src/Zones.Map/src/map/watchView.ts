import type Map from 'ol/Map';
import type {LayerCatalog} from '../layers/layerCatalog';
import {buildOwnerLegend, type PropertySource} from '../layers/ownerLegendEntries';
import {type LabelPiece, pickLabelPoints} from '../layers/zoneLabelPoints';
import {showZoneLabels} from '../layers/zoneLabelsLayer';
import type {LayerPanel} from '../ui/layerPanel';
import type {OwnerLegend} from '../ui/ownerLegend';
import {updateCounts} from '../ui/testHook';
import {countVisible} from './loadLayers';

/**
 * Keep the panel counts, the owner legend and the test hook in step with the view:
 * after a move, after tiles arrive (loadend), after a layer is switched or restyled.
 * Runs at most once per animation frame.
 */
export function watchView(map: Map, catalog: LayerCatalog, panel: LayerPanel, owners: OwnerLegend): () => void {
  let queued = false;
  const refresh = () => {
    queued = false;
    const counts = countVisible(map, catalog.entries);
    for (const entry of catalog.entries) panel.setCount(entry.id, counts[entry.id] ?? null);
    const extent = map.getView().calculateExtent(map.getSize());
    const zones = catalog.zones.getVisible() ? catalog.zones.getFeaturesInExtent(extent) : [];
    owners.update(buildOwnerLegend(zones as PropertySource[], catalog.ownerLevel.get()));
    showZoneLabels(catalog.zoneLabels, pickLabelPoints(zones as unknown as LabelPiece[]));
    updateCounts(counts);
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(refresh);
  };
  map.on('moveend', schedule);
  map.on('loadend', schedule);
  for (const entry of catalog.entries) {
    entry.layer.on('change:visible', schedule);
    entry.layer.on('propertychange', schedule);
  }
  catalog.heatmap.getSource()!.on('change', schedule);
  catalog.overdue.getSource()!.on('change', schedule);
  owners.onLevelChange(schedule);
  return refresh;
}
