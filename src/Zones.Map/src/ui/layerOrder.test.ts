import Collection from 'ol/Collection';
import BaseLayer from 'ol/layer/Base';
import {describe, expect, it} from 'vitest';
import {applyOrder, moved} from './layerOrder';

const named = (name: string) => new BaseLayer({properties: {name}});
const names = (c: Collection<BaseLayer>) => c.getArray().map((l) => l.get('name'));

describe('layer order', () => {
  it('reorders the listed layers in their own places and leaves the others where they are', () => {
    const [base, zones, roads, labels, assets] = ['base', 'zones', 'roads', 'labels', 'assets'].map(named);
    const layers = new Collection([base!, zones!, roads!, labels!, assets!]);
    applyOrder(layers, [zones!, assets!, roads!]); // top first: zones above assets above roads
    expect(names(layers)).toEqual(['base', 'roads', 'assets', 'labels', 'zones']);
  });

  it('moves an item one place and not past the ends', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});
