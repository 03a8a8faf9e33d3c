import Collection from 'ol/Collection';
import Feature from 'ol/Feature';
import Point from 'ol/geom/Point';
import Translate from 'ol/interaction/Translate';
import VectorLayer from 'ol/layer/Vector';
import {fromLonLat, toLonLat} from 'ol/proj';
import VectorSource from 'ol/source/Vector';
import {type App, claimClicks} from '../../app/app';

/**
 * 移动: the asset as a large handle on the map that the planner drags to its new place.
 * Clicks are claimed meanwhile, so a drag never opens another feature's details.
 * `finish()` removes everything and gives the new lon/lat (null when it never moved).
 */
export function startAssetMove(app: App, lonLat: [number, number]) {
  const feature = new Feature(new Point(fromLonLat(lonLat)));
  const layer = new VectorLayer({
    source: new VectorSource({features: [feature]}),
    style: {'circle-radius': 9, 'circle-fill-color': 'rgba(37,99,235,0.85)', 'circle-stroke-color': '#fff', 'circle-stroke-width': 3},
    zIndex: 1000,
  });
  const translate = new Translate({features: new Collection([feature]), hitTolerance: 6});
  let moved = false;
  translate.on('translateend', () => { moved = true; });
  app.map.addLayer(layer);
  app.map.addInteraction(translate);
  const release = claimClicks(app, 'asset-move');
  (window as unknown as {__zonesAssetMove?: unknown}).__zonesAssetMove = {moved: () => moved};
  return {
    finish(): [number, number] | null {
      app.map.removeInteraction(translate);
      app.map.removeLayer(layer);
      release();
      delete (window as unknown as {__zonesAssetMove?: unknown}).__zonesAssetMove;
      return moved ? toLonLat((feature.getGeometry() as Point).getCoordinates()) as [number, number] : null;
    },
  };
}
