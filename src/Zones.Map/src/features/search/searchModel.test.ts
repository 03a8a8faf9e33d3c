import {describe, expect, test} from 'vitest';
import {hitExtent, MIN_SIDE_M} from './hitExtent';
import {chosenOnEnter, groupHits, hitSelection, listOrder, moveActive, searchText, type SearchHit} from './searchModel';

const hit = (kind: SearchHit['kind'], id: string): SearchHit => ({kind, id, title: id, subtitle: null, bbox: [119.8, 31, 119.8, 31]});

describe('search model', () => {
  test('groups in the order of their best hit, keeping server order inside a group', () => {
    const groups = groupHits([hit('COMPLAINT', 'c1'), hit('ZONE', 'z1'), hit('COMPLAINT', 'c2'), hit('ASSET', 'a1')]);
    expect(groups.map((g) => `${g.label}:${g.hits.map((h) => h.id).join(',')}`)).toEqual(['案卷:c1,c2', '片区:z1', '部件:a1']);
    expect(listOrder(groups).map((h) => h.id)).toEqual(['c1', 'c2', 'z1', 'a1']);
  });

  test('↑/↓ walk the list and wrap; other keys keep the row', () => {
    expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(-1, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(1, 3, 'a')).toBe(1);
    expect(moveActive(0, 0, 'ArrowDown')).toBe(-1);
  });

  test('Enter picks the highlighted row, else the best match', () => {
    const hits = [hit('ZONE', 'z1'), hit('ROAD', 'r1')];
    expect(chosenOnEnter(hits, 1)?.id).toBe('r1');
    expect(chosenOnEnter(hits, -1)?.id).toBe('z1');
    expect(chosenOnEnter([], -1)).toBeNull();
  });

  test('text is trimmed; blank or overlong text is not sent', () => {
    expect(searchText('  施家村 ')).toBe('施家村');
    expect(searchText('   ')).toBeNull();
    expect(searchText('x'.repeat(65))).toBeNull();
  });

  test('a hit selects its kind in lower case', () => {
    expect(hitSelection(hit('COMPLAINT', '125'))).toEqual({kind: 'complaint', id: '125'});
  });

  test('a point hit jumps to a box MIN_SIDE_M wide in EPSG:3857, around the point', () => {
    const [minX, minY, maxX, maxY] = hitExtent([119.8, 31, 119.8, 31]);
    expect(maxX - minX).toBeCloseTo(MIN_SIDE_M, 6);
    expect(maxY - minY).toBeCloseTo(MIN_SIDE_M, 6);
    // 119.8° east in Web Mercator: 6378137 m · 119.8 · π / 180 = 13 336 075.0 m.
    expect((minX + maxX) / 2).toBeCloseTo(13336075.0, 0);
  });

  test('a zone-sized box is only reprojected', () => {
    const [minX, , maxX] = hitExtent([119.79, 30.99, 119.83, 31.02]);
    expect(maxX - minX).toBeCloseTo((6378137 * 0.04 * Math.PI) / 180, 3);
  });
});
