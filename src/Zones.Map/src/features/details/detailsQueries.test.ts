import {describe, expect, test} from 'vitest';
import {actionChoices, transitionInput} from './complaintActions';
import {byIdQuery, complaintFields, nearQuery, zoneIndicatorsQuery, zoneQuery} from './detailsQueries';
import {bestOf, featureSelection} from './pickFeature';
import {assetCounts} from './zoneView';

describe('details queries', () => {
  test('the zone query counts every asset kind and open and overdue cases', () => {
    const q = zoneQuery();
    for (const kind of ['TOILET', 'BIN', 'COLLECTION_POINT', 'GARBAGE_ROOM', 'TRANSFER_STATION', 'STREETLIGHT', 'LANDSCAPE_LIGHT']) {
      expect(q).toContain(`n_${kind.toLowerCase()}: assets(kind: [${kind}], where: {zoneId: $id}, first: 1) { totalCount }`);
    }
    expect(q).toContain('openComplaints: complaints(open: true, where: {zoneId: $id}');
    expect(q).toContain('ownerPhone');
  });

  test('indicators: only the fields the server has; none → no query', () => {
    expect(zoneIndicatorsQuery(['key', 'closeRate', 'onTimeCloseRate', 'toClose']))
      .toBe('query ZoneIndicators($id: ID!) { zone(id: $id) { indicators { closeRate onTimeCloseRate } } }');
    expect(zoneIndicatorsQuery(['key'])).toBeNull();
  });

  test('complaint fields ask for actions and history only when the API has them', () => {
    const bare = complaintFields(new Map([['id', 'ID']]));
    expect(bare).not.toContain('allowedActions');
    expect(bare).not.toContain('events');
    const full = complaintFields(new Map([['allowedActions', 'ComplaintAction'], ['events', 'ComplaintEvent']]), ['at', 'action', 'toStage', 'id']);
    expect(full).toContain('allowedActions');
    expect(full).toContain('events { at action toStage }');
  });

  test('by id and near-point documents', () => {
    expect(byIdQuery('asset', 'id')).toBe('query assetById($id: ID!) { asset(id: $id) { id } }');
    expect(nearQuery('complaints', 'id', ', orderBy: REPORTED_AT')).toContain(
      'complaints(where: {near: {lon: $lon, lat: $lat}, withinMeters: $m}, first: 100, orderBy: REPORTED_AT) { edges { node { id } } }');
  });

  test('asset counts in Chinese, kinds with none left out', () => {
    expect(assetCounts({n_toilet: {totalCount: 2}, n_bin: {totalCount: 0}, n_streetlight: {totalCount: 31}}))
      .toEqual([['公厕', 2], ['路灯', 31]]);
  });
});

describe('complaint actions', () => {
  const c = {id: '125', version: 4, caseNumber: 'E9901202609090001'};

  test('核查 becomes two verdicts', () => {
    expect(actionChoices(['DISPOSE', 'VERIFY']).map((a) => a.label)).toEqual(['签收', '核查通过', '核查不通过（返工）']);
  });

  test('the input carries the version read, the note and the verdict', () => {
    const [pass, fail] = actionChoices(['VERIFY']);
    expect(transitionInput(c, pass, ' 已清理 ', '').input).toEqual({id: '125', action: 'VERIFY', expectedVersion: 4, note: '已清理', passed: true});
    expect(transitionInput(c, fail, '', '').input?.passed).toBe(false);
  });

  test('回退, 挂账, 作废 need a reason; 延期 needs a deadline', () => {
    expect(transitionInput(c, actionChoices(['VOID'])[0], '  ', '').error).toBe('「作废」需要填写理由，请在备注中说明。');
    expect(transitionInput(c, actionChoices(['EXTEND'])[0], '', '').error).toBe('延期需要选择新的处置时限。');
    expect(transitionInput(c, actionChoices(['EXTEND'])[0], '', '2026-11-25T17:30').input?.newDeadline).toBe('2026-11-25T17:30:00+08:00');
  });

  test('公开答复 goes apart from the internal note, blank is left out and over 1000 characters is refused', () => {
    const [dispose] = actionChoices(['DISPOSE']);
    expect(transitionInput(c, dispose, '内部', '', ' 已安排清运 ').input).toMatchObject({note: '内部', publicNote: '已安排清运'});
    expect(transitionInput(c, dispose, '', '', '   ').input).not.toHaveProperty('publicNote');
    expect(transitionInput(c, dispose, '', '', '字'.repeat(1001)).error).toBe('公开答复最多 1000 字，现有 1001 字，请精简。');
  });
});

describe('map picks', () => {
  test('the kind comes from the layer kind, the MVT layer name, then the tile set', () => {
    expect(featureSelection({layer: 'assets'}, 17, {})).toEqual({kind: 'asset', id: '17'});
    expect(featureSelection({}, 3, {kind: 'zone'})).toEqual({kind: 'zone', id: '3'});
    expect(featureSelection({id: 9}, undefined, {tiles: 'complaints'})).toEqual({kind: 'complaint', id: '9'});
    expect(featureSelection({}, 5, {id: 'analysis-highlight'})).toBeNull();
  });

  test('cluster cells and gaps open nothing', () => {
    expect(featureSelection({layer: 'assets', cluster: true, count: 40}, 12, {tiles: 'assets'})).toBeNull();
    expect(featureSelection({layer: 'gaps'}, 1, {tiles: 'gaps'})).toBeNull();
  });

  test('points win over roads over zones; of the zones, the deepest level', () => {
    expect(bestOf([{kind: 'zone', id: '1', depth: 3}, {kind: 'road', id: '2', depth: -1}, {kind: 'asset', id: '3', depth: -1}])).toEqual({kind: 'asset', id: '3'});
    expect(bestOf([{kind: 'zone', id: '1', depth: 1}, {kind: 'zone', id: '22', depth: 3}, {kind: 'zone', id: '5', depth: 2}])).toEqual({kind: 'zone', id: '22'});
    expect(bestOf([])).toBeNull();
  });
});
