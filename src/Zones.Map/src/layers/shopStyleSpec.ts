import type {SymbolSpec} from './symbolImage';

/**
 * 门店 on the map: a dark cyan square for the shop, and its 门前三包 stretch as a wide light cyan
 * band along the road, under the point, so a planner sees at once which piece of street a shop
 * answers for. Cyan is no road's, asset's or complaint's colour, and reads on the orange and
 * amber of main roads.
 */
export const SHOP_SYMBOL: SymbolSpec = {shape: 'square', radius: 5, fill: '#0e7490', stroke: '#ffffff'};

export const FRONTAGE_LINE = {color: 'rgba(6, 182, 212, 0.8)', width: 7} as const;

/** Drawn above roads (zIndex ≤ 5) and under asset symbols. */
export const SHOP_Z_INDEX = {frontage: 6, shop: 7} as const;

/** A shops-tile feature is the frontage line when the server says so, or when its geometry is a line. */
export function isFrontage(kind: unknown, geometryType: string | undefined): boolean {
  return kind === 'frontage' || geometryType === 'LineString' || geometryType === 'MultiLineString';
}
