import {describe, expect, test} from 'vitest';
import {inspection, report} from './fixtures';
import {blocker, defaultMapping, initialState, MAX_BYTES, reduce, type WizardState} from './wizardState';

const chosen = () => reduce(initialState(), {type: 'choose', target: 'ZONES', fileName: 'villages.zip', fileSize: 1000});

describe('import wizard state', () => {
  test('no file, no inspection: the first step says to choose one', () => {
    expect(blocker(initialState())).toBe('请先选择文件。');
    expect(blocker(chosen())).toBeNull();
    expect(blocker(reduce(initialState(), {type: 'choose', target: 'ZONES', fileName: 'big.gpkg', fileSize: MAX_BYTES + 1}))).toContain('50 MB');
  });

  test('the inspection opens step 2 with the found columns mapped and the rest empty', () => {
    const s = reduce(chosen(), {type: 'inspected', inspection});
    expect(s.step).toBe('inspect');
    expect(s.mapping).toEqual({code: 'XZQDM', name: '村名', level: '', note: ''});
    expect(defaultMapping(inspection)).toEqual(s.mapping);
  });

  test('the mapping step will not go on while a required field has no column', () => {
    let s: WizardState = reduce(reduce(chosen(), {type: 'inspected', inspection}), {type: 'goto', step: 'mapping'});
    expect(s.step).toBe('mapping');
    s = reduce(s, {type: 'goto', step: 'options'});
    expect(s.step).toBe('mapping');
    expect(s.error).toBe('必填字段尚未对应：层级。');
    s = reduce(reduce(s, {type: 'map', field: 'level', column: '类型'}), {type: 'goto', step: 'options'});
    expect(s.step).toBe('options');
    expect(s.error).toBeNull();
  });

  test('no skipping ahead: from step 2 straight to the dry run is refused', () => {
    const s = reduce(reduce(chosen(), {type: 'inspected', inspection}), {type: 'goto', step: 'dryRun'});
    expect(s.step).toBe('inspect');
  });

  test('a snap tolerance outside 0–50 m blocks the dry run of boundaries, not of people', () => {
    const zones = {...reduce(chosen(), {type: 'options', mode: 'UPSERT', snapToleranceM: '80'}), step: 'options' as const};
    expect(blocker(zones)).toBe('容差应为 0–50 之间的数字。');
    expect(blocker({...zones, target: 'PEOPLE'})).toBeNull();
    expect(blocker({...zones, snapToleranceM: '0'})).toBeNull();
  });

  test('a dry run with rejected rows cannot be committed; a clean one can; one with nothing to write cannot', () => {
    const base = {...reduce(chosen(), {type: 'inspected', inspection}), step: 'options' as const};
    expect(blocker(reduce(base, {type: 'reported', report: report({rejected: 1, succeeded: false})}))).toContain('有被拒绝的行');
    expect(blocker(reduce(base, {type: 'reported', report: report()}))).toBeNull();
    expect(blocker(reduce(base, {type: 'reported', report: report({added: 0, changed: 0})}))).toBe('没有要写入的行。');
  });

  test('changing the mapping or the mode drops the dry run; going back keeps the choices', () => {
    const reported = reduce({...reduce(chosen(), {type: 'inspected', inspection}), step: 'options'}, {type: 'reported', report: report()});
    expect(reported.step).toBe('dryRun');
    const back = reduce(reported, {type: 'goto', step: 'mapping'});
    expect(back.step).toBe('mapping');
    expect(back.mapping.code).toBe('XZQDM');
    expect(reduce(back, {type: 'map', field: 'note', column: '类型'}).report).toBeNull();
  });

  test('progress, failure, commit and restart', () => {
    let s = reduce(chosen(), {type: 'progress', progress: {phase: 'upload', percent: 40}});
    expect(s.busy).toEqual({phase: 'upload', percent: 40});
    s = reduce(s, {type: 'failed', message: '服务器出错（HTTP 500），请稍后重试。'});
    expect(s.busy).toBeNull();
    expect(s.error).toContain('HTTP 500');
    s = reduce(s, {type: 'committed', report: report({dryRun: false, written: 2})});
    expect(s.step).toBe('done');
    expect(reduce(s, {type: 'restart'})).toEqual(initialState('ZONES'));
  });

  test('a new file starts over but keeps the mode and tolerance', () => {
    const s = reduce(reduce(chosen(), {type: 'options', mode: 'UPSERT', snapToleranceM: '1'}), {type: 'choose', target: 'ZONES', fileName: 'b.zip', fileSize: 5});
    expect([s.mode, s.snapToleranceM, s.inspection, s.fileName]).toEqual(['UPSERT', '1', null, 'b.zip']);
  });
});
