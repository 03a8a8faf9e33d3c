import Collection from 'ol/Collection';
import DoubleClickZoom from 'ol/interaction/DoubleClickZoom';
import Draw from 'ol/interaction/Draw';
import type Interaction from 'ol/interaction/Interaction';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {guardDoubleClickZoom, REARM_MS} from './drawGuard';

describe('double-click zoom while drawing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  // The map's interactions are all the guard looks at (an ol Map needs a DOM).
  const setup = () => {
    const zoom = new DoubleClickZoom();
    const interactions = new Collection<Interaction>([zoom]);
    guardDoubleClickZoom({getInteractions: () => interactions});
    const map = {addInteraction: (i: Interaction) => interactions.push(i), removeInteraction: (i: Interaction) => interactions.remove(i)};
    return {map, zoom};
  };

  it('is off as soon as a drawing tool is on the map', () => {
    const {map, zoom} = setup();
    map.addInteraction(new Draw({type: 'Polygon'}));
    expect(zoom.getActive()).toBe(false);
  });

  it('stays off just after the drawing tool leaves (the double-click that finished it is still coming)', () => {
    const {map, zoom} = setup();
    const draw = new Draw({type: 'Polygon'});
    map.addInteraction(draw);
    map.removeInteraction(draw);
    vi.advanceTimersByTime(REARM_MS - 10);
    expect(zoom.getActive()).toBe(false);
    vi.advanceTimersByTime(20);
    expect(zoom.getActive()).toBe(true);
  });

  it('follows a tool that is switched off and on instead of removed', () => {
    const {map, zoom} = setup();
    const draw = new Draw({type: 'LineString'});
    map.addInteraction(draw);
    draw.setActive(false);
    vi.advanceTimersByTime(REARM_MS + 1);
    expect(zoom.getActive()).toBe(true);
    draw.setActive(true);
    expect(zoom.getActive()).toBe(false);
  });
});
