import type BaseLayer from 'ol/layer/Base';
import {createSchemaProbe, hasFieldOf} from '../../api/schemaProbe';
import {type App, canEdit, on} from '../../app/app';
import {MESSAGES} from '../../i18n/messages';
import type {HeatmapLayer} from '../../layers/heatmapLayer';
import type {OverdueLayer} from '../../layers/overdueLayer';
import type {ReachLayer} from '../../layers/reachLayer';
import {createGapPanel} from './gapPanel';
import {createHeatPanel} from './heatPanel';
import {createOverduePanel} from './overduePanel';
import {el} from './panelParts';
import {createReachPanel} from './reachPanel';
import {createZoomer} from './zoomToGeometry';

/**
 * The 分析 panel beside the map: coverage gaps, the complaint heat map and the overdue
 * cases. It finds its layers on the map by id (layers/layerCatalog.ts names them), so
 * it needs nothing but the App.
 */
export async function installAnalysis(app: App): Promise<void> {
  const layer = (id: string) => app.map.getLayers().getArray().find((l) => l.get('id') === id) as BaseLayer | undefined;
  const zoomTo = createZoomer(app.map);
  const heatmap = layer('heatmap') as HeatmapLayer | undefined;
  const overdue = layer('overdue') as OverdueLayer | undefined;
  const panel = app.element('analysis');
  const reach = layer('reach') as ReachLayer | undefined;
  // Issue #12's fields (notices, reach areas, a gap's method) are asked only where the server has them.
  const has = hasFieldOf(createSchemaProbe(app.graphql));
  const gaps = createGapPanel(app.graphql, layer('gaps'), zoomTo, new Promise((resolve) => app.map.once('loadend', resolve)), () => canEdit(app.session), has);
  const reachPanel = reach ? createReachPanel(app.map, app.graphql, reach, has) : null;
  for (const name of ['zones-changed', 'owners-changed', 'network-changed'] as const) {
    on(app, name, () => {
      gaps.reload();
      reachPanel?.reload();
    });
  }
  // The fix links of the notices are for planners and administrators: draw them again on sign-in.
  on(app, 'session-changed', () => gaps.reload());
  panel.replaceChildren(
    el('h2', undefined, MESSAGES.analysis.heading),
    ...(heatmap ? [createHeatPanel(app.map, app.graphql, heatmap)] : []),
    ...(overdue ? [createOverduePanel(app.graphql, overdue, zoomTo)] : []),
    gaps,
    ...(reachPanel ? [reachPanel] : []),
  );
}
