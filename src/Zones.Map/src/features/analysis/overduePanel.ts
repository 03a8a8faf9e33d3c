import type {GraphQLClient} from '../../api/graphql';
import {COMPLAINT_STAGE_LABELS, labelOf} from '../../i18n/enumLabels';
import {MESSAGES} from '../../i18n/messages';
import {type OverdueCase, type OverdueLayer, showOverdueCases} from '../../layers/overdueLayer';
import {markLayerState} from '../../ui/testHook';
import {dayOf, OVERDUE_LIMIT, OVERDUE_LIST_LENGTH, OVERDUE_QUERY, type OverdueAnswer, overdueCases} from './overdueQuery';
import {el, reason} from './panelParts';

const T = MESSAGES.analysis;

/**
 * 超期投诉: the overdue open cases as red triangles and a short list, most overdue first.
 * Loaded through the layer's source loader, so the map's first complete frame (the
 * tests' "ready") includes them.
 */
export function createOverduePanel(graphql: GraphQLClient, layer: OverdueLayer, zoomTo: (g: unknown) => void): HTMLElement {
  const section = el('section', 'analysis-overdue');
  const note = el('p', 'analysis-note', T.overdueLoading);
  const list = el('ol', 'overdue-list');
  section.append(el('h3', undefined, T.overdueHeading), note, list);
  const source = layer.getSource()!;
  source.setLoader((_extent, _resolution, _projection, success, failure) => {
    markLayerState('overdue', 'loading');
    graphql<OverdueAnswer>(OVERDUE_QUERY, {first: OVERDUE_LIMIT}).then(
      (answer) => {
        const cases = overdueCases(answer);
        layer.set('total', answer.complaints.totalCount);
        showOverdueCases(layer, cases);
        showList(list, note, cases, answer.complaints.totalCount, zoomTo);
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

function showList(list: HTMLElement, note: HTMLElement, cases: OverdueCase[], total: number, zoomTo: (g: unknown) => void): void {
  const shown = cases.slice(0, OVERDUE_LIST_LENGTH);
  note.textContent = total === 0 ? T.overdueNone : T.overdueMore(shown.length, total);
  list.replaceChildren(...shown.map((c) => {
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
  }));
}
