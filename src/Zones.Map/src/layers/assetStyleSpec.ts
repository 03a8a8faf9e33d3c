import {ASSET_KIND_LABELS, type AssetKind, isKnown} from '../i18n/enumLabels';

export type SymbolShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'star' | 'pentagon';

/** The symbol of one asset: shape says the kind, colour says kind or trouble. */
export interface AssetSymbol {
  shape: SymbolShape;
  radius: number;
  fill: string;
  stroke: string;
  zIndex: number;
}

export interface AssetKindStyle {
  shape: SymbolShape;
  radius: number;
  color: string;
}

// Each kind has its own shape, so the kind is still readable when the colour is
// taken over by the warning state.
export const ASSET_KIND_STYLES: Record<AssetKind, AssetKindStyle> = {
  toilet: {shape: 'square', radius: 6, color: '#2563eb'},
  bin: {shape: 'circle', radius: 3.5, color: '#16a34a'},
  collection_point: {shape: 'triangle', radius: 6, color: '#15803d'},
  garbage_room: {shape: 'pentagon', radius: 6, color: '#0d9488'},
  transfer_station: {shape: 'star', radius: 9, color: '#7c3aed'},
  streetlight: {shape: 'circle', radius: 3, color: '#ca8a04'},
  landscape_light: {shape: 'diamond', radius: 5, color: '#db2777'},
};

const UNKNOWN_KIND: AssetKindStyle = {shape: 'circle', radius: 4, color: '#6b7280'};

/**
 * Broken or dark: needs a work order, so it must catch the eye. Orange, not red:
 * red is taken by overdue complaints, which are a different kind of trouble.
 */
export const WARNING_COLOR = '#f97316';
/** Lost or abandoned: no longer in service, drawn faint. */
export const INACTIVE_COLOR = '#9ca3af';

export type AssetCondition = 'normal' | 'warning' | 'inactive';

export function assetCondition(status: unknown): AssetCondition {
  if (status === 'damaged' || status === 'unlit') return 'warning';
  if (status === 'lost' || status === 'abandoned') return 'inactive';
  return 'normal';
}

export function assetKindStyle(kind: unknown): AssetKindStyle {
  return isKnown(ASSET_KIND_LABELS, kind) ? ASSET_KIND_STYLES[kind] : UNKNOWN_KIND;
}

export function assetSymbol(kind: unknown, status: unknown): AssetSymbol {
  const base = assetKindStyle(kind);
  switch (assetCondition(status)) {
    case 'warning':
      // Slightly larger, dark outline, drawn above healthy assets.
      return {shape: base.shape, radius: base.radius + 1.5, fill: WARNING_COLOR, stroke: '#431407', zIndex: 3};
    case 'inactive':
      return {shape: base.shape, radius: base.radius, fill: INACTIVE_COLOR, stroke: '#ffffff', zIndex: 1};
    default:
      return {shape: base.shape, radius: base.radius, fill: base.color, stroke: '#ffffff', zIndex: 2};
  }
}
