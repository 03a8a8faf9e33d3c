import type BaseLayer from 'ol/layer/Base';
import {h} from '../../../ui/h';
import type {FetchLike} from '../../../ogc/fetchJson';
import {readWms, readWmts, type ServiceOffer} from './capabilities';
import {fetchText} from './externalLayer';
import type {ExternalLayers} from './externalLayers';
import {capabilitiesUrl, checkUrl, type ExternalLayerSpec, KIND_LABELS} from './externalLayerSpec';

/**
 * 添加外部图层: choose the kind, paste the address; for WMTS and WMS 读取服务 reads the
 * capabilities and offers their layers (and, for WMTS, the tile matrix sets: 天地图 w = Web
 * Mercator, c = CGCS2000 经纬度). Below, the external layers with a 删除 button each (their order
 * and opacity are in the 图层 panel).
 */
export function createExternalLayerForm(layers: ExternalLayers, fetchFn: FetchLike, signedIn: () => boolean): HTMLElement {
  const kind = h('select', {name: 'kind'}, ...Object.entries(KIND_LABELS).map(([v, t]) => h('option', {value: v, textContent: t})));
  const url = h('input', {name: 'url', type: 'url', placeholder: 'https://…/{z}/{x}/{y}.png 或 服务地址'});
  const read = h('button', {type: 'button', textContent: '读取服务', hidden: true});
  const layer = h('select', {name: 'layer', hidden: true});
  const matrixSet = h('select', {name: 'matrixSet', hidden: true});
  const title = h('input', {name: 'title', placeholder: '图层名称'});
  const add = h('button', {type: 'button', textContent: '添加图层'});
  const message = h('p', {className: 'tools-message', role: 'alert'});
  const saved = h('ul', {className: 'external-list'});
  const where = h('p', {className: 'tools-note'});
  let offer: ServiceOffer | null = null;

  const say = (text: string, error = true) => {
    message.textContent = text;
    message.dataset.state = error ? 'error' : 'ok';
  };
  const fillMatrixSets = () => {
    const chosen = offer?.layers.find((l) => l.name === layer.value);
    matrixSet.replaceChildren(...(chosen?.matrixSets ?? []).map((m) => h('option', {value: m, textContent: matrixSetLabel(m)})));
    matrixSet.hidden = kind.value !== 'WMTS' || !chosen;
    if (chosen && !title.value) title.value = chosen.title;
  };
  kind.addEventListener('change', () => {
    offer = null;
    read.hidden = kind.value === 'XYZ';
    layer.hidden = matrixSet.hidden = true;
  });
  layer.addEventListener('change', () => {
    title.value = '';
    fillMatrixSets();
  });
  read.addEventListener('click', async () => {
    const problem = checkUrl(kind.value as ExternalLayerSpec['kind'], url.value);
    if (problem) return say(problem);
    say('正在读取服务 …', false);
    try {
      const xml = await fetchText(capabilitiesUrl(kind.value as 'WMTS' | 'WMS', url.value), fetchFn);
      offer = kind.value === 'WMTS' ? readWmts(xml) : readWms(xml);
      layer.replaceChildren(...offer.layers.map((l) => h('option', {value: l.name, textContent: `${l.title}（${l.name}）`})));
      layer.hidden = false;
      fillMatrixSets();
      say(`服务提供 ${offer.layers.length} 个图层，请选择后点“添加图层”。`, false);
    } catch (error) {
      say(error instanceof Error ? error.message : String(error));
    }
  });
  add.addEventListener('click', async () => {
    const k = kind.value as ExternalLayerSpec['kind'];
    const problem = checkUrl(k, url.value) ?? (k !== 'XYZ' && !offer ? '请先点“读取服务”，再选择图层。' : null);
    if (problem) return say(problem);
    const chosen = offer?.layers.find((l) => l.name === layer.value);
    const spec: ExternalLayerSpec = {
      title: title.value.trim() || chosen?.title || '外部图层', kind: k, url: url.value.trim(),
      layer: k === 'XYZ' ? null : layer.value, matrixSet: k === 'WMTS' ? matrixSet.value : null,
      format: k === 'WMTS' ? chosen?.formats[0] ?? null : k === 'WMS' ? 'image/png' : null,
      style: chosen?.styles[0] ?? null, opacity: 1, visible: true,
    };
    try {
      await layers.add(spec);
      say(`已添加“${spec.title}”，可在图层面板调整透明度和上下顺序。`, false);
      title.value = '';
    } catch (error) {
      say(error instanceof Error ? error.message : String(error));
    }
  });

  const renderList = () => {
    where.textContent = signedIn() ? '外部图层保存在您的账号里，换一台电脑登录也在。' : '未登录：外部图层只保存在本浏览器里。';
    saved.replaceChildren(...layers.list().reverse().map((l) => listItem(l, () => void layers.remove(l))));
  };
  layers.onChange((problem) => {
    renderList();
    if (problem) say(problem);
  });
  renderList();
  const field = (label: string, input: HTMLElement) => h('label', {className: 'tools-field'}, h('span', {textContent: label}), input);
  return h('div', {className: 'external-form'}, h('h3', {textContent: '添加外部图层'}),
    field('类型', kind), field('地址', url), read, field('图层', layer), field('切片方案', matrixSet), field('名称', title), add, message,
    saved, where);
}

function listItem(layer: BaseLayer, remove: () => void): HTMLLIElement {
  const button = h('button', {type: 'button', textContent: '删除', title: `删除外部图层“${layer.get('title')}”`});
  button.addEventListener('click', remove);
  return h('li', {}, h('span', {textContent: layer.get('title') as string}), button);
}

/** 天地图's two sets by name; any other set by its identifier. */
function matrixSetLabel(id: string): string {
  if (id === 'w') return 'w：Web 墨卡托（EPSG:3857）';
  if (id === 'c') return 'c：CGCS2000 经纬度（EPSG:4490）';
  return id;
}
