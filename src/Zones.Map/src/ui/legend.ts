import {
  ASSET_KIND_LABELS,
  ROAD_CLASS_LABELS,
  ZONE_LEVEL_LABELS,
} from '../i18n/enumLabels';
import {MESSAGES} from '../i18n/messages';
import {assetStyle} from '../layers/assetStyles';
import {complaintGroupStyle} from '../layers/complaintStyles';
import {roadStyle} from '../layers/roadStyles';
import {zoneOutlineStyle} from '../layers/zoneStyles';
import {createSwatch, type SwatchShape} from './legendSwatch';
import type Style from 'ol/style/Style';

interface LegendRow {
  style: Style;
  shape: SwatchShape;
  label: string;
}

/** The 图例: every symbol the four layers can draw, with its Chinese meaning. */
export function renderLegend(container: HTMLElement): void {
  const heading = document.createElement('h2');
  heading.textContent = MESSAGES.legendHeading;
  container.replaceChildren(
    heading,
    section(MESSAGES.legend.zones, zoneRows()),
    section(MESSAGES.legend.roads, roadRows()),
    section(MESSAGES.legend.assets, assetRows()),
    section(MESSAGES.legend.complaints, complaintRows()),
  );
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
  ];
}

function complaintRows(): LegendRow[] {
  return [
    {style: complaintGroupStyle('open'), shape: 'point', label: MESSAGES.legend.complaintOpen},
    {style: complaintGroupStyle('overdue'), shape: 'point', label: MESSAGES.legend.complaintOverdue},
    {style: complaintGroupStyle('closed'), shape: 'point', label: MESSAGES.legend.complaintClosed},
  ];
}

function section(title: string, rows: LegendRow[]): HTMLElement {
  const element = document.createElement('section');
  element.className = 'legend-section';
  const heading = document.createElement('h3');
  heading.textContent = title;
  const list = document.createElement('ul');
  for (const row of rows) {
    const item = document.createElement('li');
    const text = document.createElement('span');
    text.textContent = row.label;
    item.append(createSwatch(row.style, row.shape), text);
    list.append(item);
  }
  element.append(heading, list);
  return element;
}
