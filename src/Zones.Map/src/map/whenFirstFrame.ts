import type Map from 'ol/Map';
import {unByKey} from 'ol/Observable';
import {LoadError} from '../ogc/loadError';

/** Long enough for a county's first view on a slow office PC, short enough to say something. */
const FIRST_FRAME_TIMEOUT_MS = 60_000;

/**
 * Resolve on the first `rendercomplete`: OL fires it when every visible layer's tiles
 * and sources have loaded and the frame is drawn. Waiting on this state once, at start
 * up, is reliable (the slow rendercomplete of MAP-NOTES §6.4 pitfall 3 came after a
 * Modify drag). A frame is requested so that the event comes even if OL is idle.
 */
export function whenFirstFrame(map: Map, timeoutMs = FIRST_FRAME_TIMEOUT_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unByKey(key);
      reject(new LoadError('timeout', `the first map view was not complete within ${timeoutMs} ms`));
    }, timeoutMs);
    function done() {
      clearTimeout(timer);
      resolve();
    }
    const key = map.once('rendercomplete', done);
    map.render();
  });
}
