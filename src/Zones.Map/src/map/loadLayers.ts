import type Map from 'ol/Map';
import MVT from 'ol/format/MVT';
import type BaseLayer from 'ol/layer/Base';
import VectorTileLayer from 'ol/layer/VectorTile';
import {transformExtent} from 'ol/proj';
import VectorTileSource from 'ol/source/VectorTile';
import {countLayer, featuresInView} from './countInView';
import type {LayerEntry, LayerId} from '../layers/layerCatalog';
import type {TileSetName} from '../layers/tileLayer';
import {fetchJson, type FetchLike} from '../ogc/fetchJson';
import {LoadError} from '../ogc/loadError';
import {parseTileJson, type TileSetInfo} from './tileJson';
import {trackTiles, type TileTracker} from './tileTracker';
import {whenFirstFrame} from './whenFirstFrame';

export interface LoadCallbacks {
  /** Reading the tile set of `entry` failed: it becomes the subject of the error message. */
  onLayerStart(entry: LayerEntry, index: number, total: number): void;
  onLayerLoaded(entry: LayerEntry, count: number): void;
  /** Called once the zones' bounds are known: false when the server has no zones. */
  onZonesFitted(fitted: boolean): void;
  /** Some tiles failed but the layer still shows what arrived. */
  onTileErrors(entry: LayerEntry, failed: number): void;
}

/** Things in view per visible layer (tile edges and clusters accounted for). */
export type LayerCounts = Partial<Record<LayerId, number>>;

export interface LoadedTiles {
  sources: globalThis.Map<TileSetName, VectorTileSource>;
  trackers: globalThis.Map<TileSetName, TileTracker>;
}

/**
 * Read each tile set's TileJSON, give the tile layers their sources, fit the view to
 * the zones and wait for the first complete frame of every visible layer; resolve with
 * what is in view. TileJSON first (a few hundred bytes each) so that a missing tile set
 * is reported by name instead of as a layer that silently stays empty.
 */
export async function loadLayers(
  map: Map,
  entries: LayerEntry[],
  fetchFn: FetchLike,
  pageUrl: string,
  callbacks: LoadCallbacks,
): Promise<{counts: LayerCounts; tiles: LoadedTiles}> {
  const tileEntries = entries.filter((e) => e.tiles);
  // All at once; an error names the first layer whose document failed.
  const read = tileEntries.map(async (entry) => {
    const name = entry.tiles!;
    try {
      return [name, parseTileJson(await fetchJson(new URL(`/tiles/${name}.json`, pageUrl).href, fetchFn), name, pageUrl)] as const;
    } catch (error) {
      callbacks.onLayerStart(entry, tileEntries.indexOf(entry) + 1, tileEntries.length);
      throw error;
    }
  });
  const infos = new globalThis.Map<TileSetName, TileSetInfo>(await Promise.all(read));
  const tiles = attachSources(entries, infos);
  callbacks.onZonesFitted(fitToBounds(map, infos.get('zones')?.bounds ?? null));
  await whenFirstFrame(map);

  const visibleTrackers = tileEntries.filter((e) => e.layer.getVisible()).map((e) => [e, tiles.trackers.get(e.tiles!)!] as const);
  const broken = visibleTrackers.find(([, t]) => t.failed > 0 && t.loaded === 0);
  if (broken) {
    const [entry, tracker] = broken;
    throw new LoadError('http', `GET /tiles/${entry.tiles}/…: all ${tracker.failed} tiles of the first view failed`, `/tiles/${entry.tiles}`);
  }
  for (const [entry, tracker] of visibleTrackers) if (tracker.failed > 0) callbacks.onTileErrors(entry, tracker.failed);
  const counts = countVisible(map, entries);
  for (const entry of entries) if (counts[entry.id] !== undefined) callbacks.onLayerLoaded(entry, counts[entry.id]!);
  return {counts, tiles};
}

/** One source per tile set, shared by every layer that draws it (zones and their labels). */
function attachSources(entries: LayerEntry[], infos: globalThis.Map<TileSetName, TileSetInfo>): LoadedTiles {
  const sources = new globalThis.Map<TileSetName, VectorTileSource>();
  const trackers = new globalThis.Map<TileSetName, TileTracker>();
  for (const entry of entries) {
    if (!entry.tiles) continue;
    let source = sources.get(entry.tiles);
    if (!source) {
      const info = infos.get(entry.tiles)!;
      source = new VectorTileSource({format: new MVT(), url: info.url, minZoom: info.minZoom, maxZoom: info.maxZoom});
      sources.set(entry.tiles, source);
      trackers.set(entry.tiles, trackTiles(source));
    }
    for (const layer of [entry.layer, entry.labels]) {
      if (layer instanceof VectorTileLayer) layer.setSource(source);
    }
  }
  return {sources, trackers};
}

function fitToBounds(map: Map, bounds: [number, number, number, number] | null): boolean {
  if (!bounds) return false;
  const extent = transformExtent(bounds, 'EPSG:4326', map.getView().getProjection());
  map.getView().fit(extent, {padding: [24, 24, 24, 24], maxZoom: 17});
  return true;
}

/** Counts of the visible layers that have something countable in view. */
export function countVisible(map: Map, entries: LayerEntry[]): LayerCounts {
  const counts: LayerCounts = {};
  for (const entry of entries) {
    if (!entry.layer.getVisible()) continue;
    const count = countLayer(entry.layer, featuresInView(map, entry.layer as BaseLayer));
    if (count !== null) counts[entry.id] = count;
  }
  return counts;
}
