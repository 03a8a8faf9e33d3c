import type Map from 'ol/Map';
import {fromLonLat, toLonLat} from 'ol/proj';
import type {GraphQLClient} from '../../api/graphql';
import type {HasField} from '../../api/schemaProbe';
import {MESSAGES} from '../../i18n/messages';
import {type ReachLayer, showReachAreas} from '../../layers/reachLayer';
import {exposeReachAt, markLayerState} from '../../ui/testHook';
import {el, reason} from './panelParts';
import {
  methodLabel, REACH_AREAS_QUERY, type ReachAreasAnswer, reachFeatures, type ReachMethod,
  TOWNSHIP_NAME_QUERY, TOWNSHIP_REACH_METHOD_QUERY, type TownshipReachAnswer, townshipMethod,
} from './reachQuery';
import {centreTownship} from './reachTownship';

const T = MESSAGES.analysis;

/**
 * 公厕、收集点服务范围: shows the reach areas of the township in the map's centre, by walking
 * distance or in a straight line (the switch starts at the township's own rule). The gaps list
 * is computed by that rule; the switch lets the planner see what the other distance would cover.
 */
export function createReachPanel(map: Map, graphql: GraphQLClient, layer: ReachLayer, has: HasField): HTMLElement & {reload(): void} {
  const section = el('section', 'analysis-reach');
  const show = Object.assign(el('input'), {type: 'checkbox', name: 'reach'});
  const toggle = el('label', 'analysis-toggle');
  toggle.append(show, ` ${T.reachShow}`);
  const radios = (['NETWORK', 'STRAIGHT_LINE'] as const).map((method) => methodRadio(method));
  const switcher = el('fieldset', 'reach-method');
  switcher.append(el('legend', undefined, T.reachMethod), ...radios.map(([row]) => row));
  const rule = el('p', 'analysis-note reach-rule');
  const note = el('p', 'analysis-note');
  rule.hidden = true;
  section.append(el('h3', undefined, T.reachHeading), toggle, switcher, rule, note);

  let township: {code: string; name: string; method: ReachMethod} | null = null;
  let chosen: ReachMethod | null = null;
  let request = 0;

  const load = async () => {
    if (!layer.getVisible()) return;
    const mine = ++request;
    markLayerState('reach', 'loading');
    note.textContent = T.reachLoading;
    try {
      if (!(await has('Query', 'reachAreas'))) throw new Error(T.reachNotSupported);
      const centre = toLonLat(map.getView().getCenter() ?? [0, 0]) as [number, number];
      const code = await centreTownship(graphql, centre, township?.code ?? null);
      if (mine !== request) return;
      if (!code) throw new Error(T.reachNoTownship);
      if (code !== township?.code) township = await townshipRule(graphql, code, await has('AnalysisSettings', 'reachMethod'));
      const method = chosen ?? township.method;
      for (const [, input] of radios) input.checked = input.value === method;
      rule.textContent = T.reachRule(methodLabel(township.method).replace(/^按/, ''));
      rule.hidden = false;
      const answer = await graphql<ReachAreasAnswer>(REACH_AREAS_QUERY, {township: township.code, method});
      if (mine !== request) return;
      showReachAreas(layer, reachFeatures(answer).map(({kind, area}) => ({kind, method: area.method, assetId: area.asset.id, geojson: area.geometry.geojson})));
      note.textContent = T.reachShown(township.name, answer.toilets.length, answer.collectionPoints.length, methodLabel(method));
      document.body.dataset.reachMethod = method;
      markLayerState('reach', 'ready');
    } catch (error) {
      if (mine !== request) return;
      note.textContent = reason(error) === T.reachNotSupported ? T.reachNotSupported : T.reachFailed(reason(error));
      markLayerState('reach', 'error');
    }
  };

  function methodRadio(method: ReachMethod): [HTMLLabelElement, HTMLInputElement] {
    const input = Object.assign(el('input'), {type: 'radio', name: 'reach-method', value: method});
    input.addEventListener('change', () => {
      chosen = method;
      layer.setVisible(true);
      void load();
    });
    const row = el('label', 'analysis-toggle');
    row.title = method === 'NETWORK' ? T.reachNetworkHint : T.reachStraightHint;
    row.append(input, ` ${method === 'NETWORK' ? T.reachNetwork : T.reachStraight}`);
    return [row, input];
  }

  show.addEventListener('change', () => layer.setVisible(show.checked));
  layer.on('change:visible', () => {
    show.checked = layer.getVisible();
    if (layer.getVisible()) void load();
  });
  // A move to another township draws that township's areas; within one, the areas stay.
  map.on('moveend', async () => {
    if (!layer.getVisible() || !township) return;
    const code = await centreTownship(graphql, toLonLat(map.getView().getCenter() ?? [0, 0]) as [number, number], township.code).catch(() => null);
    if (code && code !== township.code) void load();
  });
  exposeReachAt((lon, lat) => layer.getSource()!.getFeaturesAtCoordinate(fromLonLat([lon, lat]))
    .map((f) => ({kind: String(f.get('kind')), method: String(f.get('method'))})));
  return Object.assign(section, {reload: () => void load()});
}

/** The township's name and reach rule; a server without reachMethod (before issue #12) means walking, the default. */
async function townshipRule(graphql: GraphQLClient, code: string, hasRule: boolean): Promise<{code: string; name: string; method: ReachMethod}> {
  const answer = await graphql<TownshipReachAnswer>(hasRule ? TOWNSHIP_REACH_METHOD_QUERY : TOWNSHIP_NAME_QUERY, {code});
  return {code, name: answer.township?.name ?? code, method: townshipMethod(answer)};
}
