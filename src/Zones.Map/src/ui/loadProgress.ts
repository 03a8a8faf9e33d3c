import {MESSAGES} from '../i18n/messages';
import type {LoadCallbacks} from '../map/loadLayers';
import type {LayerPanel} from './layerPanel';
import type {StatusLine} from './statusLine';

/** Loader callbacks that drive the status line and the panel counts. */
export interface LoadProgress extends LoadCallbacks {
  /** The Chinese name of the layer being loaded: the subject of an error message. */
  readonly subject: string;
  /** Extra note for the final status ("没有片区数据 …"), or ''. */
  readonly note: string;
}

export function createLoadProgress(status: StatusLine, panel: LayerPanel): LoadProgress {
  // Until the first layer starts, what is being loaded is /map-config.json.
  let subject: string = MESSAGES.configSubject;
  let note = '';
  let layerText = '';
  return {
    get subject() { return subject; },
    get note() { return note; },
    onLayerStart(entry, index, total) {
      subject = entry.label;
      layerText = MESSAGES.loading(entry.label, index, total);
      status.progress(layerText);
    },
    onPage(_entry, progress) {
      // Only worth saying while more pages are still to come.
      if (progress.numberMatched === undefined || progress.received < progress.numberMatched) {
        status.progress(`${layerText}（${MESSAGES.loadingPages(progress.received, progress.numberMatched)}）`);
      }
    },
    onLayerLoaded(entry, count) {
      panel.setCount(entry.id, count);
    },
    onZonesFitted(fitted) {
      note = fitted ? '' : `（${MESSAGES.noZones}）`;
    },
  };
}
