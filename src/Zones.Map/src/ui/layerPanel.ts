import type Map from 'ol/Map';
import type BaseLayer from 'ol/layer/Base';
import {MESSAGES} from '../i18n/messages';
import type {LayerEntry, LayerId} from '../layers/layerCatalog';
import {applyOrder, moved} from './layerOrder';
import {readLayerLook, writeLayerLook} from './layerLook';
import {exposePanelLayers} from './testHook';

export interface LayerPanel {
  /** A count in view, or null to show none (layer hidden or nothing countable). */
  setCount(id: LayerId, count: number | null): void;
  /** After a failure: layers that never arrived say so instead of "加载中" forever. */
  markUnloaded(): void;
}

/** The panel's hold on the map, once it exists. */
export interface LayerOrdering {
  /**
   * Lets the panel order the map's layers and list external ones: a layer added to the map with
   * the property `panelId` (and `title`) gets a row, and goes when it is removed.
   */
  attach(map: Map): void;
}

/** A row of the panel: one of ours (an entry of the catalog) or an external layer. */
interface Row {
  id: string;
  layer: BaseLayer;
  element: HTMLLIElement;
}

/**
 * The 图层 panel, top of the list = drawn on top (as in QGIS): per layer a checkbox with what it
 * shows in the current view, an opacity slider and 上移 / 下移. Visibility and opacity are the
 * layer's own properties, so other modules (the analysis panel, external layers) can change
 * them and the row follows. Order and opacity of our layers are kept in this browser per user
 * (layerLook.ts); external layers keep theirs with the layers (features/tools).
 */
export function createLayerPanel(container: HTMLElement, entries: LayerEntry[]): LayerPanel & LayerOrdering {
  const heading = document.createElement('h2');
  heading.textContent = MESSAGES.layersHeading;
  const list = document.createElement('ul');
  list.className = 'layer-list';
  const counters = new globalThis.Map<LayerId, HTMLElement>();
  let rows: Row[] = [...entries].reverse().map((entry) => {
    const {item, count} = createRow(entry.id, entry.label, entry.layer, entry.layer.getVisible() ? MESSAGES.countLoading : '');
    counters.set(entry.id, count);
    entry.layer.on('change:visible', () => entry.labels?.setVisible(entry.layer.getVisible()));
    return {id: entry.id, layer: entry.layer, element: item};
  });
  const note = document.createElement('p');
  note.className = 'layer-note';
  note.textContent = MESSAGES.countsInView;
  container.replaceChildren(heading, list, note);
  let map: Map | null = null;
  let reordering = false;

  const render = () => list.replaceChildren(...rows.map((r) => r.element));
  const reorder = (next: Row[]) => {
    rows = next;
    render();
    if (!map) return;
    reordering = true;
    applyOrder(map.getLayers(), rows.map((r) => r.layer));
    reordering = false;
    writeLayerLook({order: rows.map((r) => r.id), opacity: Object.fromEntries(rows.filter((r) => !r.id.startsWith('ext:')).map((r) => [r.id, r.layer.getOpacity()]))});
  };
  list.addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-move]');
    const index = rows.findIndex((r) => r.element.contains(button));
    if (button && index >= 0) reorder(moved(rows, index, button.dataset.move === 'up' ? -1 : 1));
  });
  list.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('input[type=range]')) reorder(rows);
  });
  render();

  const pending = new Set(entries.filter((e) => e.layer.getVisible()).map((e) => e.id));
  return {
    setCount(id, value) {
      const entry = entries.find((e) => e.id === id);
      counters.get(id)!.textContent = value === null ? '' : `${value} ${entry?.unit ?? ''}`.trim();
      pending.delete(id);
    },
    markUnloaded() {
      for (const id of pending) counters.get(id)!.textContent = MESSAGES.countNotLoaded;
    },
    attach(attached) {
      map = attached;
      const look = readLayerLook();
      for (const row of rows) if (look.opacity[row.id] !== undefined) row.layer.setOpacity(look.opacity[row.id]!);
      const watch = (layer: BaseLayer, added: boolean) => {
        const id = layer.get('panelId') as string | undefined;
        if (reordering || !id) return;
        if (!added) return reorder(rows.filter((r) => r.layer !== layer));
        const {item} = createRow(id, layer.get('title') as string, layer, '');
        item.classList.add('layer-external');
        // A new layer goes where the stored order put it, else on top of the other external ones, below ours.
        const next = [...rows.filter((r) => r.id !== id), {id, layer, element: item}];
        reorder(sortBy(next, look.order));
      };
      attached.getLayers().on('add', (e) => watch(e.element, true));
      attached.getLayers().on('remove', (e) => watch(e.element, false));
      reorder(sortBy(rows, look.order));
      exposePanelLayers(() => {
        const array = attached.getLayers().getArray();
        return rows.filter((r) => array.includes(r.layer)).sort((a, b) => array.indexOf(b.layer) - array.indexOf(a.layer))
          .map((r) => ({id: r.id, title: r.element.querySelector('label span')?.textContent ?? r.id, opacity: r.layer.getOpacity(), visible: r.layer.getVisible()}));
      });
    },
  };
}

/** Rows in the stored order; rows it does not name keep their place among the others (external ones go just above the base map). */
function sortBy(rows: Row[], order: string[]): Row[] {
  const rank = (r: Row, i: number) => {
    const stored = order.indexOf(r.id);
    if (stored >= 0) return stored;
    return r.id.startsWith('ext:') ? order.length + 1000 + i : order.length + i;
  };
  return rows.map((r, i) => ({r, k: rank(r, i)})).sort((a, b) => a.k - b.k).map((x) => x.r);
}

function createRow(id: string, title: string, layer: BaseLayer, countText: string): {item: HTMLLIElement; count: HTMLSpanElement} {
  const checkbox = document.createElement('input');
  checkbox.type = 'checkbox';
  checkbox.checked = layer.getVisible();
  checkbox.addEventListener('change', () => layer.setVisible(checkbox.checked));
  layer.on('change:visible', () => (checkbox.checked = layer.getVisible()));
  const name = document.createElement('span');
  name.textContent = title;
  const count = document.createElement('span');
  count.className = 'layer-count';
  count.textContent = countText;
  const label = document.createElement('label');
  label.dataset.layer = id;
  label.append(checkbox, name, count);

  const opacity = document.createElement('input');
  opacity.type = 'range';
  opacity.min = '0';
  opacity.max = '100';
  opacity.value = String(Math.round(layer.getOpacity() * 100));
  opacity.setAttribute('aria-label', `${title} 不透明度`);
  opacity.title = `不透明度 ${opacity.value}%`;
  opacity.addEventListener('input', () => layer.setOpacity(Number(opacity.value) / 100));
  layer.on('change:opacity', () => {
    opacity.value = String(Math.round(layer.getOpacity() * 100));
    opacity.title = `不透明度 ${opacity.value}%`;
  });
  const controls = document.createElement('div');
  controls.className = 'layer-controls';
  controls.append(opacity, moveButton('up', `${title} 上移`, '▲'), moveButton('down', `${title} 下移`, '▼'));
  const item = document.createElement('li');
  item.dataset.layerRow = id;
  item.append(label, controls);
  return {item, count};
}

function moveButton(direction: 'up' | 'down', label: string, glyph: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.move = direction;
  button.textContent = glyph;
  button.title = label;
  button.setAttribute('aria-label', label);
  return button;
}
