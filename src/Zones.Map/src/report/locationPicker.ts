import Feature from 'ol/Feature';
import Map from 'ol/Map';
import View from 'ol/View';
import Point from 'ol/geom/Point';
import VectorLayer from 'ol/layer/Vector';
import VectorTileLayer from 'ol/layer/VectorTile';
import {fromLonLat, toLonLat, transformExtent} from 'ol/proj';
import VectorSource from 'ol/source/Vector';
import VectorTileSource from 'ol/source/VectorTile';
import MVT from 'ol/format/MVT';
import {createBaseLayer} from '../map/baseLayer';
import {DEFAULT_CONFIG, parseMapConfig} from '../map/mapConfig';
import type {PhoneCrs} from '../map/phonePosition';

/** A point shown on the map, always WGS84 lon/lat (the map's tiles and base maps are WGS84 / CGCS2000). */
export interface LonLat { lon: number; lat: number }

export interface LocationPicker {
  /** Put the marker at a WGS84 point and centre the map on it. */
  show(at: LonLat): void;
  /** Called with the WGS84 point when the reporter taps the map. */
  onTap(handler: (at: LonLat) => void): void;
  /** The datum the phone's position comes in (map-config's phonePositionCrs), for the GPS button. */
  phonePositionCrs: PhoneCrs;
}

// The township's roads and zone outlines from the server's own vector tiles: enough to find a street
// where the deployment configures no online base map (the demo, offline townships).
function outlineLayer(tiles: string, color: string, width: number): VectorTileLayer {
  return new VectorTileLayer({
    source: new VectorTileSource({format: new MVT(), url: `/tiles/${tiles}/{z}/{x}/{y}.mvt`, maxZoom: 16}),
    style: {'stroke-color': color, 'stroke-width': width},
  });
}

/**
 * The small map of the report page: the base map the planner map uses (GET /map-config.json), the roads and
 * zones, and one marker. A tap moves the marker; the page decides what that point means.
 */
export async function createLocationPicker(target: HTMLElement): Promise<LocationPicker> {
  const marker = new Feature<Point>();
  const markerLayer = new VectorLayer({
    source: new VectorSource({features: [marker]}),
    style: {'circle-radius': 9, 'circle-fill-color': '#dc2626', 'circle-stroke-color': '#fff', 'circle-stroke-width': 3},
  });
  const config = await fetch('/map-config.json').then((r) => r.json()).then(parseMapConfig).catch(() => null);
  const base = config ? createBaseLayer(config) : null;
  const view = new View({center: fromLonLat(config?.center ?? [119.8, 31.03]), zoom: config?.zoom ?? 13, maxZoom: 19});
  const map = new Map({
    target,
    layers: [...(base ? [base] : []), outlineLayer('zones', '#64748b', 1), outlineLayer('roads', '#94a3b8', 2), markerLayer],
    view,
    controls: [],
  });
  fitToRoads(view).catch(() => undefined);
  let tapped: (at: LonLat) => void = () => undefined;
  map.on('click', (e) => {
    const [lon, lat] = toLonLat(e.coordinate);
    tapped({lon, lat});
  });
  return {
    show(at) {
      marker.setGeometry(new Point(fromLonLat([at.lon, at.lat])));
      view.animate({center: fromLonLat([at.lon, at.lat]), zoom: Math.max(view.getZoom() ?? 16, 16), duration: 250});
    },
    onTap(handler) { tapped = handler; },
    phonePositionCrs: config?.phonePositionCrs ?? DEFAULT_CONFIG.phonePositionCrs,
  };
}

/** Start over the area that has roads, until the reporter's position or tap moves the view. */
async function fitToRoads(view: View): Promise<void> {
  const tileJson = await fetch('/tiles/roads.json').then((r) => r.json()) as {bounds?: number[]};
  if (Array.isArray(tileJson.bounds) && tileJson.bounds.length === 4 && view.getZoom() === 13) {
    view.fit(transformExtent(tileJson.bounds, 'EPSG:4326', 'EPSG:3857'), {padding: [10, 10, 10, 10], maxZoom: 15});
  }
}
