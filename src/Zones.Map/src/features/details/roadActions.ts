import {boundingExtent} from 'ol/extent';
import {fromLonLat} from 'ol/proj';
import type {App} from '../../app/app';
import {RETIRE_ROAD, retireVariables, UPDATE_ROADS, updateRoadsVariables} from '../../api/networkWrites';
import {startRoadEdit, type RoadEditMode, type RoadEditSession} from '../network/roadEdit';
import {el} from './dom';
import type {Row} from './loadDetails';
import {createManageSection} from './manageSection';
import type {WriteHooks} from './zoneActions';

const HELP: Record<RoadEditMode, string> = {
  shape: '拖动蓝线上的顶点改形状，拖线段中间可加顶点；靠近其他道路的顶点或边会自动吸附。与之相连的道路（橙色）在路口跟着移动，保存时一起保存。',
  rotate: '拖动滑块旋转道路：连着路口的一端不动，另一端绕它转；两端都不连路口时绕中点转。',
};

/** The segment's extent in the map's projection, from the line the details read. */
function lineExtent(segment: Row): number[] {
  return boundingExtent((segment.line.geojson.coordinates as [number, number][]).map((p) => fromLonLat(p)));
}

/** 编辑形状 and 旋转 (the roads meeting it at a junction move along, saved together by updateRoads), and 撤销道路. */
export function roadActions(app: App, segment: Row, hooks: WriteHooks): HTMLElement {
  const subject = `路段“${segment.name}（${segment.code}）”`;
  const m = createManageSection(app.graphql, subject, hooks.reload);
  let session: RoadEditSession | null = null;
  const buttons: HTMLButtonElement[] = [];
  const stop = () => { session?.finish(); session = null; m.slot.replaceChildren(); buttons.forEach((b) => { b.disabled = false; }); };

  async function edit(mode: RoadEditMode): Promise<void> {
    stop();
    buttons.forEach((b) => { b.disabled = true; });
    m.say(['正在读取附近的道路 …'], 'info');
    try {
      session = await startRoadEdit(app, String(segment.id), lineExtent(segment), mode);
    } catch (error) {
      stop();
      return m.say([(error as Error).message], 'error');
    }
    if (mode === 'rotate' && !session.pivot) {
      stop();
      return m.say(['这条路段两端都连着路口，旋转会把路口拉开。请用“编辑形状”移动顶点。'], 'error');
    }
    m.say([HELP[mode]], 'info');
    (app.map.getTargetElement() as HTMLElement | null)?.scrollIntoView({block: 'nearest'});
    m.slot.replaceChildren(...controls(mode));
  }

  function controls(mode: RoadEditMode): HTMLElement[] {
    const save = el('button', {type: 'button', className: 'details-primary', textContent: '保存'});
    save.dataset.manage = 'save-road';
    save.addEventListener('click', () => void saveEdit());
    const cancel = el('button', {type: 'button', textContent: '取消'});
    cancel.addEventListener('click', () => { stop(); m.say([], 'info'); });
    if (mode === 'shape') {
      const undo = el('button', {type: 'button', textContent: '撤销一步'});
      undo.dataset.manage = 'undo-road';
      undo.addEventListener('click', () => session?.undo());
      const redo = el('button', {type: 'button', textContent: '重做'});
      redo.addEventListener('click', () => session?.redo());
      return [el('div', {className: 'details-actions'}, save, undo, redo, cancel)];
    }
    const angle = el('input', {type: 'range', min: '-180', max: '180', step: '1', value: '0', name: 'road-angle'});
    const shown = el('output', {textContent: '0°'});
    angle.addEventListener('input', () => { shown.textContent = `${angle.value}°`; session?.turn(Number(angle.value)); });
    return [el('label', {className: 'edit-field'}, '旋转角度 ', angle, shown), el('div', {className: 'details-actions'}, save, cancel)];
  }

  async function saveEdit(): Promise<void> {
    const updates = session?.updates() ?? [];
    if (!updates.length) return m.say(['形状没有变化：请先在地图上拖动顶点或旋转。'], 'error');
    if (await m.run(UPDATE_ROADS, updateRoadsVariables(updates), 'updateRoads')) {
      stop();
      hooks.changed();
      hooks.reload(updates.length > 1
        ? `已保存${subject}的新形状，路口相连的 ${updates.length - 1} 条路段一起移动，路网保持连通。`
        : `已保存${subject}的新形状。`);
    }
  }

  buttons.push(m.button('编辑形状', 'edit-road', () => void edit('shape')));
  buttons.push(m.button('旋转', 'rotate-road', () => void edit('rotate')));
  m.button('撤销道路', 'retire', async () => {
    if (!confirm(`确定撤销${subject}吗？撤销后它不再出现在地图上（历史保留）。`)) return;
    if (await m.run(RETIRE_ROAD, retireVariables(segment as {id: string; version: number}), 'retireRoad')) {
      m.say([`已撤销${subject}。`], 'ok');
      hooks.changed();
    }
  });
  return m.node;
}
