import type BaseLayer from 'ol/layer/Base';
import type {GraphQLClient} from '../../api/graphql';
import type {HasField} from '../../api/schemaProbe';
import {MESSAGES} from '../../i18n/messages';
import {gapColor, gapKindWire} from '../../layers/gapStyleSpec';
import {markLayerState} from '../../ui/testHook';
import {GAP_LIST_QUERY, GAP_SUMMARY_QUERY, gapListLines, gapListQuery, type GapItem, type GapSummaryRow} from './gapFormat';
import {createNoticeList} from './noticeList';
import {el, reason} from './panelParts';

const T = MESSAGES.analysis;

/**
 * 覆盖缺口: one row per gap kind with the server's sentence; opening a kind lists its
 * gaps (one query per kind, only when asked: every list runs the checks again), and a
 * gap zooms the map to it and switches the gaps layer on. Above the list, the checks that
 * could not run or fell back (noticeList.ts). `reload()` counts them again.
 */
export function createGapPanel(graphql: GraphQLClient, gapsLayer: BaseLayer | undefined, zoomTo: (g: unknown) => void, after: Promise<unknown>, canFix: () => boolean, has: HasField): HTMLElement & {reload(): void} {
  const section = el('section', 'analysis-gaps');
  const list = el('ul', 'gap-kinds');
  const note = el('p', 'analysis-note', T.gapsLoading);
  const notices = createNoticeList(graphql, canFix, has);
  section.append(el('h3', undefined, T.gapsHeading), notices, note, list);
  // Read again after a write on the map (a 包联 assigned, a zone drawn): the list must not keep a closed gap.
  const load = () => {
    markLayerState('gaps', 'loading');
    void notices.load();
    return graphql<{coverageGapSummary: GapSummaryRow[]}>(GAP_SUMMARY_QUERY).then(
      ({coverageGapSummary: rows}) => {
        note.textContent = rows.length ? '' : T.gapsNone;
        note.hidden = rows.length > 0;
        list.replaceChildren(...rows.map((row) => kindRow(row, graphql, has, (g) => {
          gapsLayer?.setVisible(true);
          zoomTo(g.geometry.geojson);
        })));
        markLayerState('gaps', 'ready');
      },
      (error) => {
        note.textContent = T.gapsFailed(reason(error));
        markLayerState('gaps', 'error');
      },
    );
  };
  // After the map's first view: the checks cost the server seconds that the tiles need more.
  markLayerState('gaps', 'loading');
  const first = after.then(load);
  return Object.assign(section, {reload: () => void first.then(load)});
}

function kindRow(row: GapSummaryRow, graphql: GraphQLClient, has: HasField, pick: (gap: GapItem) => void): HTMLLIElement {
  const item = el('li', 'gap-kind');
  item.dataset.kind = gapKindWire(row.kind);
  const details = el('details');
  const summary = el('summary');
  const dot = el('span', 'gap-dot');
  dot.style.background = gapColor(gapKindWire(row.kind));
  summary.append(dot, el('span', undefined, row.sentence));
  const items = el('ol', 'gap-items');
  details.append(summary, items);
  let loaded = false;
  details.addEventListener('toggle', () => {
    if (!details.open || loaded) return;
    loaded = true;
    items.replaceChildren(el('li', 'analysis-note', T.gapsLoading));
    gapList(graphql, has, row.kind).then(
      ({coverageGaps}) => items.replaceChildren(...coverageGaps.map((g) => gapItem(g, pick))),
      (error) => {
        loaded = false;
        items.replaceChildren(el('li', 'analysis-note', T.gapsListFailed(reason(error))));
      },
    );
  });
  item.append(details);
  return item;
}

/** The gaps of one kind; a server without CoverageGap.method (before issue #12) is asked without it. */
async function gapList(graphql: GraphQLClient, has: HasField, kind: string): Promise<{coverageGaps: GapItem[]}> {
  const query = (await has('CoverageGap', 'method')) ? gapListQuery(kind) : GAP_LIST_QUERY;
  return graphql<{coverageGaps: GapItem[]}>(query, {kinds: [kind]});
}

function gapItem(gap: GapItem, pick: (gap: GapItem) => void): HTMLLIElement {
  const {title, detail} = gapListLines(gap);
  const button = el('button', 'gap-item');
  button.type = 'button';
  if (gap.method) button.dataset.method = gap.method;
  button.append(el('span', 'gap-title', title), el('small', undefined, detail));
  button.addEventListener('click', () => pick(gap));
  const item = el('li');
  item.append(button);
  return item;
}
