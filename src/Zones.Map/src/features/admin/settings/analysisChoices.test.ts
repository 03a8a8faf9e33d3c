import {describe, expect, test} from 'vitest';
import {choiceOverrides, choicesFromOverrides, LIGHT_GAP_ENDS, REACH_METHOD} from './analysisChoices';
import {formFromOverrides, overridesFromForm} from './analysisFields';

// CONTRACT12 §3: settings.analysis JSON names and values.
describe('rule choices of the analysis settings', () => {
  test('offer the contract values with walking distance and through-junction as the defaults', () => {
    expect(REACH_METHOD.options.map((o) => o.value)).toEqual(['network', 'straight_line']);
    expect(REACH_METHOD.defaultValue).toBe('network');
    expect(LIGHT_GAP_ENDS.options.map((o) => [o.value, o.label])).toEqual([
      ['through_junction', '穿过路口量到最近的灯'], ['segment_end', '量到路段端点'], ['between_lights', '只量两灯之间'],
    ]);
    expect(LIGHT_GAP_ENDS.defaultValue).toBe('through_junction');
  });

  test('every option explains its rule in one sentence', () => {
    for (const o of [...REACH_METHOD.options, ...LIGHT_GAP_ENDS.options]) expect(o.explain).toMatch(/^[^。]+。$/);
  });

  test('a township without overrides shows the defaults; an unknown stored value shows the default too', () => {
    expect(choicesFromOverrides({})).toEqual({reachMethod: 'network', lightGapEnds: 'through_junction'});
    expect(choicesFromOverrides({reachMethod: 'straight_line', lightGapEnds: 'sideways'})).toEqual({reachMethod: 'straight_line', lightGapEnds: 'through_junction'});
  });

  test('only a choice other than the default is sent; no choice at all is a problem', () => {
    expect(choiceOverrides({reachMethod: 'network', lightGapEnds: 'segment_end'})).toEqual({settings: {lightGapEnds: 'segment_end'}, problems: {}});
    expect(choiceOverrides({reachMethod: '', lightGapEnds: 'through_junction'}).problems).toEqual({reachMethod: '请选择一项。'});
  });

  test('the whole form sends straight-line reach and the network access distance beside the other overrides', () => {
    const form = formFromOverrides({toiletRadiusM: 500});
    form.choices.reachMethod = 'straight_line';
    form.numbers.networkAccessM = '150';
    expect(overridesFromForm(form)).toEqual({settings: {toiletRadiusM: 500, networkAccessM: 150, reachMethod: 'straight_line'}});
    form.numbers.networkAccessM = '100'; // the default: not an override
    form.choices.reachMethod = 'network';
    expect(overridesFromForm(form)).toEqual({settings: {toiletRadiusM: 500}});
  });
});
