import type {App} from '../../app/app';
import {moveAssetVariables, RETIRE_ASSET, retireVariables, UPDATE_ASSET} from '../../api/networkWrites';
import {ASSET_KIND_LABELS} from '../../i18n/enumLabels';
import {startAssetMove} from './assetMove';
import {el} from './dom';
import {enumLabel} from './labels';
import type {Row} from './loadDetails';
import {createManageSection} from './manageSection';
import type {WriteHooks} from './zoneActions';

/** 移动 (drag on the map, saved with updateAsset) and 报废/撤销 (retireAsset) of an asset. */
export function assetActions(app: App, asset: Row, hooks: WriteHooks): HTMLElement {
  const subject = `部件“${asset.name ?? `${enumLabel(ASSET_KIND_LABELS, asset.kind)} ${asset.identifier}`}”`;
  const m = createManageSection(app.graphql, subject, hooks.reload);

  const move = m.button('移动', 'move', () => {
    move.disabled = true;
    const session = startAssetMove(app, asset.location.geojson.coordinates as [number, number]);
    (app.map.getTargetElement() as HTMLElement | null)?.scrollIntoView({block: 'nearest'});
    const save = el('button', {type: 'button', className: 'details-primary', textContent: '保存位置'});
    save.dataset.manage = 'save-move';
    const cancel = el('button', {type: 'button', textContent: '取消'});
    const stop = () => { m.slot.replaceChildren(); move.disabled = false; return session.finish(); };
    cancel.addEventListener('click', () => { stop(); m.say([], 'info'); });
    save.addEventListener('click', async () => {
      const drop = stop();
      if (!drop) return m.say(['位置没有变化：请先把地图上的蓝色圆点拖到新位置。'], 'error');
      // Dropped on a road: linked to it; elsewhere it keeps the road it had.
      const moved = drop.roadId ? {...asset, road: {id: drop.roadId}} : asset;
      if (await m.run(UPDATE_ASSET, moveAssetVariables(moved, drop.point), 'updateAsset')) {
        hooks.changed();
        hooks.reload(`已保存${subject}的新位置。`);
      }
    });
    m.slot.replaceChildren(el('p', {className: 'details-muted', textContent: '把地图上的蓝色圆点拖到新位置（离道路 15 像素以内会吸附到道路上），再点“保存位置”。'}),
      el('div', {className: 'details-actions'}, save, cancel));
  });

  m.button('报废/撤销', 'retire', async () => {
    if (!confirm(`确定报废（撤销）${subject}吗？它将不再出现在地图和台账中（历史保留）。`)) return;
    if (await m.run(RETIRE_ASSET, retireVariables(asset as {id: string; version: number}), 'retireAsset')) {
      m.say([`已报废${subject}。`], 'ok');
      hooks.changed();
    }
  });
  return m.node;
}
