import {ZONE_LEVEL_LABELS} from '../i18n/enumLabels';
import {MESSAGES} from '../i18n/messages';
import {type OwnerLegendEntry, sameLegend} from '../layers/ownerLegendEntries';
import {zoneOwnerStyle} from '../layers/zoneOwnerStyles';
import {createSwatch} from './legendSwatch';

export interface OwnerLegend {
  element: HTMLElement;
  /** Show these owners (built from the zones in view); a no-op when nothing changed. */
  update(rows: OwnerLegendEntry[]): void;
  /** Called after the planner picks another level to colour by. */
  onLevelChange(handler: () => void): void;
}

// Levels a planner may colour by: the township has one owner, so colouring it says nothing.
const LEVELS = ['area', 'village', 'group'] as const;

/** The 包联责任人 part of the legend: a level chooser and one row per owner in view. */
export function createOwnerLegend(level: {get(): string; set(level: string): void}): OwnerLegend {
  const element = document.createElement('section');
  element.className = 'legend-section legend-owners';
  element.id = 'legend-owners';
  const heading = document.createElement('h3');
  heading.textContent = MESSAGES.legend.owners;
  const chooser = document.createElement('label');
  chooser.className = 'legend-level';
  const select = document.createElement('select');
  select.name = 'owner-level';
  for (const value of LEVELS) select.append(new Option(ZONE_LEVEL_LABELS[value], value, false, value === level.get()));
  chooser.append(`${MESSAGES.legend.ownersBy} `, select);
  const list = document.createElement('ul');
  element.append(heading, chooser, list);

  let shown: OwnerLegendEntry[] = [];
  let onLevel: () => void = () => {};
  select.addEventListener('change', () => {
    level.set(select.value);
    onLevel();
  });
  return {
    element,
    update(rows) {
      if (sameLegend(rows, shown) && list.childElementCount > 0) return;
      shown = rows;
      list.replaceChildren(...(rows.length ? rows.map((r) => ownerRow(r, level.get())) : [emptyRow()]));
    },
    onLevelChange(handler) {
      onLevel = handler;
    },
  };
}

function ownerRow(row: OwnerLegendEntry, level: string): HTMLLIElement {
  const owner = row.kind ? {id: row.key.slice(row.key.indexOf(':') + 1), kind: row.kind, name: row.name} : null;
  const item = document.createElement('li');
  item.dataset.owner = row.key;
  const name = document.createElement('span');
  name.className = 'owner-name';
  name.textContent = row.kind ? row.name : MESSAGES.legend.unowned;
  const count = document.createElement('span');
  count.className = 'layer-count';
  count.textContent = MESSAGES.legend.zonesUnit(row.zones);
  item.append(createSwatch(zoneOwnerStyle(level, owner, level), 'polygon'), name, count);
  return item;
}

function emptyRow(): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'legend-empty';
  item.textContent = MESSAGES.legend.ownersNone;
  return item;
}
