import Collection from 'ol/Collection';
import Feature from 'ol/Feature';
import type LineString from 'ol/geom/LineString';
import Point from 'ol/geom/Point';
import Translate from 'ol/interaction/Translate';
import VectorLayer from 'ol/layer/Vector';
import {fromLonLat, toLonLat} from 'ol/proj';
import VectorSource from 'ol/source/Vector';
import {type App, claimClicks} from '../../app/app';
import {roundDegrees} from '../../map/lonLat';
import {loadRoadsInView} from '../network/roadsInView';
import {snapToRoad, SNAP_PIXELS, type XY} from '../network/snapToRoad';

/** Where the asset was dropped, and the road it landed on when it snapped to one. */
export interface AssetDrop { point: [number, number]; roadId: string | null }

/**
 * 移动: the asset as a large handle on the map that the planner drags to its new place.
 * Dropped within 15 px of a road it lands on the road (as 新增部件 does) and is linked to it;
 * elsewhere it stays exactly where it was dropped. Clicks are claimed meanwhile, so a drag
 * never opens another feature's details. `finish()` removes everything and gives the drop
 * (null when it never moved).
 */
export function startAssetMove(app: App, lonLat: [number, number]) {
  const feature = new Feature(new Point(fromLonLat(lonLat)));
  const roads = new VectorSource<Feature>();
  const layer = new VectorLayer({
    source: new VectorSource({features: [feature]}),
    style: {'circle-radius': 9, 'circle-fill-color': 'rgba(37,99,235,0.85)', 'circle-stroke-color': '#fff', 'circle-stroke-width': 3},
    zIndex: 1000,
  });
  loadRoadsInView(app.graphql, app.map.getView().calculateExtent(app.map.getSize())).then((f) => roads.addFeatures(f), () => undefined);
  const translate = new Translate({features: new Collection([feature]), hitTolerance: 6});
  let drop: AssetDrop | null = null;
  translate.on('translateend', (e) => {
    const lines = roads.getFeatures().map((f) => ({id: String(f.getId()), coordinates: (f.getGeometry() as LineString).getCoordinates() as XY[]}));
    const {point, roadId} = snapToRoad(e.coordinate as XY, lines, SNAP_PIXELS * app.map.getView().getResolution()!);
    (feature.getGeometry() as Point).setCoordinates(point);
    drop = {point: toLonLat(point).map(roundDegrees) as [number, number], roadId};
  });
  app.map.addLayer(layer);
  app.map.addInteraction(translate);
  const release = claimClicks(app, 'asset-move');
  (window as unknown as {__zonesAssetMove?: unknown}).__zonesAssetMove = {moved: () => drop !== null};
  return {
    finish(): AssetDrop | null {
      app.map.removeInteraction(translate);
      app.map.removeLayer(layer);
      release();
      delete (window as unknown as {__zonesAssetMove?: unknown}).__zonesAssetMove;
      return drop;
    },
  };
}
