import {ROAD_CLASS_LABELS} from '../../i18n/enumLabels';
import {roadClassStyle} from '../../layers/roadStyleSpec';
import {el} from '../../ui/el';
import {fallbackLine, ownerRows} from './ownerRows';
import {PRINT_COLOURS} from './printMap';
import type {PrintData} from './printQuery';
import {shopRows} from './shopRows';

/** The sheet's parts that the map and the paper choice fill in later. */
export interface PrintSheet {
  sheet: HTMLElement;
  mapTarget: HTMLElement;
}

/** The 责任片区示意图 sheet: title, map slot, legend, owner table and footer. */
export function renderSheet(data: PrintData, today: string, appTitle: string): PrintSheet {
  const {zone} = data;
  const sheet = el('article', 'print-sheet');
  const title = el('header', 'print-title');
  title.append(el('h1', undefined, `${zone.name}责任片区示意图`));
  const where = [data.township, zone.parent?.name !== data.township ? zone.parent?.name : null, `编码 ${zone.code}`];
  title.append(el('p', 'print-sub', where.filter(Boolean).join(' · ')));

  const mapTarget = el('div', 'print-map');
  const side = el('aside', 'print-side');
  side.append(renderLegend(data), renderOwners(data));
  if (data.shops.length) side.append(renderShops(data));

  const footer = el('footer', 'print-footer');
  footer.append(el('span', 'print-township', `乡镇：${data.township ?? '—'}`), el('span', 'print-date', `制图日期：${today}`),
    el('span', undefined, appTitle));
  sheet.append(title, mapTarget, side, footer);
  return {sheet, mapTarget};
}

function renderLegend(data: PrintData): HTMLElement {
  const section = el('section', 'print-legend');
  section.append(el('h2', undefined, '图例'));
  const list = el('ul');
  list.append(item(line(PRINT_COLOURS.zone, 3, '12 4 2 4'), '本片区边界'));
  if (data.zone.children.length) list.append(item(line(PRINT_COLOURS.child, 1.5, '6 4'), '下级片区（网格）'));
  if (data.neighbours.length) list.append(item(line(PRINT_COLOURS.neighbour, 1.5), '相邻片区'));
  const classes = [...new Set(data.roads.map((r) => r.class.toLowerCase()))];
  for (const [key, label] of Object.entries(ROAD_CLASS_LABELS)) {
    if (!classes.includes(key)) continue;
    const s = roadClassStyle(key);
    list.append(item(line(s.color, s.width, s.lineDash?.join(' ')), label));
  }
  section.append(list);
  return section;
}

function renderOwners(data: PrintData): HTMLElement {
  const section = el('section', 'print-owners');
  section.append(el('h2', undefined, '包联责任人'));
  const rows = ownerRows(data.zone.owners);
  if (rows.length === 0) {
    section.append(el('p', 'print-none', '本片区尚未落实包联责任人。'));
  } else {
    const table = el('table', 'print-owner-table');
    table.innerHTML = '<thead><tr><th>职责</th><th>姓名 / 单位</th><th>单位职务</th><th>联系电话</th></tr></thead><tbody></tbody>';
    for (const r of rows) {
      const tr = el('tr');
      tr.append(el('td', undefined, r.primary ? `${r.role}（责任主体）` : r.role), el('td', 'print-owner-name', r.name),
        el('td', undefined, r.post), el('td', 'print-owner-phone', r.phone || '—'));
      table.tBodies[0].append(tr);
    }
    section.append(table);
  }
  section.append(el('p', 'print-fallback', fallbackLine(data.zone.responsibleOwner, data.zone.name)));
  return section;
}

/** 门前三包 门店: each shop of the zone with its address and 包联 cadre, as posted with the map. */
function renderShops(data: PrintData): HTMLElement {
  const section = el('section', 'print-shops');
  section.append(el('h2', undefined, `门店（门前三包）${data.shops.length} 家`));
  const table = el('table', 'print-owner-table print-shop-table');
  table.innerHTML = '<thead><tr><th>门店</th><th>地址</th><th>包联干部</th><th>联系电话</th></tr></thead><tbody></tbody>';
  for (const r of shopRows(data.shops)) {
    const tr = el('tr');
    tr.append(el('td', 'print-shop-name', r.name), el('td', undefined, r.address || '—'),
      el('td', r.cadre === '未落实' ? 'print-none' : undefined, r.cadre), el('td', undefined, r.phone || '—'));
    table.tBodies[0].append(tr);
  }
  section.append(table);
  return section;
}

function item(swatch: SVGSVGElement, text: string): HTMLElement {
  const li = el('li');
  li.append(swatch, el('span', undefined, text));
  return li;
}

function line(colour: string, width: number, dash?: string): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', '32');
  svg.setAttribute('height', '12');
  svg.setAttribute('aria-hidden', 'true');
  svg.innerHTML = `<line x1="1" y1="6" x2="31" y2="6" stroke="${colour}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
  return svg;
}
