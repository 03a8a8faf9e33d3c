import Overlay from 'ol/Overlay';
import type Map from 'ol/Map';
import type {Selection} from '../../app/app';
import {el} from './dom';
import type {Candidate} from './pickFeature';
import './featureChooser.css';

export interface FeatureChooser {
  /** List `candidates` at `coordinate` (EPSG:3857); picking one calls `onPick`. */
  show(coordinate: number[], candidates: Candidate[], onPick: (s: Selection) => void): void;
  close(): void;
}

/**
 * The small list at the click when several features lie within reach of it (two symbols on
 * one spot, a junction of roads): kind and name of each, topmost first. Escape, the close
 * button, a pick or the next map click closes it.
 */
export function createFeatureChooser(map: Map): FeatureChooser {
  const element = el('div', {className: 'feature-chooser'});
  element.setAttribute('role', 'dialog');
  element.setAttribute('aria-label', '选择要查看的要素');
  const overlay = new Overlay({element, positioning: 'top-left', offset: [8, 8], stopEvent: true, autoPan: {margin: 12}});
  map.addOverlay(overlay);

  const close = () => {
    overlay.setPosition(undefined);
    element.replaceChildren();
    delete element.dataset.open;
  };
  element.addEventListener('keydown', (e) => { if (e.key === 'Escape') close(); });

  return {
    close,
    show(coordinate, candidates, onPick) {
      const shut = el('button', {type: 'button', className: 'feature-chooser-close', textContent: '×', title: '关闭'});
      shut.setAttribute('aria-label', '关闭');
      shut.addEventListener('click', close);
      const items = candidates.map((c) => {
        const button = el('button', {type: 'button', className: 'feature-chooser-item', textContent: c.label ?? `${c.kind} ${c.id}`});
        button.dataset.kind = c.kind;
        button.dataset.id = c.id;
        button.addEventListener('click', () => { close(); onPick({kind: c.kind, id: c.id}); });
        return el('li', {}, button);
      });
      element.replaceChildren(
        el('div', {className: 'feature-chooser-head'}, el('span', {textContent: `此处有 ${candidates.length} 个要素，请选择：`}), shut),
        el('ul', {}, ...items),
      );
      element.dataset.open = 'true';
      overlay.setPosition(coordinate);
      items[0]?.querySelector('button')?.focus({preventScroll: true});
    },
  };
}
