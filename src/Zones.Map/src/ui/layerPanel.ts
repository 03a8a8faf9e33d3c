import {MESSAGES} from '../i18n/messages';
import type {LayerEntry} from '../layers/layerCatalog';
import type {CollectionId} from '../ogc/itemsUrl';

export interface LayerPanel {
  setCount(id: CollectionId, count: number): void;
  /** After a failure: layers that never arrived say so instead of "加载中" forever. */
  markUnloaded(): void;
}

/** The 图层 panel: one checkbox per layer (visibility) with its feature count. */
export function createLayerPanel(container: HTMLElement, entries: LayerEntry[]): LayerPanel {
  const heading = document.createElement('h2');
  heading.textContent = MESSAGES.layersHeading;
  const list = document.createElement('ul');
  list.className = 'layer-list';
  const counters = new Map<CollectionId, HTMLElement>();
  for (const entry of entries) {
    const {item, count} = createRow(entry);
    counters.set(entry.id, count);
    list.append(item);
  }
  container.replaceChildren(heading, list);

  const pending = new Set(counters.keys());
  return {
    setCount(id, value) {
      const entry = entries.find((e) => e.id === id);
      counters.get(id)!.textContent = `${value} ${entry?.unit ?? ''}`.trim();
      pending.delete(id);
    },
    markUnloaded() {
      for (const id of pending) counters.get(id)!.textContent = MESSAGES.countNotLoaded;
    },
  };
}

function createRow(entry: LayerEntry): {item: HTMLLIElement; count: HTMLSpanElement} {
  const checkbox = document.createElement('input');
  checkbox.type = 'checkbox';
  checkbox.checked = entry.layer.getVisible();
  checkbox.addEventListener('change', () => {
    entry.layer.setVisible(checkbox.checked);
    entry.labels?.setVisible(checkbox.checked);
  });
  const name = document.createElement('span');
  name.textContent = entry.label;
  const count = document.createElement('span');
  count.className = 'layer-count';
  count.textContent = MESSAGES.countLoading;

  const label = document.createElement('label');
  label.dataset.layer = entry.id;
  label.append(checkbox, name, count);
  const item = document.createElement('li');
  item.append(label);
  return {item, count};
}
