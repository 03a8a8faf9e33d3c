import {type App, emit, on} from '../../app/app';
import {hitExtent} from './hitExtent';
import {searchHits} from './searchApi';
import {chosenOnEnter, groupHits, hitSelection, listOrder, moveActive, searchText, type SearchHit} from './searchModel';
import './search.css';

/** Wait this long after the last key before asking the server: one request per pause, not per character. */
const DEBOUNCE_MS = 250;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

/**
 * The top bar's search box: zones, roads, assets, complaints and shops by name, code or number.
 * Choosing a hit fires `zoom-to` (its extent) and `select` (the details panel opens it).
 */
export async function installSearch(app: App): Promise<void> {
  const slot = app.element('search');
  const input = el('input', {type: 'search', className: 'search-input', placeholder: '搜索片区、道路、部件编号、案卷号', autocomplete: 'off'});
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-label', '搜索');
  input.setAttribute('aria-controls', 'search-results');
  input.setAttribute('aria-expanded', 'false');
  const list = el('div', {id: 'search-results', className: 'search-results', hidden: true});
  list.setAttribute('role', 'listbox');
  slot.replaceChildren(input, list);

  let hits: SearchHit[] = [];
  let active = -1;
  let asked = 0; // answers to older requests are dropped
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const show = (content: HTMLElement[]) => {
    list.replaceChildren(...content);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const choose = (hit: SearchHit) => {
    close();
    input.value = hit.title;
    emit(app, 'zoom-to', {extent: hitExtent(hit.bbox)});
    emit(app, 'select', hitSelection(hit));
  };
  const highlight = (index: number) => {
    active = index;
    list.querySelectorAll<HTMLElement>('[role="option"]').forEach((row, i) => {
      row.setAttribute('aria-selected', String(i === active));
      if (i === active) row.scrollIntoView({block: 'nearest'});
    });
  };

  async function run(text: string): Promise<void> {
    const ticket = ++asked;
    try {
      const found = await searchHits(app.graphql, text);
      if (ticket !== asked) return;
      hits = listOrder(groupHits(found));
      active = -1;
      show(found.length ? renderGroups(found, choose) : [el('p', {className: 'search-note', textContent: `没有找到“${text}”。可输入片区名称或代码、道路名称、部件标识码、案卷号。`})]);
    } catch (error) {
      if (ticket !== asked) return;
      hits = [];
      show([el('p', {className: 'search-note search-error', textContent: `搜索失败：${(error as Error).message}`})]);
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = searchText(input.value);
    if (!text) {
      asked++;
      hits = [];
      close();
      return;
    }
    timer = setTimeout(() => void run(text), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden && hits.length) show([...list.children] as HTMLElement[]);
      highlight(moveActive(active, hits.length, e.key));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = chosenOnEnter(hits, active);
      if (hit && !list.hidden) choose(hit);
    } else if (e.key === 'Escape') {
      if (list.hidden) input.value = '';
      close();
    }
  });
  // Clicks inside the list land before the blur closes it (mousedown, not click).
  list.addEventListener('mousedown', (e) => e.preventDefault());
  input.addEventListener('blur', close);
  input.addEventListener('focus', () => hits.length && show([...list.children] as HTMLElement[]));

  // The map answers `zoom-to` here, where the event starts; other modules may fire it too.
  on(app, 'zoom-to', ({extent}) => app.map.getView().fit(extent, {padding: [40, 40, 40, 40], maxZoom: 18, duration: 300}));
}

/** The grouped list: a heading per kind, then its hits (title and subtitle). */
function renderGroups(found: SearchHit[], choose: (hit: SearchHit) => void): HTMLElement[] {
  return groupHits(found).map((group) => {
    const section = el('div', {className: 'search-group'});
    section.setAttribute('role', 'group');
    section.setAttribute('aria-label', group.label);
    section.append(el('div', {className: 'search-group-label', textContent: `${group.label}（${group.hits.length}）`}));
    for (const hit of group.hits) {
      const row = el('div', {className: 'search-hit'});
      row.setAttribute('role', 'option');
      row.setAttribute('aria-selected', 'false');
      row.dataset.kind = hit.kind;
      row.dataset.id = hit.id;
      row.append(el('span', {className: 'search-hit-title', textContent: hit.title}));
      if (hit.subtitle) row.append(el('span', {className: 'search-hit-subtitle', textContent: hit.subtitle}));
      row.addEventListener('click', () => choose(hit));
      section.append(row);
    }
    return section;
  });
}
