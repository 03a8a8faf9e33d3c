import type Map from 'ol/Map';
import type {CollectionEvent} from 'ol/Collection';
import DoubleClickZoom from 'ol/interaction/DoubleClickZoom';
import Draw from 'ol/interaction/Draw';
import type Interaction from 'ol/interaction/Interaction';

/**
 * How long double-click zoom stays off after the last drawing tool left the map: a tool that
 * removes its Draw on `drawend` does so on the second click's pointerup, and the map's
 * double-click event follows in the same task; the delay also covers a slow second click.
 */
export const REARM_MS = 400;

/**
 * Double-clicking finishes a polygon, a split line, a road or a measurement: it must not also
 * zoom the map. Whenever a Draw interaction is on the map and active, DoubleClickZoom is off;
 * it comes back REARM_MS after the last one went (most tools remove their Draw in `drawend`,
 * before OpenLayers dispatches the double-click). Every tool gets this without knowing about it.
 */
export function guardDoubleClickZoom(map: Pick<Map, 'getInteractions'>): void {
  const interactions = map.getInteractions();
  let rearm: ReturnType<typeof setTimeout> | undefined;
  const zooms = () => interactions.getArray().filter((i): i is DoubleClickZoom => i instanceof DoubleClickZoom);
  const drawing = () => interactions.getArray().some((i) => i instanceof Draw && i.getActive());
  const update = () => {
    clearTimeout(rearm);
    if (drawing()) zooms().forEach((z) => z.setActive(false));
    else rearm = setTimeout(() => { if (!drawing()) zooms().forEach((z) => z.setActive(true)); }, REARM_MS);
  };
  const watch = (i: Interaction) => { if (i instanceof Draw) i.on('change:active', update); };
  const unwatch = (i: Interaction) => { if (i instanceof Draw) i.un('change:active', update); };
  interactions.getArray().forEach(watch);
  interactions.on('add', (e: CollectionEvent<Interaction>) => { watch(e.element); update(); });
  interactions.on('remove', (e: CollectionEvent<Interaction>) => { unwatch(e.element); update(); });
}
