/** An external layer as the server keeps it (ExternalLayer / ExternalLayerInput of the API). */
export interface ExternalLayerSpec {
  title: string;
  kind: 'XYZ' | 'WMTS' | 'WMS';
  url: string;
  layer?: string | null;
  matrixSet?: string | null;
  format?: string | null;
  style?: string | null;
  opacity: number;
  visible: boolean;
}

export const KIND_LABELS: Record<ExternalLayerSpec['kind'], string> = {
  XYZ: 'XYZ 瓦片（{z}/{x}/{y} 模板）',
  WMTS: 'WMTS（含天地图）',
  WMS: 'WMS',
};

/**
 * What is wrong with an address, in words a clerk can act on, or null. The server checks the same
 * (MapLayerChecks.cs); checking here first saves a round trip and keeps anonymous visitors' layers
 * (kept only in the browser) as clean as signed-in users'.
 */
export function checkUrl(kind: ExternalLayerSpec['kind'], url: string): string | null {
  const trimmed = url.trim();
  if (trimmed === '') return '请填写服务地址。';
  if (trimmed.length > 2048) return '地址超过 2 KB：请检查是否粘贴了多余内容。';
  let parsed: URL;
  try {
    parsed = new URL(trimmed.replace(/[{}]/g, ''));
  } catch {
    return '地址格式不对：应是完整的网址，例如 https://example.com/…';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '地址必须以 http:// 或 https:// 开头。';
  if (kind === 'XYZ' && !(trimmed.includes('{z}') && trimmed.includes('{x}') && /\{-?y\}/.test(trimmed))) {
    return 'XYZ 瓦片地址里要有 {z}、{x}、{y}，例如 https://example.com/{z}/{x}/{y}.png';
  }
  return null;
}

// Parameters of the OGC requests themselves: everything else in the address (天地图's tk=, a
// vendor's key=) must travel with every tile request too.
const OGC_PARAMS = new Set(['service', 'request', 'version', 'acceptversions', 'layer', 'layers', 'style', 'styles', 'format',
  'tilematrixset', 'tilematrix', 'tilerow', 'tilecol', 'crs', 'srs', 'bbox', 'width', 'height', 'transparent']);

/** The address's own query parameters that are not OGC request parameters (e.g. tk=…). */
export function keyParams(url: string): Record<string, string> {
  const params: Record<string, string> = {};
  try {
    new URL(url).searchParams.forEach((value, name) => {
      if (!OGC_PARAMS.has(name.toLowerCase())) params[name] = value;
    });
  } catch {
    // Not a URL: no parameters to keep.
  }
  return params;
}

/** `url` with `params` added (replacing same-named ones), keeping {z}-style placeholders intact. */
export function withParams(url: string, params: Record<string, string>): string {
  const names = Object.keys(params);
  if (names.length === 0) return url;
  const [base, query = ''] = url.split('?', 2) as [string, string?];
  const kept = query.split('&').filter((p) => p && !names.some((n) => p.toLowerCase().startsWith(`${n.toLowerCase()}=`)));
  const added = names.map((n) => `${encodeURIComponent(n)}=${encodeURIComponent(params[n]!)}`);
  return `${base}?${[...kept, ...added].join('&')}`;
}

/** The GetCapabilities address of a WMTS or WMS service from whatever the user pasted. */
export function capabilitiesUrl(kind: 'WMTS' | 'WMS', url: string): string {
  const parsed = new URL(url.trim());
  if (/\.xml$/i.test(parsed.pathname)) return parsed.href;
  const lower = new Set([...parsed.searchParams.keys()].map((k) => k.toLowerCase()));
  if (!lower.has('service')) parsed.searchParams.set('SERVICE', kind);
  if (!lower.has('request')) parsed.searchParams.set('REQUEST', 'GetCapabilities');
  return parsed.href;
}
