import type Style from 'ol/style/Style';
import {ASSET_KIND_LABELS, ROAD_CLASS_LABELS, ZONE_LEVEL_LABELS} from '../i18n/enumLabels';
import {MESSAGES} from '../i18n/messages';
import {assetStyle} from '../layers/assetStyles';
import {clusterStyle} from '../layers/clusterStyles';
import {complaintGroupStyle} from '../layers/complaintStyles';
import {gapColor, gapKindLabel} from '../layers/gapStyleSpec';
import {type GapGeometryKind, gapStyle} from '../layers/gapStyles';
import {heatGradientCss} from '../layers/heatRamp';
import type {LayerId} from '../layers/layerCatalog';
import {OVERDUE_STYLE} from '../layers/overdueLayer';
import {reachStyle} from '../layers/reachLayer';
import {roadStyle} from '../layers/roadStyles';
import {ASSET_CLUSTER_COLOR, COMPLAINT_CLUSTER_COLOR} from '../layers/tileStyles';
import {zoneOutlineStyle} from '../layers/zoneStyles';
import type {LegendContext} from './legendPresence';
import {createSwatch, type SwatchShape} from './legendSwatch';
import {createOwnerLegend, type OwnerLegend} from './ownerLegend';

export interface LegendRow {
  style: Style | Style[];
  shape: SwatchShape;
  label: string;
}

/** A row drawn for layer `layer` when it is on and, with a `key`, when that symbol is in view. */
interface KeyedRow extends LegendRow {
  layer: LayerId;
  key?: string;
}

export interface Legend {
  /** The 包联责任人 part, rebuilt from the zones in view. */
  owners: OwnerLegend;
  /** Show only the layers that are on and the symbols drawn in the view now. */
  update(context: LegendContext): void;
}

const L = MESSAGES.legend;
const EMPTY_NOTE = '打开的图层在当前视野内没有可图示的要素';
const FEW_POINTS = '一处或相邻几处（放大后分开显示）';

/**
 * The 图例: the owners of the zones in view first, then the symbols of the layers that are on,
 * each only while it is drawn in the view (a street-light row when lights are in view, the
 * cluster row only at the zooms that cluster). `update` follows the view (map/watchView.ts).
 */
export function renderLegend(container: HTMLElement, ownerLevel: {get(): string; set(level: string): void}): Legend {
  const heading = document.createElement('h2');
  heading.textContent = MESSAGES.legendHeading;
  const owners = createOwnerLegend(ownerLevel);
  const empty = document.createElement('p');
  empty.className = 'legend-empty';
  empty.textContent = EMPTY_NOTE;
  const groups = [
    group(L.zones, zoneRows()),
    group(L.roads, roadRows()),
    group(L.assets, assetRows()),
    group(L.complaints, complaintRows()),
    group(L.reach, reachRows()),
    group(L.heat, [], 'heatmap'),
  ];
  groups[groups.length - 1].element.append(heatBar());
  const gaps = gapGroup();
  container.replaceChildren(heading, owners.element, ...groups.map((g) => g.element), gaps.element, empty);
  return {
    owners,
    update(context) {
      owners.element.hidden = !context.visible.has('zones');
      let shown = !owners.element.hidden;
      for (const g of [...groups, gaps]) shown = g.update(context) || shown;
      empty.hidden = shown;
    },
  };
}

interface LegendGroup {
  element: HTMLElement;
  /** Whether the group is shown now. */
  update(context: LegendContext): boolean;
}

function group(title: string, rows: KeyedRow[], wholeLayer?: LayerId): LegendGroup {
  const element = section(title, rows);
  element.dataset.legend = wholeLayer ?? rows[0].layer;
  const items = [...element.querySelectorAll('li')];
  return {
    element,
    update({visible, present}) {
      let any = wholeLayer ? visible.has(wholeLayer) && (present.get(wholeLayer)?.size ?? 0) > 0 : false;
      rows.forEach((row, i) => {
        const on = visible.has(row.layer) && (row.key === undefined ? (present.get(row.layer)?.size ?? 0) > 0 : present.get(row.layer)?.has(row.key) === true);
        items[i].hidden = !on;
        any ||= on;
      });
      element.hidden = !any;
      return any;
    },
  };
}

/** Gaps: one row per colour and shape drawn in view, naming the kinds that share it. */
function gapGroup(): LegendGroup {
  const element = section(L.gaps, []);
  element.dataset.legend = 'gaps';
  const list = element.querySelector('ul')!;
  let shownKeys = '';
  return {
    element,
    update({visible, present}) {
      const keys = visible.has('gaps') ? [...(present.get('gaps') ?? [])].sort() : [];
      if (keys.join() !== shownKeys) {
        shownKeys = keys.join();
        list.replaceChildren(...legendList(gapRows(keys)).children);
      }
      element.hidden = keys.length === 0;
      return keys.length > 0;
    },
  };
}

