import type {FeatureLike} from 'ol/Feature';
import VectorTileLayer from 'ol/layer/VectorTile';
import type {StyleLike} from 'ol/style/Style';

/** The tile sets of GET /tiles/{name}/{z}/{x}/{y}.mvt. */
export type TileSetName = 'zones' | 'roads' | 'assets' | 'complaints' | 'gaps' | 'shops';

/** A VectorTile layer; map/loadLayers.ts gives it its source once the TileJSON is read. */
export type TileLayer = VectorTileLayer;

/**
 * Canvas vector tiles (not WebGL): faster under the software GL of headless runs and
 * of office PCs without a GPU (MAP-NOTES §6.4). Tiles rather than whole collections:
 * the server aggregates dense layers at low zoom, so a county pans as smoothly as a township.
 */
export function createTileLayer(id: string, tiles: TileSetName, style: StyleLike | ((f: FeatureLike, r: number) => unknown), extra: {declutter?: string; visible?: boolean; minZoom?: number} = {}): TileLayer {
  return new VectorTileLayer({
    style: style as StyleLike,
    declutter: extra.declutter,
    visible: extra.visible ?? true,
    minZoom: extra.minZoom,
    // Hybrid: polygons and lines as tile images, labels and points re-rendered crisp.
    renderMode: 'hybrid',
    properties: {id, tiles},
  });
}
