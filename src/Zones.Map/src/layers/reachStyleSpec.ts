import {withAlpha} from './ownerColors';

/**
 * How reach areas (服务范围) are drawn: green-blue for toilets, blue for collection points —
 * colours of "covered", unlike the browns of the reach gaps — translucent so the dwellings and
 * land under them stay visible; walking reach has a solid edge, the straight-line circle a
 * dashed one, so a screenshot says which distance it shows.
 */
export interface ReachStyleSpec {
  stroke: string;
  fill: string;
  width: number;
  lineDash: number[] | null;
}

export const REACH_KIND_COLORS: Record<string, string> = {
  toilet: '#0f766e',
  collection_point: '#1d4ed8',
};

const FILL_ALPHA = 0.16;

/** The drawing of one reach area; `kind` and `method` in either case (TOILET / toilet). */
export function reachStyleSpec(kind: string, method: string): ReachStyleSpec {
  const color = REACH_KIND_COLORS[kind.toLowerCase()] ?? REACH_KIND_COLORS.toilet;
  const straight = method.toUpperCase() === 'STRAIGHT_LINE';
  return {stroke: color, fill: withAlpha(color, FILL_ALPHA), width: straight ? 1.5 : 2, lineDash: straight ? [6, 4] : null};
}

