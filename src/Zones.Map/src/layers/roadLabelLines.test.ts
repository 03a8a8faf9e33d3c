import {describe, expect, it} from 'vitest';
import {clipLine, pickRoadLabels, type RoadPiece} from './roadLabelLines';

function road(name: string | null, flat: number[], ends?: number[]): RoadPiece {
  return {
    get: (k) => (k === 'name' ? name : 'arterial'),
    getType: () => (ends ? 'MultiLineString' : 'LineString'),
    getFlatCoordinates: () => flat,
    getEnds: () => ends ?? [flat.length],
  };
}

const VIEW = [0, 0, 100, 100];

describe('pickRoadLabels', () => {
  it('writes a road cut into tiles once, on its longest stretch in view', () => {
    const labels = pickRoadLabels([road('人民路', [0, 10, 30, 10]), road('人民路', [30, 10, 90, 10]), road('幸福路', [50, 0, 50, 40])], VIEW);
    expect(labels.map((l) => [l.name, l.coordinates])).toEqual([['人民路', [[30, 10], [90, 10]]], ['幸福路', [[50, 0], [50, 40]]]]);
  });

  it('measures only what lies in view, so the name is not placed off screen', () => {
    const [label] = pickRoadLabels([road('龙山路', [-1000, 50, 10, 50]), road('龙山路', [20, 60, 60, 60])], VIEW);
    expect(label.coordinates).toEqual([[20, 60], [60, 60]]);
  });

  it('reads each line of a multi-line road and skips roads without a name', () => {
    const labels = pickRoadLabels([road('S208', [0, 0, 5, 0, 10, 10, 90, 10], [4, 8]), road(null, [0, 0, 99, 99]), road(' ', [0, 0, 99, 99])], VIEW);
    expect(labels).toEqual([{name: 'S208', roadClass: 'arterial', coordinates: [[10, 10], [90, 10]]}]);
  });
});

describe('clipLine', () => {
  it('splits a line that leaves the box and comes back into two parts', () => {
    expect(clipLine([[10, 10], [10, 150], [20, 150], [20, 10]], VIEW)).toEqual([[[10, 10], [10, 100]], [[20, 100], [20, 10]]]);
  });
});
