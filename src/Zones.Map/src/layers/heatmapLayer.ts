import type Feature from 'ol/Feature';
import GeoJSON from 'ol/format/GeoJSON';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import Fill from 'ol/style/Fill';
import Style from 'ol/style/Style';
import {heatColor} from './heatRamp';

/** One cell of the complaint heat map: its polygon (GeoJSON, WGS84) and 0..1 intensity. */
export interface HeatCell {
  count: number;
  weight: number;
  intensity: number;
  geometry: unknown;
}

export type HeatmapLayer = VectorLayer<VectorSource<Feature>>;

// 20 steps are indistinguishable from a continuous ramp and keep the styles shared.
const styles = new Map<number, Style>();

function cellStyle(intensity: unknown): Style {
  const step = Math.round(Math.min(1, Math.max(0, Number(intensity) || 0)) * 20);
  let style = styles.get(step);
  if (!style) {
    style = new Style({fill: new Fill({color: heatColor(step / 20)})});
    styles.set(step, style);
  }
  return style;
}

/**
 * Cells drawn as filled polygons, not an OL Heatmap: no WebGL needed, the cell is the
 * server's count (no blur inventing heat where there is none), and a clerk can click it.
 */
export function createHeatmapLayer(): HeatmapLayer {
  return new VectorLayer({
    source: new VectorSource<Feature>(),
    style: (f) => cellStyle(f.get('intensity')),
    visible: false,
    opacity: 1,
    properties: {id: 'heatmap'},
  });
}

const format = new GeoJSON({dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857'});

/** Replace the cells; a cell with no weight is not drawn at all. */
export function showHeatCells(layer: HeatmapLayer, cells: HeatCell[]): void {
  const features = cells
    .filter((c) => c.intensity > 0)
    .map((c) => {
      const feature = format.readFeature({type: 'Feature', geometry: c.geometry, properties: {}}) as Feature;
      feature.setProperties({count: c.count, weight: c.weight, intensity: c.intensity});
      return feature;
    });
  const source = layer.getSource()!;
  source.clear(true);
  source.addFeatures(features);
}
