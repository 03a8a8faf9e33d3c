import Map from 'ol/Map';
import View from 'ol/View';
import Attribution from 'ol/control/Attribution';
import ScaleLine from 'ol/control/ScaleLine';
import Zoom from 'ol/control/Zoom';
import type BaseLayer from 'ol/layer/Base';
import {fromLonLat} from 'ol/proj';
import {createBaseLayer} from './baseLayer';
import {createBaseMapSwitcher} from './baseMapSwitcher';
import {guardDoubleClickZoom} from './drawGuard';
import type {MapConfig} from './mapConfig';

/** Before the zones arrive (or when there are none): the whole of China. */
const FALLBACK_CENTER: [number, number] = [105, 35];
const FALLBACK_ZOOM = 4;

/**
 * The OL map in Web Mercator (EPSG:3857): the projection of XYZ base maps and of
 * Tianditu's `_w` set; the 4326 data is reprojected by the GeoJSON reader.
 */
export function createMap(target: HTMLElement, config: MapConfig, layers: BaseLayer[]): Map {
  const base = createBaseLayer(config);
  const map = new Map({
    target,
    layers: base ? [base, ...layers] : layers,
    controls: [
      new Zoom({zoomInTipLabel: '放大', zoomOutTipLabel: '缩小'}),
      new ScaleLine({units: 'metric'}),
      new Attribution({tipLabel: '数据来源', collapsible: true}),
      ...(base ? [createBaseMapSwitcher(base, config)] : []),
    ],
    view: new View({
      center: fromLonLat(config.center ?? FALLBACK_CENTER),
      zoom: config.zoom ?? FALLBACK_ZOOM,
      maxZoom: 21,
    }),
  });
  guardDoubleClickZoom(map);
  return map;
}
