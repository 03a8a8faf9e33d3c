import {type App, canEdit, clicksClaimed, emit, on, type Selection} from '../../app/app';
import {assetView} from './assetView';
import {actionsSection} from './complaintActions';
import {maySplit, reportsSection} from './complaintReports';
import {complaintView} from './complaintView';
import {photosSection} from './casePhotos';
import {el} from './dom';
import {createHighlighter} from './highlight';
import {loadAsset, loadComplaint, type Loader, loadShop, loadZone} from './loadDetails';
import {addManagement, type ManageContext} from './manageParts';
import {createFeatureChooser} from './featureChooser';
import {kindWord} from './hitLabel';
import {pickAt} from './pickFeature';
import {loadRoad, roadView} from './roadView';
import {shopView} from './shopView';
import {createSchemaProbe} from '../../api/schemaProbe';
import {zoneView} from './zoneView';
import './details.css';

/**
 * The 详情 drawer: opens on `select` (search, lists, links inside the panel) and on a map click,
 * fetches the feature by GraphQL and shows it. `data-state` on #details (loading / ready /
 * empty / error) and `data-kind` tell the browser tests when it is done.
 */
export async function installDetails(app: App): Promise<void> {
  const panel = app.element('details');
  const loader: Loader = {graphql: app.graphql, fetch: app.fetch, fieldsOf: createSchemaProbe(app.graphql)};
  const highlight = createHighlighter(app.map);
  const select = (s: Selection) => emit(app, 'select', s);
  let current: Selection | null = null;
  let ticket = 0;

  const state = (name: string, body: (Node | string)[]) => {
    panel.dataset.state = name;
    const close = el('button', {type: 'button', className: 'details-close', textContent: '×', title: '关闭详情'});
    close.setAttribute('aria-label', '关闭详情');
    close.addEventListener('click', () => { current = null; ticket++; highlight(null); panel.replaceChildren(); panel.dataset.state = 'closed'; });
    panel.replaceChildren(close, ...body);
  };

  /** `notice`: what the last write did, shown above the panel read again; `openAssign`: 指定责任人 at once. */
  async function show(selection: Selection, opts: {notice?: string; openAssign?: boolean} = {}): Promise<void> {
    const mine = ++ticket;
    current = selection;
    panel.dataset.kind = selection.kind;
    panel.dataset.id = selection.id;
    state('loading', [el('p', {className: 'details-muted', textContent: `正在读取${kindWord(selection.kind)}详情 …`})]);
    try {
      const view = await render(selection, opts.openAssign ?? false);
      if (mine !== ticket) return;
      if (!view) {
        highlight(null);
        state('empty', [...notice(opts.notice), el('p', {className: 'details-warning', textContent: `找不到这个${kindWord(selection.kind)}（编号 ${selection.id}），可能已被撤销，或您无权查看。`})]);
        return;
      }
      highlight(view.geometry);
      state('ready', [...notice(opts.notice), ...view.parts]);
    } catch (error) {
      if (mine !== ticket) return;
      state('error', [el('p', {className: 'details-error', textContent: `读取详情失败：${(error as Error).message}`})]);
    }
  }

  const notice = (text?: string) => text ? [el('p', {className: 'details-ok', textContent: text})] : [];

  /** A write on the panel: the layers that draw the feature refresh. */
  const changed = (s: Selection) => {
    if (s.kind === 'zone') emit(app, 'zones-changed', {ids: [s.id]});
    else emit(app, 'network-changed', {layers: [s.kind === 'road' ? 'roads' : 'assets']});
  };

  /** What a planner or admin may do on the panel (null for everyone else). */
  function manage(s: Selection, openAssign: boolean): ManageContext | null {
    if (!canEdit(app.session)) return null;
    return {
      app, openAssign,
      hooks: {reload: (notice) => void show(s, {notice}), changed: () => changed(s)},
      ownersChanged: (_target, message) => {
        emit(app, 'owners-changed', s);
        void show(s, {notice: message});
      },
    };
  }

  async function render(s: Selection, openAssign: boolean): Promise<{parts: HTMLElement[]; geometry: unknown} | null> {
    const m = manage(s, openAssign);
    if (s.kind === 'zone') {
      const d = await loadZone(loader, s.id);
      if (!d) return null;
      const parts = zoneView(d, select, m !== null);
      if (m) addManagement(m, 'zone', d, parts);
      return {parts, geometry: d.zone.boundary.geojson};
    }
    if (s.kind === 'asset') {
      const d = await loadAsset(loader, s.id);
      if (!d) return null;
      const parts = assetView(d, select);
      if (m) addManagement(m, 'asset', d, parts);
      return {parts, geometry: d.asset.location.geojson};
    }
    if (s.kind === 'road') {
      const d = await loadRoad(loader, s.id);
      if (!d) return null;
      const parts = roadView(d);
      if (m) addManagement(m, 'road', d, parts);
      return {parts, geometry: d.segment.line.geojson};
    }
    if (s.kind === 'shop') {
      const d = await loadShop(loader, s.id);
      if (!d) return null;
      const parts = shopView(d, select);
      if (m) addManagement(m, 'shop', d, parts);
      const geometries = [d.shop.location.geojson, d.shop.frontage?.geojson].filter(Boolean);
      return {parts, geometry: {type: 'GeometryCollection', geometries}};
    }
    const d = await loadComplaint(loader, s.id);
    if (!d) return null;
    const parts = complaintView(d, select);
    // Anonymous visitors see no buttons even if a server offered actions to everyone.
    const actions = app.session && d.hasActions ? actionsSection(app.graphql, d.complaint, () => void show(s)) : null;
    if (actions) parts.splice(2, 0, actions);
    const photos = photosSection(app.session ? d.complaint : {...d.complaint, allowedActions: []}, (notice) => void show(s, {notice}));
    if (photos) parts.splice(actions ? 3 : 2, 0, photos);
    // 并案的反映 go before the history; the server sends them to staff only.
    const reports = app.session ? reportsSection(app.graphql, d.complaint, maySplit(app.session.role), () => void show(s)) : null;
    if (reports) parts.splice(parts.length - 1, 0, reports);
    return {parts, geometry: d.complaint.location.geojson};
  }

  on(app, 'select', (s) => void show(s));
  on(app, 'assign-owner', (s) => void show(s, {openAssign: true}));
  // What a user may do (case actions, 包联 and 管理) depends on who they are.
  on(app, 'session-changed', () => current && void show(current));
  // A click opens what is drawn under it on a visible layer, and only that: with the zones
  // switched off a click on their area opens nothing (no zonesAt fallback).
  const chooser = createFeatureChooser(app.map);
  app.map.on('singleclick', (e) => {
    chooser.close();
    if (clicksClaimed(app)) return; // the click adds a vertex or picks an area, not a feature to show
    const pick = pickAt(app.map, e.pixel);
    if (pick.type === 'open') select(pick.selection);
    else if (pick.type === 'choose') chooser.show(e.coordinate, pick.candidates, select);
    else if (pick.type === 'zoom') app.map.getView().fit(pick.extent, {duration: 250, maxZoom: 18});
  });
}
