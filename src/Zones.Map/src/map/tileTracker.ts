import type VectorTileSource from 'ol/source/VectorTile';

/** Tile-load bookkeeping of one source: what the readiness wait and the error report need. */
export interface TileTracker {
  readonly started: number;
  readonly loaded: number;
  readonly failed: number;
  readonly pending: number;
}

/** Count tileloadstart / tileloadend / tileloaderror of `source` from now on. */
export function trackTiles(source: VectorTileSource): TileTracker {
  const state = {started: 0, loaded: 0, failed: 0};
  source.on('tileloadstart', () => state.started++);
  source.on('tileloadend', () => state.loaded++);
  source.on('tileloaderror', () => state.failed++);
  return {
    get started() { return state.started; },
    get loaded() { return state.loaded; },
    get failed() { return state.failed; },
    get pending() { return state.started - state.loaded - state.failed; },
  };
}
