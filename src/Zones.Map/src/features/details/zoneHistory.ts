import Feature from 'ol/Feature';
import GeoJSON from 'ol/format/GeoJSON';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import Fill from 'ol/style/Fill';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import {createEmpty, extend, isEmpty} from 'ol/extent';
import type {App} from '../../app/app';
import {changeKindLabel, changeText, type ZoneChangeRow} from '../time/historyText';
import {el, section} from './dom';

/** Rows shown before 显示全部: a zone edited daily would otherwise push the panel's end away. */
const FIRST_ROWS = 12;

const HISTORY_QUERY = `query ZoneHistory($id: ID!) { zone(id: $id) { id history {
  at kind actor actorName version before after boundaryBefore { geojson(decimals: 6) } boundaryAfter { geojson(decimals: 6) } } } }`;

const STYLES: Record<string, Style> = {
  before: new Style({stroke: new Stroke({color: '#dc2626', width: 2.5, lineDash: [8, 6]}), fill: new Fill({color: 'rgba(220,38,38,0.08)'}), zIndex: 1}),
  after: new Style({stroke: new Stroke({color: '#16a34a', width: 3}), fill: new Fill({color: 'rgba(22,163,74,0.12)'}), zIndex: 2}),
};

let context: {app: App; overlay: VectorLayer<VectorSource>} | null = null;

/** Gives the 历史 sections the server and the map (installTime.ts calls it once). */
export function installZoneHistory(app: App): void {
  const overlay = new VectorLayer({source: new VectorSource(), style: (f) => STYLES[f.get('phase') as string], properties: {id: 'zone-history-compare'}});
  app.map.addLayer(overlay);
  context = {app, overlay};
}

/** Draw a boundary change on the map: before red dashed, after green, and fit the view to both. */
function compare(change: ZoneChangeRow): void {
  if (!context) return;
  const {app, overlay} = context;
  const format = new GeoJSON({dataProjection: 'EPSG:4326', featureProjection: app.map.getView().getProjection()});
  const source = overlay.getSource()!;
  source.clear(true);
  const extent = createEmpty();
  for (const [phase, g] of [['before', change.boundaryBefore], ['after', change.boundaryAfter]] as const) {
    const geometry = g ? format.readGeometry(g.geojson) : null;
    if (!geometry) continue;
    source.addFeature(new Feature({geometry, phase}));
    extend(extent, geometry.getExtent());
  }
  if (!isEmpty(extent)) app.map.getView().fit(extent, {padding: [60, 60, 60, 60], duration: 250, maxZoom: 18});
}

function clearCompare(): void {
  context?.overlay.getSource()!.clear(true);
}

function row(change: ZoneChangeRow): HTMLElement {
  const text = changeText(change);
  const what = change.kind === 'BOUNDARY' && (change.boundaryBefore || change.boundaryAfter)
    ? el('button', {type: 'button', className: 'details-link history-compare', textContent: text.what, title: '在地图上显示调整前（红色虚线）和调整后（绿色）的边界'})
    : el('span', {className: 'history-what', textContent: text.what});
  if (what instanceof HTMLButtonElement) what.addEventListener('click', () => compare(change));
  const li = el('li', {className: 'history-row'},
    el('span', {className: 'history-kind', textContent: changeKindLabel(change.kind)}), ' ',
    el('span', {className: 'history-when', textContent: text.when}), ' ',
    el('span', {className: 'history-who', textContent: text.who}), el('br'), what);
  li.dataset.kind = change.kind;
  return li;
}

function fill(list: HTMLElement, changes: ZoneChangeRow[]): void {
  list.replaceChildren(...(changes.length ? changes.slice(0, FIRST_ROWS).map(row) : [el('li', {className: 'details-muted', textContent: '没有变更记录。'})]));
  if (changes.length > FIRST_ROWS) {
    const more = el('button', {type: 'button', className: 'details-link', textContent: `显示全部（${changes.length} 条）`});
    more.addEventListener('click', () => {
      list.replaceChildren(...changes.map(row));
    });
    list.append(el('li', {}, more));
  }
}

/**
 * The 历史 section of a zone: who changed its boundary, name, status or 包联, when, before and
 * after (Zone.history, newest first). Loads by itself once the panel shows it; a boundary row
 * draws the shapes before and after on the map.
 */
export function zoneHistorySection(zoneId: string): HTMLElement {
  const list = el('ul', {className: 'details-history'}, el('li', {className: 'details-muted', textContent: '正在加载变更记录 …'}));
  const clear = el('button', {type: 'button', className: 'details-link', textContent: '清除地图上的边界对比'});
  clear.addEventListener('click', clearCompare);
  clearCompare();
  const part = section('历史', 'history', list, clear);
  if (context) {
    context.app.graphql<{zone: {history: ZoneChangeRow[]} | null}>(HISTORY_QUERY, {id: zoneId})
      .then((d) => fill(list, d.zone?.history ?? []))
      .catch((error: unknown) => list.replaceChildren(el('li', {className: 'details-warning',
        textContent: `变更记录加载失败：${error instanceof Error ? error.message : String(error)}`})));
  } else {
    list.replaceChildren(el('li', {className: 'details-muted', textContent: '变更记录暂不可用。'}));
  }
  return part;
}
