import type {AreaTable} from './areaTables';
import {countBy} from './countBy';
import {el} from '../../ui/el';

/** Rows shown in the drawer; the CSV always holds every row. */
export const SHOWN_ROWS = 50;

/**
 * One table's result: total, counts per breakdown, the first rows, and an 导出 CSV button.
 * `data-total` / `data-rows` are read by the browser tests.
 */
export function renderTable<T>(table: AreaTable<T>, rows: T[], totalCount: number, onExport: () => void): HTMLElement {
  const section = el('section', 'aq-table');
  section.dataset.table = table.id;
  section.dataset.total = String(totalCount);
  section.dataset.rows = String(rows.length);

  const heading = el('h3');
  const exportButton = el('button', 'aq-export', '导出 CSV');
  exportButton.type = 'button';
  exportButton.title = `把 ${rows.length} ${table.unit}${table.label}存为 Excel 可打开的 CSV 文件`;
  exportButton.disabled = rows.length === 0;
  exportButton.addEventListener('click', onExport);
  const count = el('b', 'aq-total', String(totalCount));
  heading.append(`${table.label}${table.test === 'intersects' ? '（与范围相交）' : ''} `, count, ` ${table.unit}`, exportButton);
  section.append(heading);
  if (rows.length === 0) {
    section.append(el('p', 'aq-empty', `范围内没有${table.label}。`));
    return section;
  }
  for (const breakdown of table.breakdowns) section.append(renderCounts(breakdown.heading, countBy(rows, breakdown.key)));
  section.append(renderRows(table, rows.slice(0, SHOWN_ROWS)));
  if (rows.length > SHOWN_ROWS) {
    section.append(el('p', 'aq-more', `仅显示前 ${SHOWN_ROWS} 行，全部 ${rows.length} 行请导出 CSV。`));
  }
  return section;
}

function renderCounts(heading: string, counts: {label: string; count: number}[]): HTMLElement {
  const box = el('div', 'aq-counts');
  box.dataset.breakdown = heading;
  const list = el('ul');
  for (const {label, count} of counts) {
    const item = el('li', undefined, `${label} `);
    item.dataset.label = label;
    item.append(el('b', undefined, String(count)));
    list.append(item);
  }
  box.append(el('h4', undefined, heading), list);
  return box;
}

function renderRows<T>(table: AreaTable<T>, rows: T[]): HTMLElement {
  const columns = table.columns.filter((c) => table.shown.includes(c.header));
  const tableEl = el('table', 'aq-rows');
  const head = el('tr');
  for (const c of columns) head.append(el('th', undefined, c.header));
  tableEl.append(el('thead'), el('tbody'));
  tableEl.tHead!.append(head);
  for (const row of rows) {
    const tr = el('tr');
    for (const c of columns) {
      const value = c.value(row);
      tr.append(el('td', undefined, value === null || value === undefined ? '' : String(value)));
    }
    tableEl.tBodies[0].append(tr);
  }
  return tableEl;
}
