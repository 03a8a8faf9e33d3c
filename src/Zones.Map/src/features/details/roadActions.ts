import type {GraphQLClient} from '../../api/graphql';
import {RETIRE_ROAD, retireVariables} from '../../api/networkWrites';
import type {Row} from './loadDetails';
import {createManageSection} from './manageSection';
import type {WriteHooks} from './zoneActions';

/** 撤销道路: the segment leaves the map (history keeps it). */
export function roadActions(graphql: GraphQLClient, segment: Row, hooks: WriteHooks): HTMLElement {
  const subject = `路段“${segment.name}（${segment.code}）”`;
  const m = createManageSection(graphql, subject, hooks.reload);
  m.button('撤销道路', 'retire', async () => {
    if (!confirm(`确定撤销${subject}吗？撤销后它不再出现在地图上（历史保留）。`)) return;
    if (await m.run(RETIRE_ROAD, retireVariables(segment as {id: string; version: number}), 'retireRoad')) {
      m.say([`已撤销${subject}。`], 'ok');
      hooks.changed();
    }
  });
  return m.node;
}
