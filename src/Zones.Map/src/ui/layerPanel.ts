import {MESSAGES} from '../i18n/messages';
import type {LayerEntry, LayerId} from '../layers/layerCatalog';

export interface LayerPanel {
  /** A count in view, or null to show none (layer hidden or nothing countable). */
  setCount(id: LayerId, count: number | null): void;
  /** After a failure: layers that never arrived say so instead of "加载中" forever. */
  markUnloaded(): void;
}

/**
 * The 图层 panel: one checkbox per layer with what it shows in the current view.
 * Visibility is the layer's own property, so other modules (the analysis panel) can
 * switch a layer on and the checkbox follows.
 */
export function createLayerPanel(container: HTMLElement, entries: LayerEntry[]): LayerPanel {
  const heading = document.createElement('h2');
  heading.textContent = MESSAGES.layersHeading;
  const list = document.createElement('ul');
  list.className = 'layer-list';
  const counters = new Map<LayerId, HTMLElement>();
  for (const entry of entries) {
    const {item, count} = createRow(entry);
    counters.set(entry.id, count);
    list.append(item);
  }
  const note = document.createElement('p');
  note.className = 'layer-note';
  note.textContent = MESSAGES.countsInView;
  container.replaceChildren(heading, list, note);

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
  };
}

function createRow(entry: LayerEntry): {item: HTMLLIElement; count: HTMLSpanElement} {
  const checkbox = document.createElement('input');
  checkbox.type = 'checkbox';
  checkbox.checked = entry.layer.getVisible();
  checkbox.addEventListener('change', () => entry.layer.setVisible(checkbox.checked));
  entry.layer.on('change:visible', () => {
    checkbox.checked = entry.layer.getVisible();
    entry.labels?.setVisible(entry.layer.getVisible());
  });
  const name = document.createElement('span');
  name.textContent = entry.label;
  const count = document.createElement('span');
  count.className = 'layer-count';
  count.textContent = entry.layer.getVisible() ? MESSAGES.countLoading : '';

  const label = document.createElement('label');
  label.dataset.layer = entry.id;
  label.append(checkbox, name, count);
  const item = document.createElement('li');
  item.append(label);
  return {item, count};
}
