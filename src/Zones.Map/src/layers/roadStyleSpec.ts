import {isKnown, ROAD_CLASS_LABELS, type RoadClass} from '../i18n/enumLabels';

export interface RoadClassStyle {
  color: string;
  width: number;
  lineDash?: number[];
  zIndex: number;
}

// The usual Chinese road-map hierarchy: through highways red, main roads orange,
// down to thin dashed village roads; higher classes draw over lower ones at junctions.
export const ROAD_CLASS_STYLES: Record<RoadClass, RoadClassStyle> = {
  highway: {color: '#dc2626', width: 5, zIndex: 5},
  arterial: {color: '#ea580c', width: 4, zIndex: 4},
  secondary: {color: '#f59e0b', width: 3, zIndex: 3},
  branch: {color: '#a8a29e', width: 2, zIndex: 2},
  village: {color: '#92400e', width: 1.5, lineDash: [5, 3], zIndex: 1},
};

export const UNKNOWN_ROAD_STYLE: RoadClassStyle = {color: '#9ca3af', width: 1, zIndex: 0};

export function roadClassStyle(roadClass: unknown): RoadClassStyle {
  return isKnown(ROAD_CLASS_LABELS, roadClass) ? ROAD_CLASS_STYLES[roadClass] : UNKNOWN_ROAD_STYLE;
}
