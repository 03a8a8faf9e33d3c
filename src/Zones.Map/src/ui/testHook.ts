import type {LayerCounts} from '../map/loadLayers';

declare global {
  interface Window {
    /** Read by the browser tests (e2e/); not an API for other scripts. */
    __zones?: {ready: boolean; counts?: LayerCounts; error?: string};
  }
}

/**
 * Tell the end-to-end tests that every layer is loaded, so they wait on state
 * rather than on timers or render events (MAP-NOTES §6.4, pitfall 3).
 */
export function markMapReady(counts: LayerCounts): void {
  window.__zones = {ready: true, counts};
  document.body.dataset.mapReady = 'true';
}

export function markMapError(message: string, detail: string): void {
  window.__zones = {ready: false, error: message};
  document.body.dataset.mapErrorDetail = detail;
  // Set last: the tests stop waiting as soon as this attribute appears.
  document.body.dataset.mapError = message;
}
