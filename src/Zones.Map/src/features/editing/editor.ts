import type Feature from 'ol/Feature';
import type LineString from 'ol/geom/LineString';
import type MultiPolygon from 'ol/geom/MultiPolygon';
import type Polygon from 'ol/geom/Polygon';
import type Interaction from 'ol/interaction/Interaction';
import Draw from 'ol/interaction/Draw';
import Modify from 'ol/interaction/Modify';
import Snap from 'ol/interaction/Snap';
import VectorSource from 'ol/source/Vector';
import {toLonLat} from 'ol/proj';
import {getCenter} from 'ol/extent';
import type MapBrowserEvent from 'ol/MapBrowserEvent';
import {claimClicks, emit, type App} from '../../app/app';
import {createEditLayer, createMarkerLayer, showMarkers} from './editLayers';
import {createEditPanel, type EditMode} from './editPanel';
import {EditSession} from './editSession';
import type {Marker} from './errorReport';
import {geoJson, toLonLatCoords} from '../../map/lonLat';
import {mergeZones, saveEdits, splitZone, type Outcome} from './saveEdits';
import {polygonSelfIntersections} from './selfIntersection';
import {installTestHook} from './testHook';
import {loadZonesInView} from './zonesInView';
import type {NewZoneForm} from './zoneMutations';

const SNAP_PIXELS = 10;

/**
 * The editing tools of a signed-in planner: the 编辑模式 session over the zones in view,
 * one tool (interaction set) at a time, undo/redo, and the server's answers on the map.
 */
