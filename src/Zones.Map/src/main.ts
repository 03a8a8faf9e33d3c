import 'ol/ol.css';
import './ui/app.css';
import './ui/phone.css';
import {MESSAGES} from './i18n/messages';
import {createLayerCatalog, layersInDrawingOrder} from './layers/layerCatalog';
import type {TileSetName} from './layers/tileLayer';
import {createMap} from './map/createMap';
import {loadLayers, readTileSets} from './map/loadLayers';
import {loadMapConfig} from './map/loadMapConfig';
import {watchView} from './map/watchView';
import type {FetchLike} from './ogc/fetchJson';
import {describeError} from './ui/errorMessage';
import {createLayerPanel} from './ui/layerPanel';
import {renderLegend} from './ui/legend';
import {createLoadProgress} from './ui/loadProgress';
import {createPanelShell} from './ui/panelShell';
import {createStatusLine} from './ui/statusLine';
import {exposeLayers, exposeMap, exposeShowPanel, markMapError, markMapReady} from './ui/testHook';
import {featuresInView} from './map/countInView';
import {createGraphQLClient} from './api/graphql';
import {type App, clicksClaimed, emit, on} from './app/app';
import {installAdmin} from './features/admin/installAdmin';
import {installAnalysis} from './features/analysis/installAnalysis';
import {installAreaQuery} from './features/areaQuery/installAreaQuery';
import {installDetails} from './features/details/installDetails';
import {installEditing} from './features/editing/installEditing';
import {installField} from './features/field/installField';
import {installNetworkEditing} from './features/network/installNetworkEditing';
import {installNotify} from './features/notify/installNotify';
import {installPrint} from './features/print/installPrint';
import {installSearch} from './features/search/installSearch';
import {installSession} from './features/session/installSession';
import {installTime} from './features/time/installTime';
import {installTable} from './features/table/installTable';
import {installTools} from './features/tools/installTools';
import {fetchSession} from './features/session/sessionApi';

// Wrapped, not passed as `window.fetch`: called as a method of another object,
// the native fetch throws "Illegal invocation".
const browserFetch: FetchLike = (url, init) => fetch(url, init);

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found;
}

/**
 * Composition root: config → map and panels → load the layers → tell the tests. Everything
 * the first view needs from the server that depends on nothing else (the config, the session,
 * the tile sets' TileJSON) is asked at once on start, not one after another.
 */
async function main(): Promise<void> {
  performance.mark('zones:start');
  const status = createStatusLine(element('status'));
  // Before anything renders into the sections: they start collapsed, and the map's first fit sees its final size.
  const shell = createPanelShell(element('rail'), [element('sidebar'), element('drawer')]);
  const catalog = createLayerCatalog();
  const entries = catalog.entries;
  // The config first: the browser opens six connections to one host, and the map cannot be made
  // without the config, while a seventh request (a TileJSON or /auth/me) can wait a moment.
  const configLoad = loadMapConfig(browserFetch, location.href);
  configLoad.catch(() => undefined); // awaited below, inside the try
  const tileSets = readTileSets(entries, browserFetch, location.href);
  const session = fetchSession(browserFetch);
  const panel = createLayerPanel(element('layers'), entries);
  const progress = createLoadProgress(status, panel);
  const legend = renderLegend(element('legend'), catalog.ownerLevel);
  try {
    status.progress(MESSAGES.loadingConfig);
    const config = await configLoad;
    document.title = config.title;
    element('title').textContent = config.title;
    performance.mark('zones:config');

    // Labels go above all feature layers, so no point symbol hides a zone name.
    const map = createMap(element('map'), config, layersInDrawingOrder(catalog));
    exposeMap(map);
    panel.attach(map);
    exposeLayers(entries, catalog.roadLabels, (layer) => featuresInView(map, layer));
    const app: App = {
      map,
      config,
      fetch: browserFetch,
      graphql: createGraphQLClient(browserFetch),
      status,
      session: null,
      events: new EventTarget(),
      clickClaims: new Set(),
      element,
    };
    on(app, 'show-panel', ({id}) => shell.show(id));
    exposeShowPanel((id) => emit(app, 'show-panel', {id}));
    shell.leaveEscWhile(() => clicksClaimed(app));
    // 详情 opens with every selection, and with the 指定责任人 form of a zone just drawn.
    on(app, 'select', () => shell.show('details'));
    on(app, 'assign-owner', () => shell.show('details'));
    // Feature modules: each owns its panel and talks to the others through app.events.
    await installSession(app, session);
    performance.mark('zones:session');
    // Every module installs while the tiles travel: an install only builds its panel and starts
    // its own requests (none waits for another). The layers' first frame needs at least one
    // round trip, so every module has subscribed before the map fires its first loadend.
    const installed = Promise.all([installSearch, installDetails, installAreaQuery, installEditing, installNetworkEditing, installPrint, installAnalysis, installAdmin, installField, installTable, installTools, installNotify,
      (a: App) => installTime(a, catalog.ownerLevel.get)].map((install) => install(app)));
    installed.catch(() => undefined); // handled below, after the layers
    // A print link (/?print=<zone>) shows the 示意图 first; the map behind it loads once it is ready.
    if (new URL(location.href).searchParams.has('print')) await installed;
    const {counts, tiles} = await loadLayers(map, entries, tileSets, progress);
    await installed;
    watchView(map, catalog, panel, legend)();
    // Draw the labels and counts of the first view now, so a screenshot taken on "ready" shows them.
    map.renderSync();
    performance.mark('zones:counted');
    // Saved zones: their tiles (and the gaps they close or open) are drawn again.
    const refresh = (names: TileSetName[]) => names.forEach((n) => tiles.sources.get(n)?.refresh());
    on(app, 'zones-changed', () => refresh(['zones', 'gaps']));
    // A 包联 opens or closes a 无责任人 gap; a new road or asset changes what is covered.
    on(app, 'owners-changed', () => refresh(['gaps']));
    // A 门前三包 stretch lies on the nearest road: road edits move it.
    on(app, 'network-changed', ({layers}) => refresh([...layers, 'gaps', ...(layers.includes('roads') ? ['shops' as const] : [])]));
    const parts = entries.filter((e) => counts[e.id] !== undefined).map((e) => MESSAGES.loadedPart(e.label, counts[e.id]!, e.unit));
    status.done(MESSAGES.loaded(parts) + progress.note);
    markMapReady(counts);
  } catch (error) {
    console.error(error);
    const {message, detail} = describeError(error, progress.subject);
    status.error(message, detail);
    panel.markUnloaded();
    markMapError(message, detail);
  }
}

void main();
