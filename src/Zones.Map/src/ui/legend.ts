import type Style from 'ol/style/Style';
import {ASSET_KIND_LABELS, ROAD_CLASS_LABELS, ZONE_LEVEL_LABELS} from '../i18n/enumLabels';
import {MESSAGES} from '../i18n/messages';
import {assetStyle} from '../layers/assetStyles';
import {clusterStyle} from '../layers/clusterStyles';
import {complaintGroupStyle} from '../layers/complaintStyles';
import {gapStyle} from '../layers/gapStyles';
import {heatGradientCss} from '../layers/heatRamp';
import {OVERDUE_STYLE} from '../layers/overdueLayer';
import {reachStyle} from '../layers/reachLayer';
import {roadStyle} from '../layers/roadStyles';
import {ASSET_CLUSTER_COLOR, COMPLAINT_CLUSTER_COLOR} from '../layers/tileStyles';
import {zoneOutlineStyle} from '../layers/zoneStyles';
import {createSwatch, type SwatchShape} from './legendSwatch';
import {createOwnerLegend, type OwnerLegend} from './ownerLegend';

export interface LegendRow {
  style: Style | Style[];
  shape: SwatchShape;
  label: string;
}

/**
 * The 图例: the owners of the zones in view first (it changes as the map moves), then
 * every symbol the layers can draw, with its Chinese meaning. Returns the owner part
 * for the map to update.
 */
export function renderLegend(container: HTMLElement, ownerLevel: {get(): string; set(level: string): void}): OwnerLegend {
  const heading = document.createElement('h2');
  heading.textContent = MESSAGES.legendHeading;
  const owners = createOwnerLegend(ownerLevel);
  const heat = section(MESSAGES.legend.heat, []);
  heat.append(heatBar());
  container.replaceChildren(
    heading,
    owners.element,
    section(MESSAGES.legend.zones, zoneRows()),
    section(MESSAGES.legend.roads, roadRows()),
    section(MESSAGES.legend.assets, assetRows()),
    section(MESSAGES.legend.complaints, complaintRows()),
    section(MESSAGES.legend.reach, reachRows()),
    section(MESSAGES.legend.gaps, gapRows()),
    heat,
  );
  return owners;
}

function zoneRows(): LegendRow[] {
  const levels = ['township', 'area', 'village', 'group'] as const;
  return levels.map((level) => ({style: zoneOutlineStyle(level), shape: 'polygon', label: ZONE_LEVEL_LABELS[level]}));
}

function roadRows(): LegendRow[] {
  return Object.entries(ROAD_CLASS_LABELS).map(([roadClass, label]) => ({style: roadStyle(roadClass), shape: 'line', label}));
}

function assetRows(): LegendRow[] {
  const kinds: LegendRow[] = Object.entries(ASSET_KIND_LABELS)
    .map(([kind, label]) => ({style: assetStyle(kind, 'good'), shape: 'point', label}));
  // Colour, not shape, carries the condition; a street light stands for every kind.
  return [
    ...kinds,
    {style: assetStyle('streetlight', 'unlit'), shape: 'point', label: MESSAGES.legend.assetWarning},
    {style: assetStyle('streetlight', 'lost'), shape: 'point', label: MESSAGES.legend.assetInactive},
    {style: clusterStyle(9, ASSET_CLUSTER_COLOR), shape: 'point', label: MESSAGES.legend.cluster},
  ];
}

function complaintRows(): LegendRow[] {
  return [
    {style: complaintGroupStyle('open'), shape: 'point', label: MESSAGES.legend.complaintUnresolved},
    {style: OVERDUE_STYLE, shape: 'point', label: MESSAGES.legend.overdue},
    {style: clusterStyle(9, COMPLAINT_CLUSTER_COLOR), shape: 'point', label: MESSAGES.legend.cluster},
  ];
}

function gapRows(): LegendRow[] {
  return [
    {style: gapStyle('uncovered_land', 'polygon'), shape: 'polygon', label: MESSAGES.legend.gapLand},
    {style: gapStyle('toilet_reach', 'polygon'), shape: 'polygon', label: MESSAGES.legend.gapReach},
    {style: gapStyle('unlit_road', 'line'), shape: 'line', label: MESSAGES.legend.gapLine},
    {style: gapStyle('asset_out_of_service', 'point'), shape: 'point', label: MESSAGES.legend.gapPoint},
  ];
}

function reachRows(): LegendRow[] {
  return [
    {style: reachStyle('TOILET', 'NETWORK'), shape: 'polygon', label: MESSAGES.legend.reachToilet},
    {style: reachStyle('TOILET', 'STRAIGHT_LINE'), shape: 'polygon', label: MESSAGES.legend.reachToiletStraight},
    {style: reachStyle('COLLECTION_POINT', 'NETWORK'), shape: 'polygon', label: MESSAGES.legend.reachPoint},
    {style: reachStyle('COLLECTION_POINT', 'STRAIGHT_LINE'), shape: 'polygon', label: MESSAGES.legend.reachPointStraight},
  ];
}

function heatBar(): HTMLElement {
  const bar = document.createElement('div');
  bar.className = 'heat-ramp';
  const ramp = document.createElement('span');
  ramp.className = 'heat-ramp-bar';
  ramp.style.background = heatGradientCss();
  const low = document.createElement('span');
  low.textContent = MESSAGES.legend.heatLow;
  const high = document.createElement('span');
  high.textContent = MESSAGES.legend.heatHigh;
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
