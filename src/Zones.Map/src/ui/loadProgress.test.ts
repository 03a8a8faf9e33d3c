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

  it('adds the page count only while more pages are to come', () => {
    const h = harness();
    h.progress.onLayerStart(assets, 3, 4);
    h.progress.onPage(assets, {pages: 1, received: 5000, numberMatched: 12000});
    h.progress.onPage(assets, {pages: 3, received: 12000, numberMatched: 12000});
    expect(h.shown).toEqual(['正在加载：设施 3/4 …', '正在加载：设施 3/4 …（已取得 5000 / 12000 条）']);
  });

  it('passes counts to the panel and notes a township without zones', () => {
    const h = harness();
    h.progress.onLayerLoaded(assets, 750);
    h.progress.onZonesFitted(false);
    expect(h.counts).toEqual(['assets=750']);
    expect(h.progress.note).toContain('没有片区数据');
  });
});
