import type Map from 'ol/Map';
import GeoJSON from 'ol/format/GeoJSON';
import {isEmpty} from 'ol/extent';
import type {LayerEntry} from '../layers/layerCatalog';
import {fetchAllItems, type PageProgress} from '../ogc/fetchAllItems';
import type {FetchLike} from '../ogc/fetchJson';
import {buildItemsUrl, type CollectionId} from '../ogc/itemsUrl';

/** 5000 keeps every demo collection to one or two requests, under the server's 10000 cap. */
const PAGE_SIZE = 5000;

export interface LoadCallbacks {
  onLayerStart(entry: LayerEntry, index: number, total: number): void;
  onPage(entry: LayerEntry, progress: PageProgress): void;
  onLayerLoaded(entry: LayerEntry, count: number): void;
  /** Called once the zones are in, to show the township: false when there were none. */
  onZonesFitted(fitted: boolean): void;
}

export type LayerCounts = Record<CollectionId, number>;

/**
 * Load every layer's whole collection, one after the other (zones first, so the
 * clerk sees the township while the rest loads), and return the feature count of
 * each source. Whole collections rather than bbox loading: a township is small
 * enough (hundreds to a few thousand features) that one load beats refetching on pan.
 */
export async function loadLayers(
  map: Map,
  entries: LayerEntry[],
  fetchFn: FetchLike,
  pageUrl: string,
  callbacks: LoadCallbacks,
): Promise<LayerCounts> {
  const format = new GeoJSON({dataProjection: 'EPSG:4326', featureProjection: map.getView().getProjection()});
  const counts = {} as LayerCounts;
  for (const [index, entry] of entries.entries()) {
    callbacks.onLayerStart(entry, index + 1, entries.length);
    const url = buildItemsUrl(pageUrl, entry.id, {limit: PAGE_SIZE});
    const all = await fetchAllItems(url, {fetch: fetchFn, onPage: (p) => callbacks.onPage(entry, p)});
    const source = entry.layer.getSource()!;
    source.addFeatures(format.readFeatures({type: 'FeatureCollection', features: all.features}));
    counts[entry.id] = source.getFeatures().length;
    if (all.numberMatched !== undefined && all.numberMatched !== all.features.length) {
      // Data edited while paging; the map is still usable, the next load will be exact.
      console.warn(`${entry.id}: numberMatched ${all.numberMatched}, received ${all.features.length}`);
    }
    callbacks.onLayerLoaded(entry, counts[entry.id]);
    if (entry.id === 'zones') callbacks.onZonesFitted(fitToSource(map, entry));
  }
  return counts;
}

function fitToSource(map: Map, entry: LayerEntry): boolean {
  const extent = entry.layer.getSource()!.getExtent();
  if (!extent || isEmpty(extent)) return false;
  map.getView().fit(extent, {padding: [32, 32, 32, 32], maxZoom: 17});
  return true;
}
