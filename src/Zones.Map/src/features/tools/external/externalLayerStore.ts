import type {App} from '../../../app/app';
import type {ExternalLayerSpec} from './externalLayerSpec';

const LOCAL_KEY = 'zones.externalLayers';
const FIELDS = 'title kind url layer matrixSet format style opacity visible';

/**
 * Where a visitor's external layers are kept: with the signed-in user on the server
 * (myMapLayers / saveMapLayers), in this browser for an anonymous visitor.
 */
export interface ExternalLayerStore {
  load(): Promise<ExternalLayerSpec[]>;
  /** Saves the whole list, lowest first; rejects with the server's zh-CN message. */
  save(layers: ExternalLayerSpec[]): Promise<void>;
}

export function externalLayerStore(app: App): ExternalLayerStore {
  return {
    async load() {
      if (!app.session) return readLocal();
      const data = await app.graphql<{myMapLayers: ExternalLayerSpec[]}>(`{ myMapLayers { ${FIELDS} } }`);
      return data.myMapLayers;
    },
    async save(layers) {
      if (!app.session) return writeLocal(layers);
      const input = layers.map(({title, kind, url, layer, matrixSet, format, style, opacity, visible}) =>
        ({title, kind, url, layer: layer ?? null, matrixSet: matrixSet ?? null, format: format ?? null, style: style ?? null, opacity, visible}));
      const data = await app.graphql<{saveMapLayers: {errors: {message: string}[]}}>(
        'mutation($input: SaveMapLayersInput!) { saveMapLayers(input: $input) { errors { ... on UserError { message } } } }', {input: {layers: input}});
      const error = data.saveMapLayers.errors[0];
      if (error) throw new Error(error.message);
    },
  };
}

function readLocal(): ExternalLayerSpec[] {
  try {
    const stored = JSON.parse(localStorage.getItem(LOCAL_KEY) ?? '[]') as unknown;
    return Array.isArray(stored) ? (stored as ExternalLayerSpec[]) : [];
  } catch {
    return [];
  }
}

function writeLocal(layers: ExternalLayerSpec[]): void {
  try {
    localStorage.setItem(LOCAL_KEY, JSON.stringify(layers));
  } catch {
    throw new Error('浏览器不允许保存（隐私模式？）：图层只在本次打开的页面里有效。登录后可保存到您的账号。');
  }
}
