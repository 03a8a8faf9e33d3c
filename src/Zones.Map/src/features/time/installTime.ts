import type BaseLayer from 'ol/layer/Base';
import BaseVectorLayer from 'ol/layer/BaseVector';
import {fromLonLat} from 'ol/proj';
import {type App, emit, on} from '../../app/app';
import {installZoneHistory} from '../details/zoneHistory';
import {asOfQuery, endOfDay, TOWNSHIPS_QUERY, type ZoneVersionRow} from './asOf';
import {createAsOfLayer, showVersions} from './asOfLayer';
import {createDateControl} from './dateControl';
import './time.css';

function layerById(app: App, id: string): BaseLayer | undefined {
  return app.map.getLayers().getArray().find((l) => l.get('id') === id);
}

/**
 * Time (issue #13 §E): the date control emits `view-date`; on a day the zones tiles give way to
 * the zones as they were then (zonesAsOf, owner colours and names), on null they come back.
 * Also gives the details panel what its 历史 section needs (zoneHistory.ts).
 */
export async function installTime(app: App, colouredLevel: () => string): Promise<void> {
  const layer = createAsOfLayer(colouredLevel);
  const layers = app.map.getLayers();
  const zones = layerById(app, 'zones');
  layers.insertAt(zones ? layers.getArray().indexOf(zones) + 1 : 0, layer);
  const control = createDateControl((day) => emit(app, 'view-date', {at: day}));
  app.map.addControl(control.control);
  installZoneHistory(app);

  let townships: Promise<string[]> | null = null;
  const readable = () => (townships ??= app.graphql<{townships: {code: string}[]}>(TOWNSHIPS_QUERY).then((d) => d.townships.map((t) => t.code)));
  let current: string | null = null;
  const live = zones instanceof BaseVectorLayer ? zones : null;
  const labels = layerById(app, 'zone-labels');
  const liveStyle = live?.getStyle();
  // The live tiles stay "on" (the 片区 checkbox keeps meaning "zones shown") but draw nothing
  // while a day is shown; the day's layer and the live names follow that checkbox.
  const follow = () => {
    const wanted = zones?.getVisible() ?? true;
    layer.setVisible(current !== null && wanted);
    labels?.setVisible(current === null && wanted);
  };
  zones?.on('change:visible', follow);
  // The layer panel shows the names with the zones after our listener ran: hide them again.
  labels?.on('change:visible', () => current !== null && labels.getVisible() && labels.setVisible(false));

  const show = async (day: string | null) => {
    current = day;
    control.show(day);
    document.body.dataset.viewDate = day ?? '';
    if (day === null) {
      live?.setStyle(liveStyle);
      layer.getSource()!.clear(true);
      follow();
      document.body.dataset.viewDateReady = 'true';
      return;
    }
    document.body.dataset.viewDateReady = 'false';
    control.note('正在加载 …');
    try {
      const codes = await readable();
      const data = codes.length ? await app.graphql<Record<string, ZoneVersionRow[]>>(asOfQuery(codes), {at: endOfDay(day)}) : {};
      if (current !== day) return; // a later choice won
      showVersions(layer, Object.values(data).flat(), app.map.getView().getProjection().getCode());
      live?.setStyle(() => undefined);
      follow();
      control.note('');
      document.body.dataset.viewDateReady = 'true';
    } catch (error) {
      if (current !== day) return;
      control.note(`加载失败：${error instanceof Error ? error.message : String(error)}`);
      document.body.dataset.viewDateReady = 'error';
    }
  };

  on(app, 'view-date', ({at}) => void show(at));
  // What the map draws for the day at a place, read from the rendered layer (browser tests).
  window.__zones = {...window.__zones, ready: window.__zones?.ready ?? false, asOfAt(lon, lat) {
    const pixel = app.map.getPixelFromCoordinate(fromLonLat([lon, lat]));
    if (!pixel || !layer.getVisible()) return [];
    return app.map.getFeaturesAtPixel(pixel, {layerFilter: (l) => l === layer, hitTolerance: 0})
      .map((f) => ({name: String(f.get('name')), level: String(f.get('level')), owner: (f.get('owner_name') as string | null) ?? null}));
  }};
  // Edits and handovers change the past only from now on, but a chosen "today-ish" day may show them.
  on(app, 'zones-changed', () => current && void show(current));
  on(app, 'owners-changed', () => current && void show(current));
  on(app, 'session-changed', () => {
    townships = null;
    if (current) void show(current);
  });
}
