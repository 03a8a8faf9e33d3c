import {describe, expect, it} from 'vitest';
import type {LayerEntry} from '../layers/layerCatalog';
import type {LayerPanel} from './layerPanel';
import {createLoadProgress} from './loadProgress';
import type {StatusLine} from './statusLine';

function harness() {
  const shown: string[] = [];
  const counts: string[] = [];
  const status: StatusLine = {progress: (t) => shown.push(t), done: (t) => shown.push(t), error: (m) => shown.push(m)};
  const panel: LayerPanel = {setCount: (id, n) => counts.push(`${id}=${n}`), markUnloaded: () => {}};
  return {shown, counts, progress: createLoadProgress(status, panel)};
}

const assets = {id: 'assets', label: '设施', unit: '处'} as LayerEntry;

describe('createLoadProgress', () => {
  it('names the map configuration as the subject before any layer starts', () => {
    expect(harness().progress.subject).toBe('地图配置');
  });

  it('shows "正在加载：设施 3/4 …" and remembers the subject for errors', () => {
    const h = harness();
    h.progress.onLayerStart(assets, 3, 4);
    expect(h.shown).toEqual(['正在加载：设施 3/4 …']);
    expect(h.progress.subject).toBe('设施');
  });

  it('then says it draws the first view, which becomes the subject of an error', () => {
    const h = harness();
    h.progress.onZonesFitted(true);
    expect(h.shown).toEqual(['正在绘制地图 …']);
    expect(h.progress.subject).toBe('地图瓦片');
    expect(h.progress.note).toBe('');
  });

  it('passes counts to the panel and notes a township without zones and failed tiles', () => {
    const h = harness();
    h.progress.onLayerLoaded(assets, 750);
    h.progress.onZonesFitted(false);
    h.progress.onTileErrors(assets, 2);
    expect(h.counts).toEqual(['assets=750']);
    expect(h.progress.note).toBe('（没有片区数据，地图停在默认位置）（设施有 2 块瓦片未能加载，请稍后刷新）');
  });
});
