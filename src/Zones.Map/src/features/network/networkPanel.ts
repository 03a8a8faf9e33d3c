import {ASSET_KIND_LABELS, ASSET_STATUS_LABELS, ROAD_CLASS_LABELS} from '../../i18n/enumLabels';
import {suggestedCode} from './townshipAt';
import {h as el} from '../../ui/h';

/** The 新增部件 form: what the asset is; the map click says where. */
export interface AssetFormValues { kind: string; identifier: string; name: string; status: string; maintainerUnitId: string }
/** The 新增道路 form: what the road is; the drawn line says where. */
export interface RoadFormValues { name: string; code: string; roadClass: string }

export interface NetworkHandlers {
  placeAsset(values: AssetFormValues): void;
  drawRoad(values: RoadFormValues): void;
  cancel(): void;
}

const options = (table: Record<string, string>) => Object.entries(table).map(([v, t]) => el('option', {value: v.toUpperCase(), textContent: t}));
const field = (label: string, input: HTMLElement) => el('label', {className: 'edit-field'}, label, input);

function button(text: string, action: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', {type: 'button', textContent: text});
  b.dataset.network = action;
  b.addEventListener('click', onClick);
  return b;
}

/**
 * The 部件与道路 panel in #tools: 新增部件 and 新增道路, each with its small form, and the
 * message box. Pure DOM: it calls the handlers and is told what to show. `data-state` on
 * the panel (idle / placing / drawing / saving / saved / failed) is for the browser tests.
 */
export function createNetworkPanel(root: HTMLElement, h: NetworkHandlers) {
  const kind = el('select', {name: 'asset-kind'}, ...options(ASSET_KIND_LABELS));
  const identifier = el('input', {name: 'asset-identifier', placeholder: '部件标识码'});
  const assetName = el('input', {name: 'asset-name', placeholder: '可不填'});
  const status = el('select', {name: 'asset-status'}, ...options(ASSET_STATUS_LABELS));
  const maintainer = el('select', {name: 'asset-maintainer'}, el('option', {value: '', textContent: '（暂无）'}));
  const place = button('在地图上点选位置', 'place-asset', () => {
    if (!identifier.value.trim()) return say(['请填写部件标识码。'], 'error');
    h.placeAsset({kind: kind.value, identifier: identifier.value, name: assetName.value, status: status.value, maintainerUnitId: maintainer.value});
  });
  const assetForm = el('div', {className: 'edit-form', hidden: true},
    field('类型', kind), field('标识码', identifier), field('名称', assetName), field('状态', status), field('管护单位', maintainer), place);

  const roadName = el('input', {name: 'road-name', placeholder: '如：沈家路'});
  const code = el('input', {name: 'road-code'});
  const roadClass = el('select', {name: 'road-class'}, ...options(ROAD_CLASS_LABELS));
  roadClass.value = 'VILLAGE';
  const draw = button('开始画线', 'draw-road', () => {
    if (!roadName.value.trim() || !code.value.trim()) return say(['请填写道路名称和编码。'], 'error');
    h.drawRoad({name: roadName.value, code: code.value, roadClass: roadClass.value});
  });
  const roadForm = el('div', {className: 'edit-form', hidden: true}, field('名称', roadName), field('编码', code), field('等级', roadClass), draw);

  const show = (form: HTMLElement | null) => {
    h.cancel();
    for (const f of [assetForm, roadForm]) f.hidden = f !== form || !f.hidden;
    identifier.value ||= suggestedCode('');
    code.value ||= suggestedCode('R');
    say([], 'info');
  };
  const messages = el('div', {className: 'edit-messages', role: 'alert'});
  const panel = el('div', {className: 'edit-panel network-panel'}, el('h2', {textContent: '部件与道路'}),
    el('div', {className: 'edit-row'}, button('新增部件', 'new-asset', () => show(assetForm)), button('新增道路', 'new-road', () => show(roadForm)),
      button('取消', 'cancel', () => { h.cancel(); say([], 'info'); })),
    messages, assetForm, roadForm);
  panel.dataset.state = 'idle';
  root.append(panel);

  function say(lines: string[], kind: 'error' | 'ok' | 'info'): void {
    messages.dataset.kind = kind;
    messages.replaceChildren(...lines.map((t) => el('p', {textContent: t})));
  }

  return {
    say,
    setState(state: string): void {
      panel.dataset.state = state;
    },
    setUnits(units: {id: string; name: string}[]): void {
      maintainer.replaceChildren(el('option', {value: '', textContent: '（暂无）'}), ...units.map((u) => el('option', {value: u.id, textContent: u.name})));
    },
    /** A saved asset: the next one gets a fresh suggested identifier. */
    nextCodes(): void {
      identifier.value = suggestedCode('');
      code.value = suggestedCode('R');
    },
    destroy(): void {
      panel.remove();
    },
  };
}
