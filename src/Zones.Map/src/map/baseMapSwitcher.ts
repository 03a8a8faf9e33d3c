import Control from 'ol/control/Control';
import type LayerGroup from 'ol/layer/Group';
import {BASE_MAP_STORAGE_KEY, initialBaseMap, NO_BASE_MAP} from './baseMapChoice';
import {showBaseMap} from './baseLayer';
import type {MapConfig} from './mapConfig';

/**
 * 底图 switcher in the map's top-right corner: 无底图 or one of the configured base maps.
 * Applies the clerk's stored choice at once, so an office that lost its internet can
 * switch to 无底图 once and keep it.
 */
export function createBaseMapSwitcher(group: LayerGroup, config: MapConfig): Control {
  const select = document.createElement('select');
  select.title = '底图';
  select.setAttribute('aria-label', '底图');
  select.append(new Option('无底图', NO_BASE_MAP), ...config.baseMaps.map((m) => new Option(m.name, m.id)));

  const shown = initialBaseMap(config, readStored());
  select.value = shown ?? NO_BASE_MAP;
  showBaseMap(group, shown);
  select.addEventListener('change', () => {
    showBaseMap(group, select.value === NO_BASE_MAP ? null : select.value);
    writeStored(select.value);
  });

  const element = document.createElement('div');
  element.className = 'ol-unselectable ol-control base-map-switcher';
  element.style.cssText = 'top: .5em; right: .5em;';
  element.append(select);
  return new Control({element});
}

// Storage can be missing or refused (private mode, policy); the switcher works without it.
function readStored(): string | null {
  try {
    return localStorage.getItem(BASE_MAP_STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeStored(value: string): void {
  try {
    localStorage.setItem(BASE_MAP_STORAGE_KEY, value);
  } catch {
    // not remembered; the choice still applies until the page closes
  }
}
