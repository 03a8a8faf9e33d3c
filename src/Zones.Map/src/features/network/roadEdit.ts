import Collection from 'ol/Collection';
import Feature from 'ol/Feature';
import {buffer, extend, type Extent} from 'ol/extent';
import LineString from 'ol/geom/LineString';
import Modify from 'ol/interaction/Modify';
import Snap from 'ol/interaction/Snap';
import VectorLayer from 'ol/layer/Vector';
import {toLonLat} from 'ol/proj';
import VectorSource from 'ol/source/Vector';
import {claimClicks, type App} from '../../app/app';
import type {RoadForUpdate} from '../../api/networkWrites';
import {CommandStack, type Coords} from '../editing/commandStack';
import {followJunctions, rotate, rotationPivot, toSavedLonLat} from './roadGeometry';
import {loadRoadsAround, type LoadedRoad} from './roadsAround';
import {SNAP_PIXELS, type XY} from './snapToRoad';

export type RoadEditMode = 'shape' | 'rotate';

/** What a finished edit saves: each changed road with its line in lon/lat. */
export type RoadUpdates = {road: RoadForUpdate; line: [number, number][]}[];

const EDITED = {'stroke-color': 'rgba(37,99,235,0.95)', 'stroke-width': 5, 'circle-radius': 6, 'circle-fill-color': '#2563eb'};
const JOINED = {'stroke-color': 'rgba(234,88,12,0.95)', 'stroke-width': 4};
const OTHERS = {'stroke-color': 'rgba(100,116,139,0.7)', 'stroke-width': 2, 'stroke-line-dash': [6, 4]};

const lineOf = (f: Feature) => (f.getGeometry() as LineString).getCoordinates() as XY[];

/**
 * 编辑形状 / 旋转 of one road segment on the map. The segment (blue) gets an ol Modify that
 * snaps to the other roads' vertices and edges (grey, dashed); the roads that meet it at a
 * junction (orange) follow its moved ends live, because the road graph joins roads only where
 * their ends are the very same point. 旋转 turns the line about its junction end (or its middle).
 * `updates()` gives every changed road for one updateRoads call (all saved or none).
 */
export async function startRoadEdit(app: App, roadId: string, near: Extent, mode: RoadEditMode) {
  const view = app.map.getView().calculateExtent(app.map.getSize());
  const roads = await loadRoadsAround(app.graphql, buffer(extend(view.slice(), near), 50));
  const road = roads.find((r) => r.id === roadId);
  if (!road) throw new Error('这条路段已不在（可能已被撤销或拆分），请重新加载详情。');
  const joinedNodes = new Set([road.startNode, road.endNode].filter((n): n is string => n !== null));
  const partners = roads.filter((r) => r.id !== roadId && [r.startNode, r.endNode].some((n) => n !== null && joinedNodes.has(n)));
  const feature = (r: LoadedRoad) => { const f = new Feature(new LineString(r.coordinates)); f.setId(r.id); return f; };
  const edited = feature(road);
  const partnerFeatures = new Map(partners.map((r) => [r.id, feature(r)]));
  const others = new VectorSource({features: roads.filter((r) => r.id !== roadId && !partnerFeatures.has(r.id)).map(feature)});
  const layers = [
    new VectorLayer({source: others, style: OTHERS, zIndex: 998}),
    new VectorLayer({source: new VectorSource({features: [...partnerFeatures.values()]}), style: JOINED, zIndex: 999}),
    new VectorLayer({source: new VectorSource({features: [edited]}), style: EDITED, zIndex: 1000}),
  ];
  const follow = () => followJunctions(road, road.loaded, lineOf(edited), partners);
  edited.getGeometry()!.on('change', () => {
    for (const p of partners) (partnerFeatures.get(p.id)!.getGeometry() as LineString).setCoordinates(p.loaded);
    for (const moved of follow()) (partnerFeatures.get(moved.id)!.getGeometry() as LineString).setCoordinates(moved.coordinates);
  });

  const history = new CommandStack();
  const interactions: (Modify | Snap)[] = [];
  let pivot: XY | null = null;
  if (mode === 'shape') {
    const modify = new Modify({features: new Collection([edited]), pixelTolerance: SNAP_PIXELS});
    let before: XY[] = lineOf(edited);
    modify.on('modifystart', () => { before = lineOf(edited); });
    modify.on('modifyend', () => history.push([{key: roadId, before: before as unknown as Coords, after: lineOf(edited) as unknown as Coords}]));
    // Snap goes last: it must see pointer events before Modify does.
    interactions.push(modify, new Snap({source: others, pixelTolerance: SNAP_PIXELS}));
  } else {
    pivot = rotationPivot(road, (n) => n !== null && partners.some((p) => p.startNode === n || p.endNode === n));
  }
  layers.forEach((l) => app.map.addLayer(l));
  interactions.forEach((i) => app.map.addInteraction(i));
  const release = claimClicks(app, 'road-edit');
  const apply = (coords: Coords | null) => { if (coords) (edited.getGeometry() as LineString).setCoordinates(coords as unknown as XY[]); };

  return {
    /** Null in 旋转 mode when both ends meet other roads: turning would tear the junctions apart. */
    pivot,
    partners: partners.length,
    /** 旋转: the line turned by `degrees` from where it was loaded. */
    turn(degrees: number): void {
      if (pivot) apply(rotate(road.loaded, pivot, degrees) as unknown as Coords);
    },
    undo(): boolean { const c = history.undo(); c?.forEach((x) => apply(x.before)); return !!c; },
    redo(): boolean { const c = history.redo(); c?.forEach((x) => apply(x.after)); return !!c; },
    /** Every road the edit changed (the segment first), or [] when nothing moved. */
    updates(): RoadUpdates {
      const project = (xy: XY) => toLonLat(xy);
      const line = lineOf(edited);
      if (line.every((p, i) => road.loaded[i] && p[0] === road.loaded[i][0] && p[1] === road.loaded[i][1]) && line.length === road.loaded.length) return [];
      return [{road, line: toSavedLonLat(line, road.loaded, road.lonLat, project)},
        ...follow().map((m) => {
          const p = partners.find((x) => x.id === m.id)!;
          return {road: p, line: toSavedLonLat(m.coordinates, p.loaded, p.lonLat, project)};
        })];
    },
    finish(): void {
      interactions.forEach((i) => app.map.removeInteraction(i));
      layers.forEach((l) => app.map.removeLayer(l));
      release();
    },
  };
}

export type RoadEditSession = Awaited<ReturnType<typeof startRoadEdit>>;