export function createEditor(app: App) {
  const session = new EditSession();
  const markers = new VectorSource<Feature>();
  const picked: string[] = []; // merge selection, or the zone to split
  let mode: EditMode | null = null;
  let interactions: Interaction[] = [];
  let trace = false;
  let releaseClicks: (() => void) | null = null;
  let state = 'idle';
  const editLayer = createEditLayer(session.source, () => mode === 'modify', (f) => picked.includes(String(f.getId())));
  const markerLayer = createMarkerLayer(markers);
  const panel = createEditPanel(app.element('tools'), {
    enter: () => void enter(),
    exit: () => exit(false),
    mode: setMode,
    startDraw,
    trace: (on) => { trace = on; },
    undo: () => { session.undo(); afterChange(); },
    redo: () => { session.redo(); afterChange(); },
    save: () => void save(),
    discard: () => void reload('已放弃未保存的修改。'),
    reload: () => void reload('已重新加载最新的片区边界。'),
    merge: () => void merge(),
  });

  const setState = (s: string) => { state = s; };
  const zoneRef = (f: Feature) => ({id: String(f.getId()), version: f.get('version') as number, name: f.get('name') as string});

  async function enter(): Promise<void> {
    app.map.addLayer(editLayer);
    app.map.addLayer(markerLayer);
    panel.setEditing(true);
    document.addEventListener('keydown', onKey);
    app.map.on('singleclick', onClick);
    releaseClicks = claimClicks(app, 'editing');
    await reload('已进入编辑模式。');
  }

  /** Leave 编辑模式; `force` (signed out) drops unsaved work without asking. */
  function exit(force: boolean): void {
    if (!force && session.dirty && !confirm('有未保存的修改，确定放弃并退出编辑吗？')) return;
    setMode(null);
    app.map.removeLayer(editLayer);
    app.map.removeLayer(markerLayer);
    app.map.un('singleclick', onClick);
    document.removeEventListener('keydown', onKey);
    session.load([]);
    markers.clear();
    panel.setEditing(false);
    setState('idle');
    releaseClicks?.();
    releaseClicks = null;
  }

  /** (Re)load the zones in view; unsaved edits are dropped (放弃, 重新加载, after a save). */
  async function reload(done: string): Promise<void> {
    setState('loading');
    panel.showMessages(['正在读取当前视图内的片区 …'], 'info', false);
    try {
      const features = await loadZonesInView(app.graphql, app.map.getView().calculateExtent(app.map.getSize()));
      session.load(features);
      picked.length = 0;
      markers.clear();
      panel.setParents(parentOptions(), defaultParent());
      panel.showMessages([`${done}当前视图内 ${features.length} 个片区可编辑。`], 'ok', false);
      setState('ready');
    } catch (error) {
      panel.showMessages([error instanceof Error ? error.message : '读取片区失败，请稍后重试。'], 'error', false);
      setState('error');
    }
    if (mode) setMode(mode);
    afterChange();
  }

  function parentOptions() {
    const order = ['COUNTY', 'TOWNSHIP', 'AREA', 'VILLAGE', 'GROUP'];
    return session.zones()
      .filter((f) => f.get('level') !== 'GROUP')
      .map((f) => ({id: String(f.getId()), name: f.get('name') as string, level: f.get('level') as string}))
      .sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level) || a.name.localeCompare(b.name, 'zh-CN'));
  }

  /** The smallest zone under the view centre that can hold children: most likely where the planner draws. */
  function defaultParent(): string | undefined {
    const center = getCenter(app.map.getView().calculateExtent(app.map.getSize()));
    const under = session.zones().filter((f) => f.get('level') !== 'GROUP' && f.getGeometry()!.intersectsCoordinate(center));
    under.sort((a, b) => area(a) - area(b));
    return under[0] ? String(under[0].getId()) : undefined;
  }

  const area = (f: Feature) => (f.getGeometry() as Polygon | MultiPolygon).getArea();

  function setMode(next: EditMode | null): void {
    interactions.forEach((i) => app.map.removeInteraction(i));
    interactions = [];
    picked.length = 0;
    mode = next;
    panel.setMode(mode);
    if (mode === 'modify') {
      const modify = new Modify({source: session.source, pixelTolerance: SNAP_PIXELS});
      modify.on('modifyend', () => { session.commit(); afterChange(); });
      use(modify, new Snap({source: session.source, pixelTolerance: SNAP_PIXELS}));
    }
    panel.setMergeSelection(picked.map((id) => session.zone(id)?.get('name')));
    editLayer.changed();
  }

  // Snap goes last: it must see pointer events before Draw and Modify do.
  function use(...list: Interaction[]): void {
    interactions.push(...list);
    list.forEach((i) => app.map.addInteraction(i));
  }

  function startDraw(form: NewZoneForm): void {
    setMode('draw');
    const draw = new Draw({type: 'Polygon', trace, traceSource: session.source, snapTolerance: SNAP_PIXELS});
    draw.on('drawend', (e) => {
      session.addDrawn(e.feature, form);
      app.map.removeInteraction(draw);
      panel.showMessages([`已画好“${form.name.trim()}”，点“保存”提交；也可以继续编辑或撤销。`], 'info', false);
      afterChange();
    });
    use(draw, new Snap({source: session.source, pixelTolerance: SNAP_PIXELS}));
  }

  function onClick(e: MapBrowserEvent): void {
    if (mode !== 'split' && mode !== 'merge') return;
    // By geometry, not by rendered pixels: the outlines have no fill to hit. The innermost
    // zone wins: a click inside a 村 also lies inside its 片区 and 镇.
    const hits = session.zones().filter((f) => f.getGeometry()!.intersectsCoordinate(e.coordinate));
    const zone = hits.sort((a, b) => area(a) - area(b))[0];
    if (!zone) return;
    const id = String(zone.getId());
    if (mode === 'merge') {
      const at = picked.indexOf(id);
      if (at >= 0) picked.splice(at, 1);
      else picked.push(id);
      panel.setMergeSelection(picked.map((p) => session.zone(p)?.get('name')));
    } else if (picked.length === 0 && !interactions.length) {
      if (session.dirty) return panel.showMessages(['分割前请先保存或放弃未保存的修改。'], 'error', false);
      picked.push(id);
      startBlade(zone);
    }
    editLayer.changed();
  }

  function startBlade(zone: Feature): void {
    panel.showMessages([`画一条穿过“${zone.get('name')}”的分割线，双击结束。`], 'info', false);
    const draw = new Draw({type: 'LineString', snapTolerance: SNAP_PIXELS});
    draw.on('drawend', (e) => {
      const line = e.feature.getGeometry() as LineString;
      const blade = geoJson('LineString', toLonLatCoords(line.getCoordinates(), toLonLat));
      void finish(splitZone(app.graphql, zoneRef(zone), blade));
    });
    use(draw, new Snap({source: session.source, pixelTolerance: SNAP_PIXELS}));
  }

  async function merge(): Promise<void> {
    if (session.dirty) return panel.showMessages(['合并前请先保存或放弃未保存的修改。'], 'error', false);
    await finish(mergeZones(app.graphql, picked.map((id) => zoneRef(session.zone(id)!))));
  }

  async function save(): Promise<void> {
    const broken = session.brokenShares();
    if (broken.length > 0) {
      const points: Marker[] = broken.map((b) => ({kind: 'invalid', geometry: {type: 'Point', coordinates: toLonLat(b.vertex)}, label: '共用顶点被拆开'}));
      showMarkers(markers, points, 'local');
      const names = (id: string) => session.zone(id)?.get('name');
      return panel.showMessages([`“${names(broken[0].movedIn)}”与“${names(broken[0].keptIn)}”原来共用的顶点只在一边移动了（地图上红圈处），会留下空白或重叠。请撤销后重新拖动该顶点。`], 'error', false);
    }
    await finish(saveEdits(app.graphql, session));
  }

  /** Show a mutation's outcome: success → status line, refresh the layers, reload; failure → messages and markers. */
  async function finish(pending: Promise<Outcome>): Promise<void> {
    setState('saving');
    panel.showMessages(['正在提交 …'], 'info', false);
    const outcome = await pending;
    const ids = outcome.ok ? outcome.ids : outcome.savedIds;
    if (ids.length > 0) emit(app, 'zones-changed', {ids});
    if (outcome.ok) {
      app.status.done(outcome.summary);
      await reload(outcome.summary);
      offerOwners(outcome.created ?? []);
      setState('saved');
      return;
    }
    showMarkers(markers, outcome.report.markers, 'server');
    panel.showMessages(outcome.report.messages, 'error', outcome.report.reload);
    if (mode === 'split') setMode('split');
    setState('failed');
  }

  /**
   * A zone just drawn has no 包联 yet, so it is a 无责任人 gap: its details open with the
   * 指定责任人 form, and each new zone keeps a button for it under the message.
   */
  function offerOwners(created: {id: string; name: string}[]): void {
    if (!created.length) return;
    const assign = (id: string) => emit(app, 'assign-owner', {kind: 'zone', id});
    panel.addMessageActions(created.map((z) => ({text: `为“${z.name}”指定责任人`, action: 'assign-owner', run: () => assign(z.id)})));
    assign(created[0].id);
  }

  /**
   * After any change: button states, and the local self-intersection hint for every drawn or
   * changed zone (dashed marker; the server's answer on 保存 replaces it).
   */
  function afterChange(): void {
    const edited = session.editedKeys();
    panel.setButtons({canUndo: session.stack.canUndo, canRedo: session.stack.canRedo, dirty: edited.length > 0});
    const found = edited.flatMap((key) => {
      const g = session.source.getFeatureById(key)!.getGeometry() as Polygon | MultiPolygon;
      const polygons = g.getType() === 'Polygon' ? [(g as Polygon).getCoordinates()] : (g as MultiPolygon).getCoordinates();
      return polygons.flatMap((rings) => polygonSelfIntersections(rings));
    });
    showMarkers(markers, found.map((p) => ({kind: 'invalid', geometry: {type: 'Point', coordinates: toLonLat(p)}, label: '边界可能自相交'})), 'local');
  }

  function onKey(e: KeyboardEvent): void {
    if ((e.target as HTMLElement).closest('input, select, textarea')) return;
    const draw = interactions.find((i): i is Draw => i instanceof Draw);
    if (e.key === 'Escape') draw?.abortDrawing();
    else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !e.shiftKey) {
      if (draw) draw.removeLastPoint();
      else { session.undo(); afterChange(); }
    } else if ((e.ctrlKey || e.metaKey) && (e.key.toLowerCase() === 'y' || (e.shiftKey && e.key.toLowerCase() === 'z'))) {
      session.redo();
      afterChange();
    } else return;
    e.preventDefault();
  }

  const removeHook = installTestHook(app.map, session, markers, () => state);
  panel.setMode(null);
  afterChange();

  return {
    destroy(): void {
      exit(true);
      removeHook();
      panel.destroy();
    },
  };
}
