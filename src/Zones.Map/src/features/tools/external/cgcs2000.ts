import {addCoordinateTransforms, addEquivalentProjections, fromLonLat, get as getProjection, toLonLat} from 'ol/proj';
import Projection from 'ol/proj/Projection';

/**
 * EPSG:4490 (CGCS2000 geographic, 天地图's `c` tile matrix sets) for OpenLayers: latitude first
 * (neu) as the capabilities give corners, treated as WGS84 (they agree to centimetres, which is
 * below a tile pixel) so its tiles are warped onto the Web Mercator map. Registered once.
 * metersPerUnit is a degree on the WGS84 equator (6378137 m radius): 天地图's scale denominators
 * are computed with it (level 1 = 0.703125°/px), and OL's default (a 6370997 m sphere) would
 * pick tiles 6 % too small.
 */
export function registerCgcs2000(): void {
  if (getProjection('EPSG:4490')) return;
  const cgcs = new Projection({code: 'EPSG:4490', units: 'degrees', axisOrientation: 'neu', extent: [-180, -90, 180, 90], global: true,
    metersPerUnit: (2 * Math.PI * 6378137) / 360});
  addEquivalentProjections([getProjection('EPSG:4326')!, cgcs]);
  addCoordinateTransforms(cgcs, 'EPSG:3857', (c) => fromLonLat(c), (c) => toLonLat(c));
}
