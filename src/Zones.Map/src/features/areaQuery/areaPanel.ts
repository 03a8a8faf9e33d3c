/** A zone in the 选择片区 list. */
export interface ZoneChoice {
  id: string;
  name: string;
  level: string;
}

export interface AreaPanel {
  root: HTMLElement;
  drawButton: HTMLButtonElement;
  pickButton: HTMLButtonElement;
  zoneSelect: HTMLSelectElement;
  clearButton: HTMLButtonElement;
  /** The line under the tools: progress, hints and errors. */
  say(text: string, state?: 'loading' | 'done' | 'error' | 'hint'): void;
  results: HTMLElement;
  setZones(zones: ZoneChoice[]): void;
}

// Indented by level so the list reads as the zone tree (镇 → 片区 → 村 → 组).
const INDENT: Record<string, number> = {COUNTY: 0, TOWNSHIP: 0, AREA: 1, VILLAGE: 2, GROUP: 3};

/** The 区域查询 panel: a header with its own tool buttons, a status line and the results. */
export function createAreaPanel(root: HTMLElement): AreaPanel {
  root.classList.add('area-query');
  root.innerHTML = `
    <header class="aq-header">
      <h2>区域查询</h2>
      <div class="aq-tools" role="group" aria-label="区域查询工具">
        <button type="button" data-action="draw" title="在地图上逐点单击画出范围，双击结束；Esc 取消">画范围</button>
        <button type="button" data-action="pick" title="在地图上单击一个片区">点选片区</button>
        <select data-action="zone" aria-label="选择片区"><option value="">选择片区…</option></select>
        <button type="button" data-action="clear" title="清除范围和结果">清除</button>
      </div>
    </header>
    <p class="aq-status" role="status" aria-live="polite"></p>
    <div class="aq-results"></div>`;
  const status = root.querySelector<HTMLElement>('.aq-status')!;
  const zoneSelect = root.querySelector<HTMLSelectElement>('[data-action="zone"]')!;
  return {
    root,
    drawButton: root.querySelector('[data-action="draw"]')!,
    pickButton: root.querySelector('[data-action="pick"]')!,
    zoneSelect,
    clearButton: root.querySelector('[data-action="clear"]')!,
    results: root.querySelector('.aq-results')!,
    say(text, state = 'hint') {
      status.textContent = text;
      status.dataset.state = state;
      root.dataset.state = state;
    },
    setZones(zones) {
      zoneSelect.replaceChildren(new Option('选择片区…', ''));
      for (const zone of zones) {
        const pad = '\u3000'.repeat(INDENT[zone.level] ?? 0);
        zoneSelect.append(new Option(pad + zone.name, zone.id));
      }
    },
  };
}
