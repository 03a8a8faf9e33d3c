import type Feature from 'ol/Feature';
import type LineString from 'ol/geom/LineString';
import Draw from 'ol/interaction/Draw';
import Snap from 'ol/interaction/Snap';
import VectorLayer from 'ol/layer/Vector';
import type MapBrowserEvent from 'ol/MapBrowserEvent';
import {toLonLat} from 'ol/proj';
import VectorSource from 'ol/source/Vector';
import {claimClicks, emit, type App} from '../../app/app';
import {CREATE_ASSET, createAssetVariables, createRoadMutation, createRoadVariables, roadSavedMessage} from '../../api/networkWrites';
import {describePayloadErrors, type PayloadError} from '../../api/payloadErrors';
import {roundDegrees} from '../../map/lonLat';
import {type AssetFormValues, createNetworkPanel, type RoadFormValues} from './networkPanel';
import {loadRoadsInView} from './roadsInView';
import {snapToRoad, SNAP_PIXELS, type XY} from './snapToRoad';
import {townshipAt} from './townshipAt';

const PAYLOAD_FIELDS = `query CreateRoadPayloadFields { __type(name: "CreateRoadPayload") { fields { name } } }`;
const UNITS = `query MaintainerUnits { units { id name } }`;

type Payload = {errors: PayloadError[]};
const lonLatOf = (xy: number[]): [number, number] => toLonLat(xy).map(roundDegrees) as [number, number];

/**
 * 新增部件 and 新增道路 for a planner: the roads in view are read (and drawn dashed) so a
 * new asset lands on the nearest one within 15 px and a new road snaps to their vertices
 * and segments (where the server splits it at the junctions).
 */
export function createNetworkTools(app: App) {
  const roads = new VectorSource<Feature>();
  const roadLayer = new VectorLayer({source: roads, style: {'stroke-color': 'rgba(234,88,12,0.9)', 'stroke-width': 3, 'stroke-line-dash': [6, 4]}, zIndex: 900});
  let stop: (() => void) | null = null;
  const panel = createNetworkPanel(app.element('tools'), {placeAsset: (v) => void placeAsset(v), drawRoad: (v) => void drawRoad(v), cancel});
  app.graphql<{units: {id: string; name: string}[]}>(UNITS).then((d) => panel.setUnits(d.units), () => undefined);

  function cancel(): void {
    stop?.();
    stop = null;
    panel.setState('idle');
  }

  /** Read the roads in view and take the map's clicks; `stop` undoes both and whatever `more` added. */
  async function prepare(more: () => void): Promise<boolean> {
    cancel();
    panel.say(['正在读取当前视图内的道路 …'], 'info');
    try {
      roads.clear();
      roads.addFeatures(await loadRoadsInView(app.graphql, app.map.getView().calculateExtent(app.map.getSize())));
    } catch (error) {
      panel.say([`读取道路失败：${(error as Error).message}`], 'error');
      return false;
    }
    app.map.addLayer(roadLayer);
    // On a phone the panel sits below the map: bring the map back into sight for the clicks.
    (app.map.getTargetElement() as HTMLElement | null)?.scrollIntoView({block: 'nearest'});
    const release = claimClicks(app, 'network');
    stop = () => { more(); release(); app.map.removeLayer(roadLayer); };
    return true;
  }

  async function placeAsset(values: AssetFormValues): Promise<void> {
    const onClick = (e: MapBrowserEvent) => void placeAt(values, e.coordinate as XY);
    if (!await prepare(() => app.map.un('singleclick', onClick))) return;
    app.map.on('singleclick', onClick);
    panel.setState('placing');
    panel.say(['在地图上单击部件的位置；离道路 15 像素以内会吸附到道路上。'], 'info');
  }

  async function placeAt(values: AssetFormValues, clicked: XY): Promise<void> {
    const lines = roads.getFeatures().map((f) => ({id: String(f.getId()), coordinates: (f.getGeometry() as LineString).getCoordinates() as XY[]}));
    const {point, roadId} = snapToRoad(clicked, lines, SNAP_PIXELS * app.map.getView().getResolution()!);
    const lonLat = lonLatOf(point);
    await save(async () => {
      const township = await townshipAt(app.graphql, lonLat);
      if (!township) return ['这里不在任何片区内，部件要放在本镇范围内。请换一个位置。'];
      const data = await app.graphql<{createAsset: Payload & {asset: {id: string} | null}}>(CREATE_ASSET,
        createAssetVariables({...values, townshipCode: township, point: lonLat, roadId}));
      const {errors, asset} = data.createAsset;
      if (errors.length) return describePayloadErrors(errors, `部件“${values.identifier.trim()}”`).messages;
      emit(app, 'network-changed', {layers: ['assets']});
      emit(app, 'select', {kind: 'asset', id: asset!.id});
      return `已新增部件“${values.identifier.trim()}”${roadId ? `，位于道路“${roads.getFeatureById(roadId)?.get('name') ?? ''}”上` : ''}。`;
    });
  }

  async function drawRoad(values: RoadFormValues): Promise<void> {
    const draw = new Draw({type: 'LineString', snapTolerance: 10});
    const snap = new Snap({source: roads, pixelTolerance: 10});
    if (!await prepare(() => { app.map.removeInteraction(draw); app.map.removeInteraction(snap); })) return;
    draw.on('drawend', (e) => {
      const line = (e.feature.getGeometry() as LineString).getCoordinates().map(lonLatOf);
      void saveRoad(values, line);
    });
    // Snap goes last: it must see pointer events before Draw does.
    app.map.addInteraction(draw);
    app.map.addInteraction(snap);
    panel.setState('drawing');
    panel.say(['单击加点画出道路，双击结束；靠近已有道路的顶点或边会自动吸附，保存时在路口拆分。'], 'info');
  }

  async function saveRoad(values: RoadFormValues, line: [number, number][]): Promise<void> {
    await save(async () => {
      const township = await townshipAt(app.graphql, line[0]);
      if (!township) return ['道路起点不在任何片区内，请在本镇范围内画线。'];
      const fields = new Set((await app.graphql<{__type: {fields: {name: string}[]} | null}>(PAYLOAD_FIELDS)).__type?.fields.map((f) => f.name));
      const data = await app.graphql<{createRoad: Payload & {road: {id: string} | null; roads?: unknown[]; splitRoads?: unknown[]}}>(
        createRoadMutation(fields), createRoadVariables({...values, townshipCode: township, line}));
      const {errors, road, roads: pieces, splitRoads} = data.createRoad;
      if (errors.length) return describePayloadErrors(errors, `道路“${values.name.trim()}”`).messages;
      emit(app, 'network-changed', {layers: ['roads']});
      emit(app, 'select', {kind: 'road', id: road!.id});
      return roadSavedMessage(values.name, pieces, splitRoads);
    });
  }

  /** Run one save: a string is the success sentence, an array the errors to show (the tool stays on to try again). */
  async function save(run: () => Promise<string | string[]>): Promise<void> {
    panel.setState('saving');
    panel.say(['正在保存 …'], 'info');
    try {
      const outcome = await run();
      if (Array.isArray(outcome)) {
        panel.say(outcome, 'error');
        panel.setState('failed');
        return;
      }
      cancel();
      panel.nextCodes();
      panel.say([outcome], 'ok');
      app.status.done(outcome);
      panel.setState('saved');
    } catch (error) {
      panel.say([(error as Error).message], 'error');
      panel.setState('failed');
    }
  }

  return {
    destroy(): void {
      cancel();
      panel.destroy();
    },
  };
}
