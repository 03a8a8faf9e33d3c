/** Order (top first, panel ids) and opacity of the layer panel's rows, kept in this browser. */
export interface LayerLook {
  order: string[];
  opacity: Record<string, number>;
}

const KEY = 'zones.layerLook';

// Storage can be missing or refused (private mode, policy); the panel works without it.
export function readLayerLook(): LayerLook {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<LayerLook> | null;
    return {order: Array.isArray(stored?.order) ? stored.order : [], opacity: stored?.opacity ?? {}};
  } catch {
    return {order: [], opacity: {}};
  }
}

export function writeLayerLook(look: LayerLook): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(look));
  } catch {
    // No storage: the order lasts for this page only.
  }
}
