import {MESSAGES} from '../i18n/messages';
import type {LoadCallbacks} from '../map/loadLayers';
import type {LayerPanel} from './layerPanel';
import type {StatusLine} from './statusLine';

/** Loader callbacks that drive the status line and the panel counts. */
export interface LoadProgress extends LoadCallbacks {
  /** The Chinese name of the layer being loaded: the subject of an error message. */
  readonly subject: string;
  /** Extra notes for the final status ("没有片区数据 …", failed tiles), or ''. */
  readonly note: string;
}

export function createLoadProgress(status: StatusLine, panel: LayerPanel): LoadProgress {
  // Until the first layer starts, what is being loaded is /map-config.json.
  let subject: string = MESSAGES.configSubject;
  const notes: string[] = [];
  return {
    get subject() { return subject; },
    get note() { return notes.map((n) => `（${n}）`).join(''); },
    onLayerStart(entry, index, total) {
      subject = entry.label;
      status.progress(MESSAGES.loading(entry.label, index, total));
    },
    onLayerLoaded(entry, count) {
      panel.setCount(entry.id, count);
    },
    onZonesFitted(fitted) {
      subject = MESSAGES.firstViewSubject;
      status.progress(MESSAGES.loadingFirstView);
      if (!fitted) notes.push(MESSAGES.noZones);
    },
    onTileErrors(entry, failed) {
      notes.push(MESSAGES.tilesFailed(entry.label, failed));
    },
  };
}
