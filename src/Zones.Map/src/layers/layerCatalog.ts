import type BaseLayer from 'ol/layer/Base';
import {createHeatmapLayer, type HeatmapLayer} from './heatmapLayer';
import {createOverdueLayer, type OverdueLayer} from './overdueLayer';
import {createReachLayer, type ReachLayer} from './reachLayer';
import {createRoadLabelsLayer, type RoadLabelsLayer} from './roadLabelsLayer';
import {shopStyleFunction} from './shopStyles';
import {createTileLayer, type TileLayer, type TileSetName} from './tileLayer';
import {createZoneLabelsLayer, type ZoneLabelsLayer} from './zoneLabelsLayer';
import {
  assetStyleFunction,
  complaintStyleFunction,
  gapStyleFunction,
  roadStyleFunction,
  zoneStyleFunction,
} from './tileStyles';

/** Keys of the layer panel and of the test hook's counts. */
export type LayerId = 'zones' | 'roads' | 'reach' | 'gaps' | 'heatmap' | 'assets' | 'complaints' | 'overdue' | 'shops';

export interface LayerEntry {
  id: LayerId;
  /** Chinese layer name for the panel and the status line. */
  label: string;
  /** Chinese measure word for counts: 24 个, 100 条, 520 件. */
  unit: string;
  layer: BaseLayer;
  /** Set for vector-tile layers: the tile set its source reads. */
  tiles?: TileSetName;
  /** Drawn above every layer (the zone and road names); shown and hidden with `layer`. */
  labels?: ZoneLabelsLayer | RoadLabelsLayer;
}

/** The catalog plus the handles the analysis panel and the legend need. */
export interface LayerCatalog {
  entries: LayerEntry[];
  zones: TileLayer;
  zoneLabels: ZoneLabelsLayer;
  roadLabels: RoadLabelsLayer;
  heatmap: HeatmapLayer;
  overdue: OverdueLayer;
  reach: ReachLayer;
  /** The zone level filled in its owner's colour (the others are outlined). */
  ownerLevel: {get(): string; set(level: string): void};
}

/** Shops show from street level: a 10 m frontage is under 2 px below z15. */
export const SHOP_MIN_ZOOM = 15;

/**
 * The layers in drawing order, bottom first: areas under roads under gaps and heat
 * under points, so no symbol is hidden by a polygon. Reach areas, gaps and heat start hidden:
 * they are analyses a planner switches on, and each costs the server a computation.
 */
export function createLayerCatalog(): LayerCatalog {
  let ownerLevel = 'village';
  const zones = createTileLayer('zones', 'zones', zoneStyleFunction(() => ownerLevel));
  const labels = createZoneLabelsLayer();
  const roadLabels = createRoadLabelsLayer();
  const heatmap = createHeatmapLayer();
  const overdue = createOverdueLayer();
  const reach = createReachLayer();
  const entries: LayerEntry[] = [
    {id: 'zones', label: '片区', unit: '个', layer: zones, tiles: 'zones', labels},
    {id: 'roads', label: '道路', unit: '条', layer: createTileLayer('roads', 'roads', roadStyleFunction), tiles: 'roads', labels: roadLabels},
    // Under the gaps: the hatched land beyond reach stays readable over the tinted areas.
    {id: 'reach', label: '服务范围', unit: '处', layer: reach},
    {id: 'gaps', label: '覆盖缺口', unit: '处', layer: createTileLayer('gaps', 'gaps', gapStyleFunction, {visible: false}), tiles: 'gaps'},
    {id: 'heatmap', label: '投诉热力', unit: '件', layer: heatmap},
    // 门店 and their 门前三包 bands: above the roads they lie on, under the assets and complaints.
    {id: 'shops', label: '门店', unit: '家', layer: createTileLayer('shops', 'shops', shopStyleFunction, {minZoom: SHOP_MIN_ZOOM}), tiles: 'shops'},
    {id: 'assets', label: '设施', unit: '处', layer: createTileLayer('assets', 'assets', assetStyleFunction), tiles: 'assets'},
    {id: 'complaints', label: '未结投诉', unit: '件', layer: createTileLayer('complaints', 'complaints', complaintStyleFunction), tiles: 'complaints'},
    {id: 'overdue', label: '超期投诉', unit: '件', layer: overdue},
  ];
  return {
    entries,
    zones,
    zoneLabels: labels,
    roadLabels,
    heatmap,
    overdue,
    reach,
    ownerLevel: {
      get: () => ownerLevel,
      set(level) {
        ownerLevel = level;
        zones.changed();
      },
    },
  };
}

/**
 * Every layer of the catalog in drawing order, the names last: road names, then zone names on
 * top (decluttered together, the upper layer wins a collision, and a zone name says more).
 */
export function layersInDrawingOrder(catalog: LayerCatalog): BaseLayer[] {
  return [...catalog.entries.map((e) => e.layer), ...catalog.entries.flatMap((e) => (e.labels ? [e.labels] : [])).reverse()];
}
