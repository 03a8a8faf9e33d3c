import type {GraphQLClient} from '../../api/graphql';
import {COMPLAINT_STAGE_LABELS, labelOf} from '../../i18n/enumLabels';
import {MESSAGES} from '../../i18n/messages';
import {type OverdueCase, type OverdueLayer, showOverdueCases} from '../../layers/overdueLayer';
import {markLayerState} from '../../ui/testHook';
import {overduePage} from './overduePages';
import './overduePager.css';
import {dayOf, OVERDUE_LIMIT, OVERDUE_QUERY, type OverdueAnswer, overdueCases} from './overdueQuery';
import {el, reason} from './panelParts';

const T = MESSAGES.analysis;

/**
 * 超期投诉: the overdue open cases as red triangles and a list, most overdue first, ten a page.
 * Loaded through the layer's source loader, so the map's first complete frame (the
 * tests' "ready") includes them.
 */
export function createOverduePanel(graphql: GraphQLClient, layer: OverdueLayer, zoomTo: (g: unknown) => void): HTMLElement {
  const section = el('section', 'analysis-overdue');
  const note = el('p', 'analysis-note', T.overdueLoading);
  const list = el('ol', 'overdue-list');
  const pager = el('nav', 'overdue-pager');
  pager.setAttribute('aria-label', T.overdueHeading);
  section.append(el('h3', undefined, T.overdueHeading), note, list, pager);
  const source = layer.getSource()!;
  source.setLoader((_extent, _resolution, _projection, success, failure) => {
    markLayerState('overdue', 'loading');
    graphql<OverdueAnswer>(OVERDUE_QUERY, {first: OVERDUE_LIMIT}).then(
      (answer) => {
        const cases = overdueCases(answer);
        layer.set('total', answer.complaints.totalCount);
        showOverdueCases(layer, cases);
        showPage(0, {list, note, pager}, cases, answer.complaints.totalCount, zoomTo);
        markLayerState('overdue', 'ready');
        success?.(source.getFeatures());
      },
      (error) => {
        note.textContent = T.overdueFailed(reason(error));
        markLayerState('overdue', 'error');
        failure?.();
      },
    );
  });
  source.refresh();
  return section;
}

interface ListParts { list: HTMLElement; note: HTMLElement; pager: HTMLElement }

/** One page of the list, the range it shows ("第 1–10 条，共 18 条") and 上一页 / 下一页. */
function showPage(page: number, parts: ListParts, cases: OverdueCase[], total: number, zoomTo: (g: unknown) => void): void {
  const p = overduePage(page, cases.length, total);
  parts.note.textContent = total === 0 ? T.overdueNone : p.label;
  parts.list.replaceChildren(...cases.slice(p.start, p.end).map((c) => caseItem(c, zoomTo)));
  const turn = (text: string, to: number, enabled: boolean) => {
    const button = el('button', 'overdue-turn', text);
    button.type = 'button';
    button.disabled = !enabled;
    button.addEventListener('click', () => showPage(to, parts, cases, total, zoomTo));
    return button;
  };
  parts.pager.hidden = !p.hasPrevious && !p.hasNext;
  parts.pager.replaceChildren(turn(T.overduePrevious, p.page - 1, p.hasPrevious), turn(T.overdueNext, p.page + 1, p.hasNext));
}

function caseItem(c: OverdueCase, zoomTo: (g: unknown) => void): HTMLElement {
  const button = el('button', 'overdue-item');
  button.type = 'button';
  button.append(
    el('span', 'case-number', c.caseNumber),
    el('span', undefined, ` ${c.categoryName ?? ''} · ${labelOf(COMPLAINT_STAGE_LABELS, c.stage.toLowerCase())}`),
    el('small', undefined, `${T.overdueDeadline(dayOf(c.deadline))}${c.address ? ` · ${c.address}` : ''}`),
  );
  button.addEventListener('click', () => zoomTo({type: 'Point', coordinates: c.lonLat}));
  const item = el('li');
  item.append(button);
  return item;
}
