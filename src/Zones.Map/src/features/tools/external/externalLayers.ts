import type TileLayer from 'ol/layer/Tile';
import type BaseLayer from 'ol/layer/Base';
import {type App, on} from '../../../app/app';
import {createExternalLayer} from './externalLayer';
import type {ExternalLayerSpec} from './externalLayerSpec';
import {externalLayerStore} from './externalLayerStore';

export interface ExternalLayers {
  /** Adds a layer above the other external ones and saves the list; rejects with what went wrong. */
  add(spec: ExternalLayerSpec): Promise<void>;
  remove(layer: BaseLayer): Promise<void>;
  /** The external layers on the map, lowest first. */
  list(): TileLayer[];
  /** Called after every load, add, remove or save (ok = saved or loaded; else the message). */
  onChange(listener: (message: string | null) => void): void;
}

/**
 * The external layers of the visitor on the map: loaded from their store when the page starts
 * and when the session changes, put just above the base map (the layer panel then orders them),
 * and saved again whenever one is added, removed, reordered, faded or switched.
 */
export function installExternalLayers(app: App): ExternalLayers {
  const listeners: ((message: string | null) => void)[] = [];
  const tell = (message: string | null) => listeners.forEach((l) => l(message));
  const list = () => app.map.getLayers().getArray().filter((l) => l.get('external')) as TileLayer[];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let loading = false;

  /** Saves the list; resolves with the problem in words, or null when saved. */
  const save = async (): Promise<string | null> => {
    const specs = list().map((l) => ({...(l.get('external') as ExternalLayerSpec), opacity: round(l.getOpacity()), visible: l.getVisible()}));
    let problem: string | null = null;
    try {
      await externalLayerStore(app).save(specs);
    } catch (error) {
      problem = `外部图层没有保存：${error instanceof Error ? error.message : String(error)}`;
    }
    tell(problem);
    return problem;
  };
  const saveSoon = () => {
    if (loading) return;
    clearTimeout(timer);
    timer = setTimeout(() => void save(), 400);
  };
  const watch = (layer: TileLayer) => {
    layer.on('change:opacity', saveSoon);
    layer.on('change:visible', saveSoon);
  };
  // The panel reorders by taking layers out and putting them back: save the order once it settles.
  app.map.getLayers().on('add', (e) => e.element.get('external') && saveSoon());

  const place = (layer: TileLayer) => {
    const layers = app.map.getLayers();
    const base = layers.getArray().findIndex((l) => l.get('id') === 'base');
    const external = list();
    const above = external.length ? layers.getArray().indexOf(external[external.length - 1]!) : base;
    layers.insertAt(above + 1, layer);
  };

  const load = async () => {
    loading = true;
    list().forEach((l) => app.map.removeLayer(l));
    const problems: string[] = [];
    try {
      const specs = await externalLayerStore(app).load();
      for (const spec of specs) {
        try {
          const layer = await createExternalLayer(spec, panelId(spec), app.fetch);
          watch(layer);
          place(layer);
        } catch (error) {
          problems.push(`外部图层“${spec.title}”没有加载：${error instanceof Error ? error.message : String(error)}`);
        }
      }
    } catch (error) {
      problems.push(`读取外部图层失败：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      loading = false;
    }
    tell(problems.length ? problems.join('\n') : null);
  };
  on(app, 'session-changed', () => void load());
  void load();

  return {
    async add(spec) {
      const layer = await createExternalLayer(spec, panelId(spec), app.fetch);
      watch(layer);
      loading = true;
      place(layer);
      loading = false;
      const problem = await save();
      if (problem) {
        app.map.removeLayer(layer);
        throw new Error(problem);
      }
    },
    async remove(layer) {
      app.map.removeLayer(layer);
      await save();
    },
    list,
    onChange: (listener) => listeners.push(listener),
  };
}

function round(opacity: number): number {
  return Math.round(opacity * 100) / 100;
}

/** A stable id for the panel's stored order: the same service layer keeps its place across visits. */
function panelId(spec: ExternalLayerSpec): string {
  const key = [spec.kind, spec.url, spec.layer ?? '', spec.matrixSet ?? ''].join('|');
  let hash = 0;
  for (const ch of key) hash = (Math.imul(hash, 31) + ch.charCodeAt(0)) | 0;
  return `ext:${(hash >>> 0).toString(36)}`;
}
