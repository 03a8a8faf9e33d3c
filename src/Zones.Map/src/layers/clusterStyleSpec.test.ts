import {describe, expect, it} from 'vitest';
import {clusterSymbol, featureWeight, isCluster, isCrowded} from './clusterStyleSpec';

const props = (p: Record<string, unknown>) => ({get: (k: string) => p[k]});

describe('clusterSymbol', () => {
  it('grows with the logarithm of the count: 10 → 10, 100 → 14, 1000 → 18 px', () => {
    expect([10, 100, 1000].map((n) => clusterSymbol(n).radius)).toEqual([10, 14, 18]);
  });

  it('draws fewer than ten points in a cell as a small dot without a number, so streets are not lined with bubbles', () => {
    expect([1, 3, 9].map((n) => clusterSymbol(n))).toEqual([{radius: 3, label: ''}, {radius: 3.5, label: ''}, {radius: 4.5, label: ''}]);
    expect([isCrowded(props({cluster: true, count: 9})), isCrowded(props({cluster: true, count: 10})), isCrowded(props({count: 50}))]).toEqual([false, true, false]);
  });

  it('stops growing at 18 px and shortens large counts', () => {
    expect(clusterSymbol(250_000)).toEqual({radius: 18, label: '250k'});
  });

  it('shows the count, and survives a missing one', () => {
    expect(clusterSymbol(42).label).toBe('42');
    expect(clusterSymbol(undefined)).toEqual({radius: 3, label: ''});
  });
});

describe('featureWeight', () => {
  it('is the count of a cluster and 1 for a single feature', () => {
    expect(featureWeight(props({cluster: true, count: 37}))).toBe(37);
    expect(featureWeight(props({kind: 'bin'}))).toBe(1);
    expect(isCluster(props({cluster: false, count: 37}))).toBe(false);
  });
});
