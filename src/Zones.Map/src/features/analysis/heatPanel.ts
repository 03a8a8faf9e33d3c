import type Map from 'ol/Map';
import {getPointResolution, transformExtent} from 'ol/proj';
import type {GraphQLClient} from '../../api/graphql';
import {COMPLAINT_CATEGORY_LABELS} from '../../i18n/complaintCategories';
import {COMPLAINT_SOURCE_LABELS, COMPLAINT_STAGE_LABELS} from '../../i18n/enumLabels';
import {MESSAGES} from '../../i18n/messages';
import {type HeatCell, type HeatmapLayer, showHeatCells} from '../../layers/heatmapLayer';
import {heatCellSize} from '../../layers/heatRamp';
import {markLayerState} from '../../ui/testHook';
import {clampLonLat, DEFAULT_HEAT_FILTERS, HEATMAP_QUERY, type HeatFilters, type HeatPeriod, type HeatRange, heatmapVariables, heatPeriodLine} from './heatmapQuery';
import {choiceSelect, el, field, reason} from './panelParts';

const T = MESSAGES.analysis;

interface HeatAnswer {
  complaintHeatmap: {total: number; maxCount: number; cellSizeM: number; period: HeatPeriod; cells: (Omit<HeatCell, 'geometry'> & {geometry: {geojson: unknown}})[]};
}

// Stages a case can be in while unresolved: 结案 and 作废 are not offered (the layer is of open cases).
const OPEN_STAGES = ['received', 'registered', 'dispatched', 'disposing', 'feedback', 'verifying', 'shelved'] as const;

/**
 * 投诉热力图: filters, and the cells of the view, asked again after each move (the
 * cell size follows the zoom) and each filter change; a late answer to an older
 * request is dropped.
 */
export function createHeatPanel(map: Map, graphql: GraphQLClient, layer: HeatmapLayer): HTMLElement {
  const section = el('section', 'analysis-heat');
  const show = el('input');
  show.type = 'checkbox';
  show.name = 'heatmap';
  const toggle = el('label', 'analysis-toggle');
  toggle.append(show, ` ${T.heatShow}`);
  const category = choiceSelect('heat-category', T.heatAll, Object.entries(COMPLAINT_CATEGORY_LABELS).map(([c, n]) => [c, `${c} ${n}`]));
  const stage = choiceSelect('heat-stage', T.heatAllOpen, OPEN_STAGES.map((s) => [s.toUpperCase(), COMPLAINT_STAGE_LABELS[s]]));
  const source = choiceSelect('heat-source', T.heatAll, Object.entries(COMPLAINT_SOURCE_LABELS).map(([s, n]) => [s.toUpperCase(), n]));
  const range = choiceSelect('heat-range', T.heatAllOpenCases, [['30d', T.heatLast30], ['90d', T.heatLast90]]);
  // Its first choice ('') is 所有未办结案卷, DEFAULT_HEAT_FILTERS.range.
  const note = el('p', 'analysis-note');
  // What the numbers count, as the server says it (issue #16 §5): the period, or all open cases.
  const period = el('p', 'analysis-note heat-period');
  section.append(el('h3', undefined, T.heatHeading), toggle,
    field(T.heatCategory, category), field(T.heatStage, stage), field(T.heatSource, source), field(T.heatRange, range), note, period);

  const filters = (): HeatFilters => ({
    categoryCodes: category.value ? [category.value] : [],
    stages: stage.value ? [stage.value] : [],
    sources: source.value ? [source.value] : [],
    range: (range.value || DEFAULT_HEAT_FILTERS.range) as HeatRange,
  });
  let request = 0;
  const load = () => {
    if (!layer.getVisible()) return;
    const mine = ++request;
    const view = map.getView();
    const extent = view.calculateExtent(map.getSize());
    const metresPerPixel = getPointResolution(view.getProjection(), view.getResolution() ?? 1, view.getCenter() ?? [0, 0], 'm');
    const cellSizeM = heatCellSize(metresPerPixel);
    const bbox = clampLonLat(transformExtent(extent, view.getProjection(), 'EPSG:4326'));
    note.textContent = T.heatLoading;
    markLayerState('heatmap', 'loading');
    graphql<HeatAnswer>(HEATMAP_QUERY, heatmapVariables(filters(), bbox, cellSizeM, new Date())).then(
      ({complaintHeatmap: heat}) => {
        if (mine !== request) return;
        layer.set('total', heat.total);
        showHeatCells(layer, heat.cells.map((c) => ({...c, geometry: c.geometry.geojson})));
        note.textContent = T.heatTotal(heat.total, heat.maxCount, heat.cellSizeM ?? cellSizeM);
        period.textContent = heatPeriodLine(heat.period);
        period.dataset.kind = heat.period.kind;
        markLayerState('heatmap', 'ready');
      },
      (error) => {
        if (mine !== request) return;
        note.textContent = T.heatFailed(reason(error));
        period.textContent = '';
        markLayerState('heatmap', 'error');
      },
    );
  };
  show.addEventListener('change', () => layer.setVisible(show.checked));
  layer.on('change:visible', () => {
    show.checked = layer.getVisible();
    if (layer.getVisible()) load();
  });
  for (const select of [category, stage, source, range]) select.addEventListener('change', load);
  let timer: ReturnType<typeof setTimeout> | undefined;
  map.on('moveend', () => {
    clearTimeout(timer);
    timer = setTimeout(load, 200);
  });
  return section;
}
