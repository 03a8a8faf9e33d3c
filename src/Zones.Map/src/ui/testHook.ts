import type {FeatureLike} from 'ol/Feature';
import type Map from 'ol/Map';
import type BaseLayer from 'ol/layer/Base';
import type VectorLayer from 'ol/layer/Vector';
import type VectorSource from 'ol/source/Vector';
import {fromLonLat} from 'ol/proj';
import type {LayerCounts} from '../map/loadLayers';

/** Read by the browser tests (e2e/); not an API for other scripts. */
export interface ZonesTestHook {
  ready: boolean;
  counts?: LayerCounts;
  error?: string;
  /** Milliseconds from navigation start to the first complete frame. */
  firstRenderMs?: number;
  /** The CSS pixel of a WGS84 lon/lat in the map viewport, or null when not rendered yet. */
  pixelOf?(lon: number, lat: number): [number, number] | null;
  /** Fit the view to a WGS84 [west, south, east, north]. */
  fitLonLat?(bounds: [number, number, number, number]): void;
  /** Draw the current state now (after a layer's data arrived), so a screenshot shows it. */
  render?(): void;
  /** The reach areas (服务范围) drawn over a WGS84 lon/lat: kind and method of each. */
  reachAt?(lon: number, lat: number): {kind: string; method: string}[];
  /** The zones drawn for the chosen day (date control) at a WGS84 lon/lat: name, level and the owner shown then. */
  asOfAt?(lon: number, lat: number): {name: string; level: string; owner: string | null}[];
  /** Centre the view on a WGS84 lon/lat at `zoom`. */
  setView?(lon: number, lat: number, zoom: number): void;
  /** The view's zoom now. */
  zoom?(): number;
  /** Properties (no geometry) of what a layer of the catalog draws in the view now, tile pieces included. */
  featuresInView?(layer: string): Record<string, unknown>[];
  /** The road names the road-label layer writes along the roads in view now. */
  roadLabels?(): string[];
  /** Emit `show-panel` for a section id, as a feature module would. */
  showPanel?(id: string): void;
}

declare global {
  interface Window {
    __zones?: ZonesTestHook;
  }
}

/** Expose the coordinate helpers as soon as the map exists. */
export function exposeMap(map: Map): void {
  window.__zones = {
    ...window.__zones,
    ready: window.__zones?.ready ?? false,
    pixelOf(lon, lat) {
      const pixel = map.getPixelFromCoordinate(fromLonLat([lon, lat]));
      return pixel ? [pixel[0], pixel[1]] : null;
    },
    fitLonLat([w, s, e, n]) {
      map.getView().fit([...fromLonLat([w, s]), ...fromLonLat([e, n])]);
    },
    render() {
      map.renderSync();
    },
    setView(lon, lat, zoom) {
      map.getView().setCenter(fromLonLat([lon, lat]));
      map.getView().setZoom(zoom);
    },
    zoom: () => map.getView().getZoom() ?? 0,
  };
}

/** Lets the tests open a panel the way a feature module does (app.ts `show-panel`). */
export function exposeShowPanel(showPanel: (id: string) => void): void {
  window.__zones = {...window.__zones, ready: window.__zones?.ready ?? false, showPanel};
}

/** The catalog's layers for the tests that ask what is drawn (map/watchView.ts keeps the labels). */
export function exposeLayers(layers: {id: string; layer: BaseLayer}[], roadLabels: VectorLayer<VectorSource>, inView: (layer: BaseLayer) => FeatureLike[] | null): void {
  window.__zones = {
    ...window.__zones,
    ready: window.__zones?.ready ?? false,
    featuresInView(id) {
      const layer = layers.find((l) => l.id === id)?.layer;
      return (layer ? inView(layer) ?? [] : []).map((f) => {
        const {geometry: _, ...properties} = f.getProperties();
        return properties;
      });
    },
    roadLabels: () => (roadLabels.isVisible() ? roadLabels.getSource()?.getFeatures().map((f) => String(f.get('name'))) ?? [] : []),
  };
}

/**
 * Tell the end-to-end tests that the first view of every visible layer is complete,
 * so they wait on state rather than on timers or render events (MAP-NOTES §6.4).
 */
export function markMapReady(counts: LayerCounts): void {
  window.__zones = {...window.__zones, ready: true, counts, firstRenderMs: Math.round(performance.now())};
  document.body.dataset.mapReady = 'true';
}

/** Later counts (after a pan or a layer switch) for tests that move the map. */
export function updateCounts(counts: LayerCounts): void {
  if (window.__zones) window.__zones.counts = counts;
}

/**
 * State of an analysis layer for the tests: 'loading', 'ready' or 'error' in
 * `data-<name>` on <body> (e.g. data-heatmap="ready").
 */
export function markLayerState(name: 'heatmap' | 'overdue' | 'gaps' | 'reach' | 'notices', state: 'loading' | 'ready' | 'error'): void {
  document.body.dataset[name] = state;
}

/** Lets the tests ask which reach areas cover a point (features/analysis/reachPanel.ts). */
export function exposeReachAt(reachAt: NonNullable<ZonesTestHook['reachAt']>): void {
  window.__zones = {...window.__zones, ready: window.__zones?.ready ?? false, reachAt};
}

export function markMapError(message: string, detail: string): void {
  window.__zones = {...window.__zones, ready: false, error: message};
  document.body.dataset.mapErrorDetail = detail;
  // Set last: the tests stop waiting as soon as this attribute appears.
  document.body.dataset.mapError = message;
}
