import {assetCondition} from '../layers/assetStyleSpec';
import {isCluster, isCrowded} from '../layers/clusterStyleSpec';
import {complaintGroup} from '../layers/complaintStyleSpec';
import {gapGeometryKind} from '../layers/gapStyles';
import type {LayerId} from '../layers/layerCatalog';

/** What the legend needs of a feature drawn in view (an OL Feature or RenderFeature). */
export interface SymbolSource {
  get(key: string): unknown;
  getGeometry(): {getType(): string} | null | undefined;
}

/** Which layers are on, and which of their symbols are drawn in the view right now. */
export interface LegendContext {
  visible: ReadonlySet<LayerId>;
  /** Symbol keys per layer (see symbolKeys). */
  present: ReadonlyMap<LayerId, ReadonlySet<string>>;
}

/**
 * The legend keys of the symbols `features` of layer `id` are drawn with: the zone levels,
 * road classes, asset kinds (plus `warning` / `inactive` for the condition colours,
 * `cluster` for numbered bubbles and `group` for the dots of a few points), complaint groups, gap `kind|shape` pairs; `any` for layers drawn in one way.
 */
export function symbolKeys(id: LayerId, features: Iterable<SymbolSource>): Set<string> {
  const keys = new Set<string>();
  for (const f of features) {
    switch (id) {
      case 'zones':
        keys.add(String(f.get('level')));
        break;
      case 'roads':
        keys.add(String(f.get('class')));
        break;
      case 'assets':
      case 'complaints':
        if (isCluster(f)) keys.add(isCrowded(f) ? 'cluster' : 'group');
        else if (id === 'assets') {
          keys.add(String(f.get('kind')));
          const condition = assetCondition(f.get('status'));
          if (condition !== 'normal') keys.add(condition);
        } else keys.add(complaintGroup(f.get('stage'), f.get('overdue')));
        break;
      case 'gaps':
        keys.add(`${String(f.get('kind'))}|${gapGeometryKind(f.getGeometry()?.getType() ?? 'Point')}`);
        break;
      default:
        keys.add('any');
    }
  }
  return keys;
}
