import type {FeatureLike} from 'ol/Feature';
import type Map from 'ol/Map';
import type BaseLayer from 'ol/layer/Base';
import type {LayerCatalog, LayerId} from '../layers/layerCatalog';
import {buildOwnerLegend, type PropertySource} from '../layers/ownerLegendEntries';
import {pickRoadLabels, type RoadPiece} from '../layers/roadLabelLines';
import {ROAD_LABEL_MIN_ZOOM, showRoadLabels} from '../layers/roadLabelsLayer';
import {type LabelPiece, pickLabelPoints} from '../layers/zoneLabelPoints';
import {showZoneLabels} from '../layers/zoneLabelsLayer';
import type {LayerPanel} from '../ui/layerPanel';
import type {Legend} from '../ui/legend';
import {type SymbolSource, symbolKeys} from '../ui/legendPresence';
import {updateCounts} from '../ui/testHook';
import {countLayer, featuresInView, viewExtent} from './countInView';
import type {LayerCounts} from './loadLayers';

/** Where road names keep off the map's edge, in pixels: a name cut by the edge is no use. */
const LABEL_MARGIN_PX = 24;

/**
 * Keep the panel counts, the legend, the zone and road names and the test hook in step with
 * the view: after a move, after tiles arrive (loadend) and once a frame is complete
 * (rendercomplete: tiles taken from the cache load nothing, so no loadend follows a zoom into
 * them), after a layer is switched or restyled. Runs at most once per animation frame; each
 * layer's features in view are read once and serve the count, the legend and the labels.
 */
export function watchView(map: Map, catalog: LayerCatalog, panel: LayerPanel, legend: Legend): () => void {
  let queued = false;
  // Set by whatever changes the view; the next complete frame then counts once more. Not every
  // rendercomplete: the labels this refresh sets render again, and would run it for ever.
  let unsettled = false;
  const refresh = () => {
    queued = false;
    const inView = new globalThis.Map<LayerId, FeatureLike[]>();
    const counts: LayerCounts = {};
    for (const entry of catalog.entries) {
      const features = entry.layer.getVisible() ? featuresInView(map, entry.layer as BaseLayer) : null;
      const count = countLayer(entry.layer as BaseLayer, features);
      if (features) inView.set(entry.id, features);
      if (count !== null) counts[entry.id] = count;
      panel.setCount(entry.id, count);
    }
    const zones = inView.get('zones') ?? [];
    legend.owners.update(buildOwnerLegend(zones as unknown as PropertySource[], catalog.ownerLevel.get()));
    legend.update({
      visible: new Set(catalog.entries.filter((e) => e.layer.getVisible()).map((e) => e.id)),
      present: new globalThis.Map([...inView].map(([id, features]) => [id, symbolKeys(id, features as unknown as SymbolSource[])])),
    });
    showZoneLabels(catalog.zoneLabels, pickLabelPoints(zones as unknown as LabelPiece[]));
    showRoadLabels(catalog.roadLabels, (map.getView().getZoom() ?? 0) >= ROAD_LABEL_MIN_ZOOM - 0.01
      ? pickRoadLabels((inView.get('roads') ?? []) as unknown as RoadPiece[], inset(viewExtent(map), LABEL_MARGIN_PX * (map.getView().getResolution() ?? 0)))
      : []);
    updateCounts(counts);
  };
  const queue = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(refresh);
  };
  const schedule = () => {
    unsettled = true;
    queue();
  };
  map.on('moveend', schedule);
  map.on('loadend', schedule);
  map.on('rendercomplete', () => {
    if (!unsettled) return;
    unsettled = false;
    queue();
  });
  for (const entry of catalog.entries) {
    entry.layer.on('change:visible', schedule);
    entry.layer.on('propertychange', schedule);
  }
  catalog.heatmap.getSource()!.on('change', schedule);
  catalog.overdue.getSource()!.on('change', schedule);
  legend.owners.onLevelChange(schedule);
  return refresh;
}

function inset([minX, minY, maxX, maxY]: number[], by: number): number[] {
  return [minX + by, minY + by, maxX - by, maxY - by];
}
