import {el} from '../details/dom';
import type {TableLayer} from './tableColumns';
import {filterRows, sortRows, type TableRow} from './tableRows';
import type {ViewRows} from './viewRows';

/** Rows put in the page at once; the count says how many more the filter or a closer view would show. */
const MAX_SHOWN = 500;

export interface TablePanelHooks {
  /** Another layer was chosen in the list. */
  layerChanged(id: string): void;
  /** A row was clicked: open it. */
  rowClicked(row: TableRow): void;
  close(): void;
}

export interface TablePanel {
  /** Offer these layers (the visible ones) in the list, `current` chosen. */
  setLayers(layers: TableLayer[], current: TableLayer | null): void;
  loading(): void;
  show(layer: TableLayer, rows: ViewRows): void;
  error(message: string): void;
  /** Mark the row of the feature the details panel shows. */
  mark(id: string | null): void;
}

/**
 * The 属性表 section: a layer list, a filter box, a count and a table whose headers sort.
 * `data-state` (loading / ready / error), `data-layer` and `data-rows` (rows in view) are
 * for the browser tests.
 */
export function createTablePanel(section: HTMLElement, hooks: TablePanelHooks): TablePanel {
  const layerSelect = el('select', {name: 'layer', title: '列出哪个图层'});
  const filter = el('input', {type: 'search', name: 'filter', placeholder: '筛选：名称、编号、类型…'});
  filter.setAttribute('aria-label', '筛选');
  const count = el('p', {className: 'table-count'});
  const head = el('tr');
  const body = el('tbody');
  const table = el('table', {className: 'attribute-rows'}, el('thead', {}, head), body);
  const close = el('button', {type: 'button', className: 'table-close', textContent: '×', title: '关闭属性表'});
  close.setAttribute('aria-label', '关闭属性表');

  let layer: TableLayer | null = null;
  let data: ViewRows | null = null;
  let sort: {index: number; descending: boolean} | null = null;
  let marked: string | null = null;

  layerSelect.addEventListener('change', () => { sort = null; hooks.layerChanged(layerSelect.value); });
  filter.addEventListener('input', () => render());
  close.addEventListener('click', () => hooks.close());
  body.addEventListener('click', (e) => {
    const tr = (e.target as HTMLElement).closest('tr');
    const row = tr && data?.rows.find((r) => r.id === tr.dataset.id);
    if (row) hooks.rowClicked(row);
  });
  body.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    const row = data?.rows.find((r) => r.id === (e.target as HTMLElement).closest('tr')?.dataset.id);
    if (row) hooks.rowClicked(row);
  });

  section.replaceChildren(
    el('div', {className: 'table-head'}, el('h2', {textContent: '属性表'}), close),
    el('div', {className: 'table-controls'}, layerSelect, filter),
    count,
    el('div', {className: 'table-scroll'}, table),
  );

  function header(current: TableLayer) {
    head.replaceChildren(...current.columns.map((c, index) => {
      const button = el('button', {type: 'button', textContent: c.label, title: `按“${c.label}”排序`});
      button.addEventListener('click', () => {
        sort = sort?.index === index ? {index, descending: !sort.descending} : {index, descending: false};
        render();
      });
      const th = el('th', {}, button);
      th.dataset.column = c.key;
      th.setAttribute('aria-sort', sort?.index === index ? (sort.descending ? 'descending' : 'ascending') : 'none');
      return th;
    }));
  }

  function render() {
    if (!layer || !data) return;
    header(layer);
    const kept = filterRows(data.rows, filter.value);
    const ordered = sort ? sortRows(kept, sort.index, sort.descending, layer.columns[sort.index]?.numeric) : kept;
    const shown = ordered.slice(0, MAX_SHOWN);
    body.replaceChildren(...shown.map((r) => {
      const tr = el('tr', {tabIndex: 0}, ...r.cells.map((c) => el('td', {textContent: c})));
      tr.dataset.id = r.id;
      if (r.id === marked) tr.classList.add('table-marked');
      return tr;
    }));
    section.dataset.rows = String(data.rows.length);
    section.dataset.shown = String(shown.length);
    count.textContent = countLine(layer, data, kept.length, shown.length, filter.value.trim() !== '');
  }

  return {
    setLayers(layers, current) {
      layerSelect.replaceChildren(...layers.map((l) => el('option', {value: l.id, textContent: l.label, selected: l === current})));
      if (!layers.length) {
        layer = null;
        data = null;
        head.replaceChildren();
        body.replaceChildren();
        section.dataset.state = 'ready';
        section.dataset.rows = '0';
        count.textContent = '没有打开的图层可列出：请先在图层面板中勾选片区、道路、设施或投诉。';
      }
    },
    loading() {
      section.dataset.state = 'loading';
    },
    show(current, rows) {
      if (layer !== current) sort = null;
      layer = current;
      data = rows;
      section.dataset.layer = current.id;
      render();
      section.dataset.state = 'ready';
    },
    error(message) {
      section.dataset.state = 'error';
      count.textContent = `读取属性表失败：${message}。请稍后移动一下地图再试。`;
    },
    mark(id) {
      marked = id;
      for (const tr of body.querySelectorAll('tr')) tr.classList.toggle('table-marked', tr.dataset.id === id);
    },
  };
}

function countLine(layer: TableLayer, data: ViewRows, kept: number, shown: number, filtered: boolean): string {
  const inView = data.totalCount ?? data.rows.length;
  let line = `当前视野内${layer.label} ${inView} 条`;
  if (data.from === 'api') line += '（地图在此比例尺下聚合显示，按视野范围逐条读取）';
  if (data.totalCount !== undefined) line += `，读取了前 ${data.rows.length} 条`;
  if (filtered) line += `，筛选后 ${kept} 条`;
  if (shown < kept) line += `，列出前 ${shown} 条；请筛选或放大地图`;
  return `${line}。`;
}
