import {buffer, getHeight, getWidth} from 'ol/extent';
import {transformExtent} from 'ol/proj';

/**
 * Smallest side of the extent to jump to, in metres of EPSG:3857: a point (asset, complaint)
 * has a box of no size, and fitting it would zoom to the view's maximum.
 */
export const MIN_SIDE_M = 300;

/** The WGS84 bbox of a hit as the EPSG:3857 extent `zoom-to` takes, at least MIN_SIDE_M wide and high. */
export function hitExtent(bbox: readonly number[]): number[] {
  const extent = transformExtent([...bbox], 'EPSG:4326', 'EPSG:3857');
  const grow = Math.max(0, (MIN_SIDE_M - Math.min(getWidth(extent), getHeight(extent))) / 2);
  return grow > 0 ? buffer(extent, grow) : extent;
}
