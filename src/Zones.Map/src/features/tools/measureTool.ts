import type Map from 'ol/Map';
import Overlay from 'ol/Overlay';
import type {Coordinate} from 'ol/coordinate';
import LineString from 'ol/geom/LineString';
import Polygon from 'ol/geom/Polygon';
import type Geometry from 'ol/geom/Geometry';
import DoubleClickZoom from 'ol/interaction/DoubleClickZoom';
import Draw from 'ol/interaction/Draw';
import VectorLayer from 'ol/layer/Vector';
import {toLonLat} from 'ol/proj';
import VectorSource from 'ol/source/Vector';
import {formatArea, formatLength, lineLengthM, ringAreaM2} from './measureFormat';

export type MeasureKind = 'length' | 'area';

export interface MeasureTool {
  start(kind: MeasureKind): void;
  /** Ends the tool: the sketch and every result go away, double-click zooms again. */
  stop(): void;
  active(): MeasureKind | null;
}

const STYLE = {
  'stroke-color': '#db2777', 'stroke-width': 2.5, 'stroke-line-dash': [8, 5],
  'fill-color': 'rgba(219, 39, 119, 0.12)', 'circle-radius': 4, 'circle-fill-color': '#db2777',
};

/** What a sketch measures, in words: 米/公里 for lines, 平方米/亩/公顷 (and perimeter) for areas. */
export function describe(geometry: Geometry): string {
  if (geometry instanceof LineString) return formatLength(lineLengthM(geometry.getCoordinates().map((c) => toLonLat(c))));
  if (geometry instanceof Polygon) {
    const ring = geometry.getCoordinates()[0]!.map((c) => toLonLat(c));
    return `${formatArea(ringAreaM2(ring))}（周长 ${formatLength(lineLengthM(ring))}）`;
  }
  return '';
}

/**
 * 测距 / 测面: click the points, double-click (or click the first point of an area) to finish,
 * Esc to cancel the sketch. The figure follows the pointer while drawing and stays on the map at
 * the end. While the tool is on, a double-click never zooms: OL's DoubleClickZoom is switched off
 * and back on when the tool ends. `onResult` hears every finished measurement.
 */
export function createMeasureTool(map: Map, onResult: (text: string, kind: MeasureKind) => void): MeasureTool {
  const source = new VectorSource();
  const layer = new VectorLayer({source, style: STYLE, zIndex: 1e6, properties: {id: 'measure'}});
  const overlays: Overlay[] = [];
  let draw: Draw | null = null;
  let kind: MeasureKind | null = null;
  const zooms = () => map.getInteractions().getArray().filter((i) => i instanceof DoubleClickZoom);

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && draw) draw.abortDrawing();
  };

  function label(at: Coordinate, text: string, live: boolean): Overlay {
    const element = document.createElement('div');
    element.className = live ? 'measure-label measure-live' : 'measure-label';
    element.textContent = text;
    const overlay = new Overlay({element, position: at, positioning: 'bottom-center', offset: [0, -10], stopEvent: false});
    map.addOverlay(overlay);
    overlays.push(overlay);
    return overlay;
  }

  function begin(next: MeasureKind) {
    if (draw) map.removeInteraction(draw);
    kind = next;
    draw = new Draw({source, type: next === 'length' ? 'LineString' : 'Polygon', style: STYLE});
    let live: Overlay | null = null;
    draw.on('drawstart', (e) => {
      live = label(map.getView().getCenter()!, '', true);
      e.feature.getGeometry()!.on('change', (g) => {
        const geometry = g.target as LineString | Polygon;
        live!.getElement()!.textContent = describe(geometry);
        live!.setPosition(geometry instanceof LineString ? geometry.getLastCoordinate() : geometry.getInteriorPoint().getCoordinates());
      });
    });
    draw.on('drawend', (e) => {
      const text = describe(e.feature.getGeometry()!);
      live?.getElement()?.classList.remove('measure-live');
      if (live) live.getElement()!.textContent = text;
      live = null;
      onResult(text, next);
    });
    draw.on('drawabort', () => {
      if (live) {
        map.removeOverlay(live);
        live = null;
      }
    });
    map.addInteraction(draw);
  }

  return {
    start(next) {
      if (!kind) {
        map.addLayer(layer);
        zooms().forEach((i) => i.setActive(false));
        document.addEventListener('keydown', onKey);
      }
      begin(next);
    },
    stop() {
      if (!kind) return;
      if (draw) map.removeInteraction(draw);
      draw = null;
      kind = null;
      source.clear();
      overlays.splice(0).forEach((o) => map.removeOverlay(o));
      map.removeLayer(layer);
      document.removeEventListener('keydown', onKey);
      // After the dblclick that may have ended the last sketch has passed.
      setTimeout(() => zooms().forEach((i) => i.setActive(true)), 300);
    },
    active: () => kind,
  };
}

