import type Map from 'ol/Map';
import Control from 'ol/control/Control';
import {toLonLat} from 'ol/proj';
import {copyText, toast} from './copyText';
import {type CoordinateSystem, formatCoordinate, SYSTEM_LABELS} from './coordinateFormat';

const STORAGE_KEY = 'zones.coordinateSystem';

/**
 * 坐标 readout in the map's bottom-left corner: the pointer's position (the view's centre on a
 * touch screen, which has no pointer to follow) in WGS84, CGCS2000 Gauss–Krüger with the zone
 * of its longitude, or GCJ-02. A click on the numbers copies them (已复制).
 * The lon/lat shown sit in data-lon / data-lat at full precision, for tests and screen readers.
 */
export function createCoordinateReadout(map: Map): Control {
  const element = document.createElement('div');
  element.className = 'ol-unselectable ol-control coordinate-readout';
  const select = document.createElement('select');
  select.setAttribute('aria-label', '坐标系');
  for (const [value, label] of Object.entries(SYSTEM_LABELS)) select.append(new Option(label, value));
  select.value = readStored() ?? 'wgs84';
  const value = document.createElement('button');
  value.type = 'button';
  value.className = 'coordinate-value';
  value.title = '点击复制坐标';
  element.append(select, value);
  // Nothing to read until the pointer is over the map (or, on a touch screen, the view settles).
  element.hidden = true;

  let at: [number, number] | null = null;
  const show = () => {
    if (!at) return;
    element.hidden = false;
    const {text} = formatCoordinate(select.value as CoordinateSystem, at[0], at[1]);
    value.textContent = text;
    value.dataset.lon = String(at[0]);
    value.dataset.lat = String(at[1]);
  };
  const showCentre = () => {
    const centre = map.getView().getCenter();
    if (centre) at = toLonLat(centre) as [number, number];
    show();
  };
  map.on('pointermove', (e) => {
    const event = e.originalEvent as PointerEvent;
    // Over a map button the numbers stay on the last map point: that is what a click copies.
    if (e.dragging || event.pointerType === 'touch' || (event.target as Element | null)?.closest?.('.ol-control')) return;
    at = toLonLat(e.coordinate) as [number, number];
    show();
  });
  map.on('moveend', () => {
    if (matchMedia('(hover: none)').matches) showCentre();
  });
  select.addEventListener('change', () => {
    writeStored(select.value);
    show();
  });
  value.addEventListener('click', async () => {
    if (!at) return;
    const {copy} = formatCoordinate(select.value as CoordinateSystem, at[0], at[1]);
    toast(element, (await copyText(copy)) ? `已复制：${copy}` : '复制失败：请手动选中坐标复制');
  });
  return new Control({element});
}

function readStored(): string | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored && stored in SYSTEM_LABELS ? stored : null;
  } catch {
    return null;
  }
}

function writeStored(value: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, value);
  } catch {
    // No storage: the choice lasts for this page only.
  }
}
