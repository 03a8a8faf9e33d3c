import {mapToolbar} from '../../map/mapToolbar';
import {getCenter, getHeight, getWidth} from 'ol/extent';
import {type App, emit, on} from '../../app/app';
import {el} from '../details/dom';
import {TABLE_LAYERS, type TableLayer} from './tableColumns';
import {createTablePanel, type TablePanel} from './tablePanel';
import type {TableRow} from './tableRows';
import {mapLayer, rowsInView} from './viewRows';
import './table.css';

/** Re-read after the view settles; tiles keep arriving for a moment after a move. */
const SETTLE_MS = 200;

/**
 * The 属性表: a section of the drawer (#attribute-table, made here, empty until opened so the
 * drawer stays shut), opened by the 属性表 map button or `show-panel` {id: 'attribute-table'}.
 * It lists the features of one visible layer in the current view and follows the view.
 */
export async function installTable(app: App): Promise<void> {
  const section = el('section', {id: 'attribute-table', className: 'panel attribute-table'});
  section.setAttribute('aria-label', '属性表');
  app.element('drawer').append(section);

  let panel: TablePanel | null = null;
  let current: TableLayer | null = null;
  let selected: string | null = null;
  let ticket = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const visibleLayers = () => TABLE_LAYERS.filter((l) => mapLayer(app.map, l.id)?.getVisible());

  async function refresh(): Promise<void> {
    if (!panel) return;
    const layers = visibleLayers();
    if (!current || !layers.includes(current)) current = layers.find((l) => l.id === 'assets') ?? layers[0] ?? null;
    panel.setLayers(layers, current);
    if (!current) return;
    const mine = ++ticket;
    const layer = current;
    panel.loading();
    try {
      const rows = await rowsInView(app.map, app.graphql, layer);
      if (mine !== ticket || !panel) return;
      panel.show(layer, rows);
      panel.mark(selected);
    } catch (error) {
      if (mine === ticket) panel?.error((error as Error).message);
    }
  }

  const schedule = () => {
    if (!panel) return;
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), SETTLE_MS);
  };

  function open(): void {
    if (!panel) {
      panel = createTablePanel(section, {
        layerChanged: (id) => { current = TABLE_LAYERS.find((l) => l.id === id) ?? null; void refresh(); },
        rowClicked: (row) => openRow(row),
        close,
      });
      for (const l of TABLE_LAYERS) mapLayer(app.map, l.id)?.on('change:visible', schedule);
      void refresh();
    }
    holder.dataset.open = 'true';
    emit(app, 'show-panel', {id: 'attribute-table'});
  }

  function close(): void {
    for (const l of TABLE_LAYERS) mapLayer(app.map, l.id)?.un('change:visible', schedule);
    panel = null;
    ticket++;
    section.replaceChildren();
    for (const key of Object.keys(section.dataset)) delete section.dataset[key];
    delete holder.dataset.open;
  }

  /** Open the row's feature in the details panel and bring it into the middle of the view. */
  function openRow(row: TableRow): void {
    if (!current) return;
    emit(app, 'select', {kind: current.kind, id: row.id});
    if (!row.extent) return;
    const view = app.map.getView();
    if (getWidth(row.extent) === 0 && getHeight(row.extent) === 0) {
      view.animate({center: getCenter(row.extent), zoom: Math.max(view.getZoom() ?? 0, 17), duration: 300});
    } else {
      view.fit(row.extent, {padding: [40, 40, 40, 40], maxZoom: 18, duration: 300});
    }
  }

  const button = el('button', {type: 'button', textContent: '属性表', title: '列出当前视野内某图层的要素（可排序、筛选）'});
  // Open but folded away (the drawer's ×, another section in front): the button brings it back.
  button.addEventListener('click', () => (panel && section.checkVisibility() ? close() : open()));
  const holder = el('div', {className: 'attribute-table-toggle'}, button);
  mapToolbar(app.map).append(holder);

  app.map.on('moveend', schedule);
  app.map.on('loadend', schedule);
  on(app, 'show-panel', ({id}) => { if (id === 'attribute-table' && !panel) open(); });
  on(app, 'select', (s) => {
    selected = current && s.kind === current.kind ? s.id : null;
    panel?.mark(selected);
  });
}
