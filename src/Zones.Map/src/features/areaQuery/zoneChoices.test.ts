import {describe, expect, it} from 'vitest';
import {treeOrder, type ZoneNode} from './zoneChoices';

const zone = (id: string, code: string, parent: string | null): ZoneNode =>
  ({id, code, name: `z${code}`, level: 'AREA', parent: parent ? {id: parent} : null});

describe('treeOrder', () => {
  it('puts every zone right after its parent, siblings by code', () => {
    const zones = [
      zone('1', '330522125000', null),
      zone('2', '330522125000001', '1'),
      zone('3', '330522125000002', '1'),
      zone('4', '330522125000107', '3'),
      zone('5', '330522125000101', '2'),
      zone('6', '330522125000107001', '4'),
    ];
    expect(treeOrder(zones).map((z) => z.id)).toEqual(['1', '2', '5', '3', '4', '6']);
  });

  it('keeps zones whose parent is missing, as roots', () => {
    expect(treeOrder([zone('9', '2', '404'), zone('8', '1', null)]).map((z) => z.id)).toEqual(['8', '9']);
  });
});
