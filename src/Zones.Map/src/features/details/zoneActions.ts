import type {GraphQLClient} from '../../api/graphql';
import {el} from './dom';
import type {Row} from './loadDetails';
import {createManageSection} from './manageSection';
import {nameProblem, RENAME_ZONE, renameVariables, RETIRE_ZONE, retireVariables} from './zoneWrites';

export interface WriteHooks {
  /** Read the panel again (after a save, with what it did; or for 重新加载). */
  reload(notice?: string): void;
  /** Something on the map changed: layers and gaps refresh. */
  changed(): void;
}

/** 重命名 and 撤销片区 of a zone, for planners and admins. */
export function zoneActions(graphql: GraphQLClient, zone: Row, hooks: WriteHooks): HTMLElement {
  const subject = `片区“${zone.name}”`;
  const m = createManageSection(graphql, subject, hooks.reload);

  m.button('重命名', 'rename', () => {
    const input = el('input', {name: 'zone-name', value: zone.name});
    const save = el('button', {type: 'submit', className: 'details-primary', textContent: '保存名称'});
    const cancel = el('button', {type: 'button', textContent: '取消'});
    cancel.addEventListener('click', () => m.slot.replaceChildren());
    const form = el('form', {className: 'manage-form'}, el('label', {}, '新名称 ', input), el('div', {className: 'details-actions'}, save, cancel));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const problem = nameProblem(input.value, zone.name);
      if (problem) return m.say([problem], 'error');
      save.disabled = true;
      if (await m.run(RENAME_ZONE, renameVariables(zone as {id: string; version: number}, input.value), 'updateZone')) {
        hooks.changed();
        hooks.reload(`已把${subject}改名为“${input.value.trim()}”。`);
      }
      save.disabled = false;
    });
    m.slot.replaceChildren(form);
    input.select();
  });

  m.button('撤销片区', 'retire', async () => {
    if (!confirm(`确定撤销${subject}吗？撤销后它不再出现在地图上，其包联一并结束（历史保留）。`)) return;
    if (await m.run(RETIRE_ZONE, retireVariables(zone as {id: string; version: number}), 'deleteZone')) {
      m.say([`已撤销${subject}。`], 'ok');
      hooks.changed();
    }
  });
  return m.node;
}
