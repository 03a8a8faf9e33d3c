import type {FeatureLike} from 'ol/Feature';
import {boundingExtent, buffer} from 'ol/extent';
import type Layer from 'ol/layer/Layer';
import VectorLayer from 'ol/layer/Vector';
import VectorTileLayer from 'ol/layer/VectorTile';
import type Map from 'ol/Map';
import type VectorTileSource from 'ol/source/VectorTile';
import type Style from 'ol/style/Style';
import type {Selection} from '../../app/app';
import {isCluster} from '../../layers/clusterStyleSpec';
import {hitLabel} from './hitLabel';
import type {Candidate} from './pickFeature';

/** A point symbol within reach of the click: one row to open, or a cluster to zoom into. */
export interface PointHit {
  candidate: Candidate | null;
  /** A cluster's members' extent (EPSG:3857) to fit the view to. */
  zoomTo: number[] | null;
}

type StyleFn = (f: FeatureLike, r: number) => Style | Style[] | void;
type SelectionOf = (props: Record<string, unknown>, id: unknown, layerProps: Record<string, unknown>) => Selection | null;

/** The largest symbol we draw (an 18 px cluster bubble): the search box around the click. */
const MAX_SYMBOL_RADIUS = 20;
/** The server counts cluster cells 64 × 64 per tile (TileLayers.CellsPerSide). */
const CELLS_PER_SIDE = 64;

interface Found extends PointHit {
  order: number[];
}

/**
 * Point symbols of the visible layers whose drawn size, grown by `tolerance` pixels, covers
 * `pixel`, topmost first: by layer (z-index, then drawing order), the style's z-index, then
 * distance. Read from the features each layer holds (the loaded tiles, a vector source), so
 * a hidden layer, or one outside its zoom range, never answers.
 */
export function pointsNear(map: Map, pixel: number[], tolerance: number, selectionOf: SelectionOf): PointHit[] {
  const view = map.getView();
  const resolution = view.getResolution();
  const coordinate = map.getCoordinateFromPixel(pixel);
  if (!resolution || !coordinate) return [];
  const box = buffer(boundingExtent([coordinate]), (MAX_SYMBOL_RADIUS + tolerance) * resolution);
  const found: Found[] = [];
  map.getAllLayers().forEach((layer, index) => {
    if (!layer.isVisible(view) || layer.getOpacity() === 0) return;
    const features = featuresIn(layer, box);
    if (!features.length) return;
    const style = (layer as unknown as {getStyleFunction?(): StyleFn | undefined}).getStyleFunction?.();
    const layerProps = layer.getProperties();
    for (const feature of features) {
      const geometry = feature.getGeometry();
      if (geometry?.getType() !== 'Point') continue;
      const flat = (geometry as unknown as {getFlatCoordinates(): number[]}).getFlatCoordinates();
      const at = map.getPixelFromCoordinate([flat[0], flat[1]]);
      const symbol = symbolOf(style, feature, resolution);
      if (!at || !symbol) continue;
      const distance = Math.hypot(at[0] - pixel[0], at[1] - pixel[1]);
      if (distance > symbol.radius + tolerance) continue;
      const hit = pointHit(feature, layer, layerProps, flat, resolution, selectionOf);
      if (hit) found.push({...hit, order: [layer.getZIndex() ?? 0, index, symbol.zIndex, -distance]});
    }
  });
  found.sort((a, b) => compareDesc(a.order, b.order));
  return found.map(({candidate, zoomTo}) => ({candidate, zoomTo}));
}

function featuresIn(layer: Layer, box: number[]): FeatureLike[] {
  if (layer instanceof VectorTileLayer) return layer.getFeaturesInExtent(box);
  if (layer instanceof VectorLayer) return layer.getSource()?.getFeaturesInExtent(box) ?? [];
  return [];
}

/** The radius and z-index of the symbol the layer draws for `feature`; null when it draws no image (labels). */
function symbolOf(style: StyleFn | undefined, feature: FeatureLike, resolution: number): {radius: number; zIndex: number} | null {
  const styles = style?.(feature, resolution);
  for (const s of Array.isArray(styles) ? styles : styles ? [styles] : []) {
    const image = s.getImage();
    if (!image) continue;
    const size = image.getSize();
    const scale = image.getScaleArray()[0] ?? 1;
    const radius = size ? (Math.max(size[0], size[1]) / 2) * scale : 8;
    return {radius, zIndex: s.getZIndex() ?? 0};
  }
  return null;
}

/** A row, a server cluster cell or a client cluster (ol/source/Cluster's `features`). */
function pointHit(feature: FeatureLike, layer: Layer, layerProps: Record<string, unknown>, flat: number[], resolution: number, selectionOf: SelectionOf): PointHit | null {
  const members = feature.get('features');
  if (Array.isArray(members) && members.length > 1) {
    const coordinates = members.map((m) => m.getGeometry()?.getCoordinates()).filter(Boolean);
    return {candidate: null, zoomTo: buffer(boundingExtent(coordinates), 20 * resolution)};
  }
  if (Array.isArray(members) && members.length === 1) return pointHit(members[0], layer, layerProps, flat, resolution, selectionOf);
  if (isCluster(feature)) return {candidate: null, zoomTo: cellAround(layer, flat, resolution)};
  const props = feature.getProperties();
  const selection = selectionOf(props, feature.getId(), layerProps);
  return selection ? {candidate: {...selection, depth: -1, label: hitLabel(selection.kind, props)}, zoomTo: null} : null;
}

/**
 * The members of a server cluster lie in one 1/64 tile cell around its centre (the centre
 * is their mean): fit the view to that cell and its neighbours' edges.
 */
function cellAround(layer: Layer, [x, y]: number[], resolution: number): number[] {
  const grid = (layer.getSource() as VectorTileSource | null)?.getTileGrid();
  const z = grid ? grid.getZForResolution(resolution) : 0;
  const size = grid ? grid.getTileSize(z) : 512;
  const tileWidth = (Array.isArray(size) ? size[0] : size) * (grid ? grid.getResolution(z) : resolution);
  const cell = tileWidth / CELLS_PER_SIDE;
  return [x - cell, y - cell, x + cell, y + cell];
}

function compareDesc(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i] - a[i];
  return 0;
}
