import {describe, expect, test} from 'vitest';
import {hitLabel} from './hitLabel';
import {type Candidate, decide} from './pickFeature';

const asset = (id: string, label = `公厕 ${id}`): Candidate => ({kind: 'asset', id, depth: -1, label});
const zone = (id: string, depth: number): Candidate => ({kind: 'zone', id, depth});

describe('what a map click picks', () => {
  test('one point within reach opens it, whatever zones and roads lie under it', () => {
    expect(decide([{candidate: asset('1716'), zoomTo: null}], [zone('25', 4), {kind: 'road', id: '3', depth: -1}]))
      .toEqual({type: 'open', selection: {kind: 'asset', id: '1716'}});
  });

  test('several points within reach → a chooser listing them topmost first, each once', () => {
    const complaint: Candidate = {kind: 'complaint', id: '537', depth: -1, label: '案卷 E1'};
    const pick = decide([
      {candidate: complaint, zoomTo: null},
      {candidate: asset('1714'), zoomTo: null},
      {candidate: {...complaint}, zoomTo: null},
    ], [zone('14', 3)]);
    expect(pick).toEqual({type: 'choose', candidates: [complaint, asset('1714')]});
  });

  test('a cluster on top zooms to its members instead of opening anything', () => {
    expect(decide([{candidate: null, zoomTo: [0, 0, 10, 10]}, {candidate: asset('1'), zoomTo: null}], [zone('1', 1)]))
      .toEqual({type: 'zoom', extent: [0, 0, 10, 10]});
  });

  test('no point: the road under the pointer, several roads → choose, else the deepest zone', () => {
    const road = (id: string): Candidate => ({kind: 'road', id, depth: -1, label: `道路 ${id}`});
    expect(decide([], [zone('1', 1), road('7')])).toEqual({type: 'open', selection: {kind: 'road', id: '7'}});
    expect(decide([], [road('7'), road('8'), road('7')])).toEqual({type: 'choose', candidates: [road('7'), road('8')]});
    expect(decide([], [zone('1', 1), zone('25', 4), zone('13', 3)])).toEqual({type: 'open', selection: {kind: 'zone', id: '25'}});
  });

  test('nothing drawn under the pointer (a hidden zone layer) opens nothing', () => {
    expect(decide([], [])).toEqual({type: 'none'});
  });
});

describe('chooser lines', () => {
  test('kind and name in Chinese, the code when a thing has no name', () => {
    expect(hitLabel('asset', {kind: 'toilet', name: '桑溪文化广场公厕', identifier: '3305220301000003'})).toBe('公厕 桑溪文化广场公厕');
    expect(hitLabel('asset', {kind: 'bin', name: null, identifier: '3305220305000418'})).toBe('垃圾箱 3305220305000418');
    expect(hitLabel('complaint', {case_number: 'E0107202611080003', category_code: '0107'})).toBe('案卷 E0107202611080003 垃圾箱满溢');
    expect(hitLabel('complaint', {caseNumber: 'E9901202609090004'})).toBe('案卷 E9901202609090004');
    expect(hitLabel('zone', {level: 'group', name: '锦绣社区第三网格'})).toBe('组 锦绣社区第三网格');
    expect(hitLabel('road', {name: '人民路'})).toBe('道路 人民路');
    expect(hitLabel('shop', {name: '张记小吃'})).toBe('门店 张记小吃');
  });
});
