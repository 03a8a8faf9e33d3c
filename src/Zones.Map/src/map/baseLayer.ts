import LayerGroup from 'ol/layer/Group';
import TileLayer from 'ol/layer/Tile';
import XYZ from 'ol/source/XYZ';
import type {BaseMapSpec, MapConfig} from './mapConfig';

/** Property that marks the group holding every base map (and, on each child, its id). */
const GROUP_ID = 'base';
const MAP_ID = 'baseMapId';

/**
 * Every configured base map as one layer group, only the default one visible; null when the
 * server configures none. Townships often run without internet, so the default is no online
 * tiles at all: a plain background is better than a grid of failed tile requests.
 */
export function createBaseLayer(config: MapConfig): LayerGroup | null {
  if (config.baseMaps.length === 0) return null;
  const group = new LayerGroup({
    layers: config.baseMaps.map((spec) => createBaseMap(spec)),
    properties: {id: GROUP_ID},
  });
  showBaseMap(group, config.defaultBaseMap);
  return group;
}

function createBaseMap(spec: BaseMapSpec): LayerGroup {
  return new LayerGroup({
    layers: spec.urls.map((url, index) => new TileLayer({
      source: new XYZ({
        url,
        // Once, on the bottom layer: the annotation layer is the same service.
        attributions: index === 0 ? spec.attribution ?? undefined : undefined,
        // No crossOrigin: most Chinese tile services send no CORS headers, and an
        // anonymous request would fail outright instead of just tainting the canvas.
        maxZoom: spec.maxZoom,
      }),
    })),
    // Hidden maps load no tiles: OL skips invisible layers entirely.
    visible: false,
    properties: {[MAP_ID]: spec.id},
  });
}

/** Show the base map with this id (null: none); every other one is hidden. */
export function showBaseMap(group: LayerGroup, id: string | null): void {
  for (const layer of group.getLayers().getArray()) layer.setVisible(layer.get(MAP_ID) === id);
}

/** Id of the base map shown now, or null. */
export function shownBaseMap(group: LayerGroup): string | null {
  const shown = group.getLayers().getArray().find((layer) => layer.getVisible());
  return shown ? (shown.get(MAP_ID) as string) : null;
}

/** The base-map group of a map's top-level layers, or null when there is none. */
export function findBaseLayer(layers: readonly unknown[]): LayerGroup | null {
  const found = layers.find((l) => l instanceof LayerGroup && l.get('id') === GROUP_ID);
  return (found as LayerGroup | undefined) ?? null;
}

/**
 * New tile layers over the shown base map's sources, for a second map (the print view):
 * a layer belongs to one map, but sources and their tile caches can be shared.
 */
export function copyShownBaseMap(group: LayerGroup | null): TileLayer<XYZ>[] {
  const shown = group?.getLayers().getArray().find((layer) => layer.getVisible());
  if (!(shown instanceof LayerGroup)) return [];
  return shown.getLayers().getArray().map((layer) => new TileLayer({source: (layer as TileLayer<XYZ>).getSource()!}));
}
