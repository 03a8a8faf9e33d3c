import {describe, expect, test} from 'vitest';
import {type FieldCase, MY_CASES_QUERY, placeOf, receiptText, reportInput, workOrder} from './fieldQueries';

const c = (id: string, deadline: string | null, overdue = false) =>
  ({id, caseNumber: id, categoryName: null, description: '', address: null, stage: 'DISPOSING', deadline, overdue, version: 1, allowedActions: []}) as FieldCase;

describe('field view', () => {
  test('my cases: mine and open, soonest deadline first from the server', () => {
    expect(MY_CASES_QUERY).toContain('complaints(mine: true, open: true, orderBy: DEADLINE');
  });

  test('overdue cases (the server says so) come first, then the soonest deadline, no deadline last', () => {
    const order = workOrder([c('a', null), c('b', '2026-12-09T10:00:00+08:00'), c('c', '2026-12-01T10:00:00+08:00', true), c('d', '2026-12-08T10:00:00+08:00')]);
    expect(order.map((x) => x.id)).toEqual(['c', 'd', 'b', 'a']);
  });

  test('where am I: the most specific zone, who answers for it, and the path from the township', () => {
    const owner = {ownerName: '田建国', ownerPhone: '13800000000', targetName: '西南片区'};
    const place = placeOf([
      {id: '3', name: '施家村', level: 'VILLAGE', townshipCode: '330522125000', responsibleOwner: owner},
      {id: '2', name: '西南片区', level: 'AREA', townshipCode: '330522125000', responsibleOwner: owner},
      {id: '1', name: '桑溪镇', level: 'TOWNSHIP', townshipCode: '330522125000', responsibleOwner: null},
    ]);
    expect(place).toMatchObject({zone: {name: '施家村'}, owner, path: '桑溪镇 › 西南片区 › 施家村'});
    expect(placeOf([])).toBeNull();
  });

  test('a report here is a 巡查 case at my position, sent in the datum the phone gave it', () => {
    expect(reportInput({lon: 119.8, lat: 31.03, crs: 'GCJ02'}, {kind: 'event', code: '0102'}, ' 垃圾满溢 ')).toEqual({
      location: {point: {lon: 119.8, lat: 31.03}}, crs: 'GCJ02', categoryKind: 'event', categoryCode: '0102', source: 'INSPECTION', description: '垃圾满溢'});
  });

  test('a new case is answered with its number and zone', () => {
    expect(receiptText({folded: false, complaint: {caseNumber: 'E0102202612070003', reporterCount: 1, zone: {name: '施家村'}}}))
      .toBe('已上报，案卷号 E0102202612070003（施家村）。');
  });

  test('a report folded into an open case names that case and how many reported it (并案)', () => {
    expect(receiptText({folded: true, complaint: {caseNumber: 'E0102202612070001', reporterCount: 3, zone: null}}))
      .toBe('同一问题已有案卷，本次反映已并入案卷 E0102202612070001，已有 3 人反映。');
  });
});
