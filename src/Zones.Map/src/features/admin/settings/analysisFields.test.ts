import {describe, expect, test} from 'vitest';
import {formFromOverrides, numberProblem, overridesFromForm} from './analysisFields';

describe('analysis thresholds', () => {
  test('an empty form is all defaults: the override object is {}', () => {
    expect(overridesFromForm(formFromOverrides({}))).toEqual({settings: {}});
    expect(overridesFromForm(formFromOverrides(null))).toEqual({settings: {}});
  });

  test('the form shows the township overrides and sends back only what differs from the defaults', () => {
    const form = formFromOverrides({toiletRadiusM: 500, binSpacingM: {village: 300}, denseLightClasses: ['arterial', 'secondary']});
    expect(form.numbers.toiletRadiusM).toBe('500');
    expect(form.numbers.collectionRadiusM).toBe('');
    expect(form.binSpacing.village).toBe('300');
    form.numbers.collectionRadiusM = '120'; // typed the default: not an override
    expect(overridesFromForm(form)).toEqual({settings: {toiletRadiusM: 500, binSpacingM: {village: 300}, denseLightClasses: ['arterial', 'secondary']}});
  });

  test('numbers out of range, not numbers, or not whole where whole is needed are named by field', () => {
    const form = formFromOverrides({});
    form.numbers.toiletRadiusM = '-5';
    form.numbers.heatmapDefaultDays = '7.5';
    form.numbers.repeatRadiusM = '五十';
    form.binSpacing.arterial = '0';
    expect(overridesFromForm(form)).toEqual({problems: {
      toiletRadiusM: '不能小于 10。', heatmapDefaultDays: '请填整数。', repeatRadiusM: '请填数字。', 'binSpacingM.arterial': '不能小于 1。',
    }});
  });

  test('a class list in another order is the same list', () => {
    const form = formFromOverrides({});
    form.roadOwnerClasses = ['highway', 'arterial', 'secondary'];
    expect(overridesFromForm(form)).toEqual({settings: {}});
    expect(numberProblem('99999', {min: 0, max: 100})).toBe('不能大于 100。');
  });
});
