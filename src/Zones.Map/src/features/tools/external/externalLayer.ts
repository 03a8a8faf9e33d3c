import TileLayer from 'ol/layer/Tile';
import TileWMS from 'ol/source/TileWMS';
import WMTS, {optionsFromCapabilities} from 'ol/source/WMTS';
import XYZ from 'ol/source/XYZ';
import type {FetchLike} from '../../../ogc/fetchJson';
import {readWmts} from './capabilities';
import {capabilitiesUrl, type ExternalLayerSpec, keyParams, withParams} from './externalLayerSpec';

/**
 * The OL layer of an external layer: tiles from an XYZ template, a WMTS layer (its capabilities
 * read again, so a service that moved its tiles keeps working) or WMS tiles. Key parameters of the
 * address (天地图 tk=…) go with every tile request. No crossOrigin: most Chinese tile services send
 * no CORS headers, and an anonymous request would fail outright instead of only keeping the layer
 * out of a PNG export. The layer carries `panelId` and `title`, so the layer panel lists it.
 */
export async function createExternalLayer(spec: ExternalLayerSpec, panelId: string, fetchFn: FetchLike): Promise<TileLayer> {
  const layer = new TileLayer({
    opacity: spec.opacity,
    visible: spec.visible,
    properties: {panelId, title: spec.title, external: spec},
  });
  layer.setSource(await createSource(spec, fetchFn));
  return layer;
}

async function createSource(spec: ExternalLayerSpec, fetchFn: FetchLike): Promise<XYZ | WMTS | TileWMS> {
  if (spec.kind === 'XYZ') return new XYZ({url: spec.url.trim(), attributions: spec.title});
  if (spec.kind === 'WMS') {
    return new TileWMS({
      url: spec.url.trim(),
      params: {LAYERS: spec.layer, STYLES: spec.style ?? '', FORMAT: spec.format || 'image/png', TRANSPARENT: true},
      attributions: spec.title,
    });
  }
  const xml = await fetchText(capabilitiesUrl('WMTS', spec.url), fetchFn);
  const {document} = readWmts(xml);
  const options = optionsFromCapabilities(document as object, {layer: spec.layer!, matrixSet: spec.matrixSet!, format: spec.format ?? undefined});
  if (!options) throw new Error(`服务里没有图层“${spec.layer}”的切片方案“${spec.matrixSet}”：请重新读取服务并选择。`);
  const keys = keyParams(spec.url);
  options.urls = (options.urls ?? []).map((u) => withParams(u, keys));
  options.style = spec.style ?? options.style;
  return new WMTS({...options, attributions: spec.title});
}

/** A capabilities document as text; failures said in words (CORS looks like a network error to the page). */
export async function fetchText(url: string, fetchFn: FetchLike): Promise<string> {
  let response: Response;
  try {
    response = await fetchFn(url, {signal: AbortSignal.timeout(20_000)});
  } catch {
    throw new Error('读不到服务的能力文档（GetCapabilities）：服务器没有应答，或不允许本网页跨域读取。请检查地址和网络。');
  }
  if (!response.ok) throw new Error(`服务返回 HTTP ${response.status}：请检查地址${response.status === 403 ? '和密钥（天地图 tk=）' : ''}。`);
  return await response.text();
}
