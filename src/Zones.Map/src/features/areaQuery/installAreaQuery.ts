import {toLonLat} from 'ol/proj';
import type {App} from '../../app/app';
import {claimClicks, on} from '../../app/app';
import {createAreaLayer} from './areaLayer';
import {createAreaPanel} from './areaPanel';
import {renderTable} from './areaResults';
import {AREA_TABLES, type SpatialTest} from './areaTables';
import {encodeCsv} from './csv';
import {csvFileName, downloadCsv} from './downloadCsv';
import {fetchAllPages} from './fetchAllPages';
import {loadZoneChoices} from './zoneChoices';
import './areaQuery.css';

/**
 * The area being queried: its name, its WGS84 outline and the filter for each spatial test.
 * A stored zone is passed by id (the server intersects with its boundary, every table alike).
 */
interface Area {
  label: string;
  geojson: unknown;
  where(test: SpatialTest): Record<string, unknown>;
}

/** 500 rows a request: 2175 demo assets show progress in five steps, each well under the cost limit. */
const PAGE_SIZE = 500;

const ZONE = `query AreaZone($id: ID!) { zone(id: $id) { id name boundary { geojson(decimals: 7) } } }`;
const ZONES_AT = `query AreaZonesAt($point: PointInput!) { zonesAt(point: $point) { id name } }`;

/** 区域查询: draw a polygon or pick a zone → the assets, roads and complaints inside, with counts and CSV. */
export async function installAreaQuery(app: App): Promise<void> {
  const panel = createAreaPanel(app.element('area-query'));
  const layer = createAreaLayer(app.map);
  let running: AbortController | null = null;

  // After the map's first tiles: the zone list is for later and must not hold up the first view.
  app.map.once('loadend', () => {
    loadZoneChoices(app.graphql).then(panel.setZones, (e) => panel.say(`片区列表读取失败：${messageOf(e)}`, 'error'));
  });

  const run = async (area: Area) => {
    running?.abort();
    const current = new AbortController();
    running = current;
    panel.results.replaceChildren();
    panel.root.dataset.area = area.label;
    panel.root.dataset.geojson = JSON.stringify(area.geojson);
    layer.show(area.geojson);
    try {
      const parts: string[] = [];
      for (const table of AREA_TABLES) {
        panel.say(`正在读取${table.label} …`, 'loading');
        const {rows, totalCount} = await fetchAllPages(app.graphql, table.query, table.id, {where: area.where(table.test)}, {
          pageSize: PAGE_SIZE,
          signal: current.signal,
          onPage: (received, total) => panel.say(`正在读取${table.label}：已读取 ${received}/${total}`, 'loading'),
        });
        if (current.signal.aborted) return;
        const save = () => downloadCsv(csvFileName(area.label, table.label), encodeCsv(table.columns, rows));
        panel.results.append(renderTable(table, rows, totalCount, save));
        parts.push(`${table.label} ${totalCount} ${table.unit}`);
      }
      panel.say(`${area.label}：${parts.join('，')}。`, 'done');
    } catch (error) {
      if (current.signal.aborted) return;
      panel.say(`区域查询失败：${messageOf(error)} 可点“清除”后重新选择范围。`, 'error');
    }
  };

  const runZone = async (id: string) => {
    try {
      const {zone} = await app.graphql<{zone: {id: string; name: string; boundary: {geojson: unknown}} | null}>(ZONE, {id});
      if (!zone) return panel.say('这个片区已不存在（可能刚被撤销），请刷新页面后重选。', 'error');
      panel.zoneSelect.value = zone.id;
      await run({label: zone.name, geojson: zone.boundary.geojson, where: () => ({zoneId: zone.id})});
    } catch (error) {
      panel.say(`片区读取失败：${messageOf(error)}`, 'error');
    }
  };

  panel.drawButton.addEventListener('click', async () => {
    panel.say('在地图上逐点单击画出范围，双击结束；按 Esc 取消。', 'hint');
    const release = claimClicks(app, 'area-query');
    const geojson = await layer.draw().finally(release);
    if (geojson === null) return panel.say('已取消画范围。', 'hint');
    panel.zoneSelect.value = '';
    await run({label: '手绘范围', geojson, where: (test) => ({[test]: {geojson}})});
  });

  panel.pickButton.addEventListener('click', () => {
    layer.cancelDraw();
    panel.say('请在地图上单击要查询的片区。', 'hint');
    const release = claimClicks(app, 'area-query-pick');
    app.map.once('singleclick', async (e) => {
      release();
      const [lon, lat] = toLonLat(e.coordinate);
      try {
        const {zonesAt} = await app.graphql<{zonesAt: {id: string}[]}>(ZONES_AT, {point: {lon, lat}});
        // Most specific first: the 网格 or 村 the clerk clicked, not the whole township.
        if (zonesAt.length === 0) return panel.say('这里不在任何片区内，请在片区范围内单击。', 'error');
        await runZone(zonesAt[0].id);
      } catch (error) {
        panel.say(`片区读取失败：${messageOf(error)}`, 'error');
      }
    });
  });

  panel.zoneSelect.addEventListener('change', () => {
    if (panel.zoneSelect.value) void runZone(panel.zoneSelect.value);
  });

  panel.clearButton.addEventListener('click', () => {
    running?.abort();
    layer.cancelDraw();
    layer.clear();
    panel.results.replaceChildren();
    panel.zoneSelect.value = '';
    delete panel.root.dataset.area;
    delete panel.root.dataset.geojson;
    panel.say('', 'hint');
  });

  // A zone picked elsewhere (details, search) is offered here, not queried: queries cost the server.
  on(app, 'select', (selection) => {
    if (selection.kind === 'zone' && panel.root.dataset.state !== 'loading') panel.zoneSelect.value = selection.id;
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
