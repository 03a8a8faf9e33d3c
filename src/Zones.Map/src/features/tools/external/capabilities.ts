import WMSCapabilities from 'ol/format/WMSCapabilities';
import WMTSCapabilities from 'ol/format/WMTSCapabilities';
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
  return {layers, document};
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
