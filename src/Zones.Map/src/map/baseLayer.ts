import TileLayer from 'ol/layer/Tile';
import XYZ from 'ol/source/XYZ';
import type {MapConfig} from './mapConfig';

/**
 * The base map, or null when the server configures none. Townships often run
 * without internet, so the default is no online tiles at all: a plain background
 * is better than a grid of failed tile requests.
 */
export function createBaseLayer(config: MapConfig): TileLayer<XYZ> | null {
  if (config.baseMapUrl === null) return null;
  return new TileLayer({
    source: new XYZ({
      url: config.baseMapUrl,
      attributions: config.baseMapAttribution ?? undefined,
      // No crossOrigin: most Chinese tile services send no CORS headers, and an
      // anonymous request would fail outright instead of just tainting the canvas.
      maxZoom: 18,
    }),
    properties: {id: 'base'},
  });
}