/** `kind|shape` keys → rows, kinds of one colour and shape in one row (three reds are three rows). */
export function gapRows(keys: string[]): LegendRow[] {
  const byLook = new Map<string, {shape: GapGeometryKind; kind: string; labels: string[]}>();
  for (const key of keys) {
    const [kind, shape] = key.split('|') as [string, GapGeometryKind];
    const look = `${gapColor(kind)}|${shape}`;
    const entry = byLook.get(look) ?? {shape, kind, labels: []};
    const label = gapKindLabel(kind);
    if (!entry.labels.includes(label)) entry.labels.push(label);
    byLook.set(look, entry);
  }
  return [...byLook.values()].map((e) => ({style: gapStyle(e.kind, e.shape), shape: e.shape, label: e.labels.join('、')}));
}

function zoneRows(): KeyedRow[] {
  const levels = ['township', 'area', 'village', 'group'] as const;
  return levels.map((level) => ({layer: 'zones', key: level, style: zoneOutlineStyle(level), shape: 'polygon', label: ZONE_LEVEL_LABELS[level]}));
}

function roadRows(): KeyedRow[] {
  return Object.entries(ROAD_CLASS_LABELS).map(([roadClass, label]) => ({layer: 'roads', key: roadClass, style: roadStyle(roadClass), shape: 'line', label}));
}

function assetRows(): KeyedRow[] {
  const kinds: KeyedRow[] = Object.entries(ASSET_KIND_LABELS)
    .map(([kind, label]) => ({layer: 'assets', key: kind, style: assetStyle(kind, 'good'), shape: 'point', label}));
  // Colour, not shape, carries the condition; a street light stands for every kind.
  return [
    ...kinds,
    {layer: 'assets', key: 'warning', style: assetStyle('streetlight', 'unlit'), shape: 'point', label: L.assetWarning},
    {layer: 'assets', key: 'inactive', style: assetStyle('streetlight', 'lost'), shape: 'point', label: L.assetInactive},
    {layer: 'assets', key: 'group', style: clusterStyle(4, ASSET_CLUSTER_COLOR), shape: 'point', label: FEW_POINTS},
    {layer: 'assets', key: 'cluster', style: clusterStyle(12, ASSET_CLUSTER_COLOR), shape: 'point', label: L.cluster},
  ];
}

function complaintRows(): KeyedRow[] {
  return [
    {layer: 'complaints', key: 'open', style: complaintGroupStyle('open'), shape: 'point', label: L.complaintUnresolved},
    {layer: 'complaints', key: 'overdue', style: complaintGroupStyle('overdue'), shape: 'point', label: L.complaintOverdue},
    {layer: 'complaints', key: 'group', style: clusterStyle(2, COMPLAINT_CLUSTER_COLOR), shape: 'point', label: FEW_POINTS},
    {layer: 'complaints', key: 'cluster', style: clusterStyle(12, COMPLAINT_CLUSTER_COLOR), shape: 'point', label: L.cluster},
    {layer: 'overdue', style: OVERDUE_STYLE, shape: 'point', label: L.overdue},
  ];
}

function reachRows(): KeyedRow[] {
  return [
    {layer: 'reach', style: reachStyle('TOILET', 'NETWORK'), shape: 'polygon', label: L.reachToilet},
    {layer: 'reach', style: reachStyle('TOILET', 'STRAIGHT_LINE'), shape: 'polygon', label: L.reachToiletStraight},
    {layer: 'reach', style: reachStyle('COLLECTION_POINT', 'NETWORK'), shape: 'polygon', label: L.reachPoint},
    {layer: 'reach', style: reachStyle('COLLECTION_POINT', 'STRAIGHT_LINE'), shape: 'polygon', label: L.reachPointStraight},
  ];
}

function heatBar(): HTMLElement {
  const bar = document.createElement('div');
  bar.className = 'heat-ramp';
  const ramp = document.createElement('span');
  ramp.className = 'heat-ramp-bar';
  ramp.style.background = heatGradientCss();
  const low = document.createElement('span');
  low.textContent = L.heatLow;
  const high = document.createElement('span');
  high.textContent = L.heatHigh;
  bar.append(low, ramp, high);
  return bar;
}

export function section(title: string, rows: LegendRow[]): HTMLElement {
  const element = document.createElement('section');
  element.className = 'legend-section';
  const heading = document.createElement('h3');
  heading.textContent = title;
  element.append(heading, legendList(rows));
  return element;
}

export function legendList(rows: LegendRow[]): HTMLUListElement {
  const list = document.createElement('ul');
  for (const row of rows) {
    const item = document.createElement('li');
    const text = document.createElement('span');
    text.textContent = row.label;
    item.append(createSwatch(row.style, row.shape), text);
    list.append(item);
  }
  return list;
}
