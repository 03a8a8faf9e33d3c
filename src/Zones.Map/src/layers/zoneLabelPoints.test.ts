import {describe, expect, it} from 'vitest';
import {pickLabelPoints} from './zoneLabelPoints';

function piece(id: number, name: string, extent: number[], point: number[]) {
  const p: Record<string, unknown> = {id, name, level: 'village'};
  return {get: (k: string) => p[k], getId: () => id, getExtent: () => extent, getType: () => 'Polygon', getFlatInteriorPoint: () => point};
}

describe('pickLabelPoints', () => {
  it('labels a zone cut by a tile edge once, on its larger piece', () => {
    const points = pickLabelPoints([piece(1, '吴山村', [0, 0, 10, 10], [5, 5]), piece(1, '吴山村', [10, 0, 12, 10], [11, 5])]);
    expect(points).toEqual([{id: '1', name: '吴山村', level: 'village', coordinate: [5, 5]}]);
  });

  it('keeps different zones apart and skips nameless ones', () => {
    const points = pickLabelPoints([piece(1, '吴山村', [0, 0, 1, 1], [0, 0]), piece(2, '梅林村', [0, 0, 1, 1], [1, 1]), piece(3, undefined as unknown as string, [0, 0, 1, 1], [2, 2])]);
    expect(points.map((p) => p.name)).toEqual(['吴山村', '梅林村']);
  });
});
