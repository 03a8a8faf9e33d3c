import Control from 'ol/control/Control';
import type Map from 'ol/Map';

/**
 * The one column of map buttons under the zoom buttons (测距, 测面, 导出, 属性表 …). Every feature
 * appends its group here instead of placing a control of its own, so no button ever lies on top
 * of another whatever order the features install in.
 */
export function mapToolbar(map: Map): HTMLElement {
  const found = map.getViewport()?.querySelector<HTMLElement>('.map-toolbar');
  if (found) return found;
  const holder = document.createElement('div');
  holder.className = 'ol-unselectable ol-control map-toolbar';
  map.addControl(new Control({element: holder}));
  return holder;
}
