import {describe, expect, test} from 'vitest';
import {tableLayer} from './tableColumns';
import {filterRows, rowsOf, sortRows} from './tableRows';

const assets = tableLayer('assets')!;
const complaints = tableLayer('complaints')!;

describe('attribute table rows', () => {
  test('one row per feature id, tile pieces merged into one extent; features without id are no rows', () => {
    const rows = rowsOf(tableLayer('roads')!, [
      {id: 7, props: {code: 'R7', name: '人民路', class: 'arterial', owner_name: '交通办'}, extent: [0, 0, 10, 10]},
      {id: 7, props: {code: 'R7', name: '人民路', class: 'arterial'}, extent: [10, 5, 20, 30]},
      {id: undefined, props: {cluster: true, count: 40}, extent: [1, 1, 1, 1]},
    ]);
    expect(rows).toEqual([{id: '7', cells: ['R7', '人民路', '主干路', '交通办'], extent: [0, 0, 20, 30]}]);
  });

  test('cells in Chinese from tile names (snake, lower case) and GraphQL names (camel, UPPER) alike', () => {
    const fromTile = rowsOf(assets, [{id: 1, props: {identifier: '3305220301000003', name: '桑溪文化广场公厕', kind: 'toilet', subtype: 'flush', status: 'good'}, extent: null}]);
    const fromApi = rowsOf(assets, [{id: 1, props: {identifier: '3305220301000003', name: '桑溪文化广场公厕', kind: 'TOILET', subtype: 'FLUSH', status: 'GOOD'}, extent: null}]);
    expect(fromTile[0].cells).toEqual(['3305220301000003', '桑溪文化广场公厕', '公厕', '水冲式', '完好']);
    expect(fromApi[0].cells).toEqual(fromTile[0].cells);
    const c = rowsOf(complaints, [{id: 5, props: {case_number: 'E0107202611080003', category_code: '0107', stage: 'disposing', source: 'citizen', overdue: true}, extent: null}]);
    expect(c[0].cells).toEqual(['E0107202611080003', '垃圾箱满溢', '处置', '群众', '已超期']);
  });

  test('sorting by a column: Chinese collation, numbers by value, empty cells last, both directions', () => {
    const rows = rowsOf(assets, [
      {id: 1, props: {identifier: 'A10', name: ''}, extent: null},
      {id: 2, props: {identifier: 'A9', name: '人民路公厕'}, extent: null},
      {id: 3, props: {identifier: 'A100', name: '八都村公厕'}, extent: null},
    ]);
    expect(sortRows(rows, 0, false).map((r) => r.id)).toEqual(['2', '1', '3']);
    expect(sortRows(rows, 0, true).map((r) => r.id)).toEqual(['3', '1', '2']);
    expect(sortRows(rows, 1, false).map((r) => r.id)).toEqual(['3', '2', '1']);
    expect(sortRows(rows, 1, true).map((r) => r.id)).toEqual(['2', '3', '1']);
  });

  test('a numeric column sorts decimals by value', () => {
    const shops = tableLayer('shops')!;
    const rows = rowsOf(shops, [3.9, 12.5, 3.15].map((m, i) => ({id: i, props: {frontage_m: m}, extent: null})));
    const frontage = shops.columns.findIndex((c) => c.key === 'frontage');
    expect(sortRows(rows, frontage, false, true).map((r) => r.cells[frontage])).toEqual(['3.15', '3.9', '12.5']);
  });

  test('the filter keeps rows where every word occurs in some cell', () => {
    const rows = rowsOf(assets, [
      {id: 1, props: {identifier: '3305220301000003', name: '桑溪文化广场公厕', kind: 'toilet', status: 'good'}, extent: null},
      {id: 2, props: {identifier: '3305220305000418', kind: 'bin', status: 'damaged'}, extent: null},
    ]);
    expect(filterRows(rows, '公厕').map((r) => r.id)).toEqual(['1']);
    expect(filterRows(rows, '垃圾箱 损坏').map((r) => r.id)).toEqual(['2']);
    expect(filterRows(rows, '0418')).toHaveLength(1);
    expect(filterRows(rows, '  ')).toHaveLength(2);
  });
});
