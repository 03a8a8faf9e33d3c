import {describe, expect, it} from 'vitest';
import {polygonSelfIntersections, ringSelfIntersections, segmentIntersection} from './selfIntersection';

describe('segmentIntersection', () => {
  it('finds the crossing of the two diagonals of a 4 × 2 box at its centre', () => {
    expect(segmentIntersection([0, 0], [4, 2], [0, 2], [4, 0])).toEqual([2, 1]);
  });

  it('reports nothing for parallel or separate segments', () => {
    expect(segmentIntersection([0, 0], [1, 0], [0, 1], [1, 1])).toBeNull();
    expect(segmentIntersection([0, 0], [1, 1], [3, 0], [2, 1])).toBeNull();
  });

  it('reports a collinear overlap at the end that lies inside the other segment', () => {
    expect(segmentIntersection([0, 0], [4, 0], [3, 0], [6, 0])).toEqual([3, 0]);
  });
});

describe('ringSelfIntersections', () => {
  it('finds the crossing of a bow-tie at its centre', () => {
    // (0,0) → (4,2) → (4,0) → (0,2) → back: edges 1 and 3 cross at (2,1).
    expect(ringSelfIntersections([[0, 0], [4, 2], [4, 0], [0, 2], [0, 0]])).toEqual([[2, 1]]);
  });

  it('finds nothing in a valid square (adjacent edges share their vertex legitimately)', () => {
    expect(ringSelfIntersections([[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]])).toEqual([]);
  });

  it('finds a vertex that touches another edge of the same ring, once', () => {
    // The 4th vertex (2,0) lies on the first edge (0,0)–(4,0).
    const ring = [[0, 0], [4, 0], [4, 4], [2, 0], [0, 4], [0, 0]];
    expect(ringSelfIntersections(ring)).toEqual([[2, 0]]);
  });

  it('looks at every ring of a polygon', () => {
    const shell = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
    const bowTieHole = [[2, 2], [6, 4], [6, 2], [2, 4], [2, 2]];
    expect(polygonSelfIntersections([shell, bowTieHole])).toEqual([[4, 3]]);
  });
});
