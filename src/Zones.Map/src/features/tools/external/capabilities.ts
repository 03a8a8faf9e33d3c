import WMSCapabilities from 'ol/format/WMSCapabilities';
import WMTSCapabilities from 'ol/format/WMTSCapabilities';
import {getWidth} from 'ol/extent';
import {get as getProjection} from 'ol/proj';
import {registerCgcs2000} from './cgcs2000';

/** A layer a service offers, as the add-layer form lists it. */
export interface OfferedLayer {
  name: string;
  title: string;
  /** WMTS: the tile matrix sets the layer comes in (天地图: w or c); WMS: empty. */
  matrixSets: string[];
  formats: string[];
  styles: string[];
}

/** A read capabilities document: what the service offers and the parsed document for the source. */
export interface ServiceOffer {
  layers: OfferedLayer[];
  document: unknown;
}

type Caps = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The layers of a WMTS capabilities document (ol/format/WMTSCapabilities). */
export function readWmts(xml: string): ServiceOffer {
  registerCgcs2000();
  const document = new WMTSCapabilities().read(xml) as Caps | null;
  const layers = ((document?.Contents?.Layer ?? []) as Caps[]).map((l) => ({
    name: String(l.Identifier),
    title: String(l.Title ?? l.Identifier),
    matrixSets: ((l.TileMatrixSetLink ?? []) as Caps[]).map((s) => String(s.TileMatrixSet)),
    formats: (l.Format ?? []) as string[],
    styles: ((l.Style ?? []) as Caps[]).map((s) => String(s.Identifier)),
  }));
  if (layers.length === 0) throw new Error('这个地址返回的不是 WMTS 能力文档，或其中没有图层：请检查地址（天地图要带 tk= 密钥）。');
  for (const set of (document?.Contents?.TileMatrixSet ?? []) as Caps[]) fixScreenScale(set);
  return {layers, document};
}

// The WMTS standard pixel is 0.28 mm; 天地图 (and ArcGIS-made capabilities) compute their scale
// denominators with a 96 dpi screen pixel (0.0254 / 96 m), so OL would take every level's tiles
// 5.8 % too large and draw them off their place.
const SCREEN_PIXEL_FACTOR = 0.28e-3 / (0.0254 / 96);

/**
 * Rescales a tile matrix set whose first matrix should span its projection's whole width (a
 * global grid) but, read with the 0.28 mm pixel, spans 5.8 % more: the 96 dpi mistake above.
 * Any other set is left as it is.
 */
function fixScreenScale(set: Caps): void {
  const projection = getProjection(String(set.SupportedCRS ?? ''));
  const first = (set.TileMatrix as Caps[] | undefined)?.[0];
  const extent = projection?.getExtent();
  if (!projection || !first || !extent) return;
  const resolution = (first.ScaleDenominator * 0.28e-3) / projection.getMetersPerUnit()!;
  const spans = (resolution * first.TileWidth * first.MatrixWidth) / getWidth(extent);
  if (Math.abs(spans - SCREEN_PIXEL_FACTOR) > 0.002) return;
  for (const matrix of set.TileMatrix as Caps[]) matrix.ScaleDenominator /= spans;
}

/** The named layers of a WMS capabilities document, nested ones included. */
export function readWms(xml: string): ServiceOffer {
  const document = new WMSCapabilities().read(xml) as Caps | null;
  const layers: OfferedLayer[] = [];
  const walk = (layer: Caps | undefined) => {
    if (!layer) return;
    if (layer.Name) layers.push({name: String(layer.Name), title: String(layer.Title ?? layer.Name), matrixSets: [], formats: [], styles: ((layer.Style ?? []) as Caps[]).map((s) => String(s.Name))});
    for (const child of (layer.Layer ?? []) as Caps[]) walk(child);
  };
  walk(document?.Capability?.Layer);
  if (layers.length === 0) throw new Error('这个地址返回的不是 WMS 能力文档，或其中没有可显示的图层：请检查地址。');
  return {layers, document};
}
