import {describe, expect, test} from 'vitest';
import {settingsError} from './settingsErrors';

describe('settingsError', () => {
  test('names the field as the form does and marks it', () => {
    const {text, fields} = settingsError('“networkAccessM”必须是 1–1000 之间的数，现在是 -5');
    expect(text).toBe('“步行距离：住户到道路的最远距离（更远算走不到）”必须是 1–1000 之间的数，现在是 -5');
    expect(fields).toEqual(['networkAccessM']);
  });

  test('speaks of a rule value by its Chinese name', () => {
    const {text} = settingsError('“reachMethod”只能是 network 或 straight_line，现在是 "walk"');
    expect(text).toBe('“公厕、收集点服务半径的量法”只能是 “步行距离” 或 “直线距离”，现在是 "walk"');
  });

  test('reads the server\'s wording of a bad rule value (AnalysisSettingsRules)', () => {
    const {text, fields} = settingsError('“lightGapEnds”必须是以下之一：through_junction、segment_end、between_lights；现在是 "ends"');
    expect(text).toBe('“路段尽头的暗段怎么量”必须是以下之一：“穿过路口量到最近的灯”、“量到路段端点”、“只量两灯之间”；现在是 "ends"');
    expect(fields).toEqual(['lightGapEnds']);
  });

  test('an older server that does not know the setting is told apart', () => {
    expect(settingsError('没有名为“lightGapEnds”的分析参数。').text).toBe('服务器还不支持“路段尽头的暗段怎么量”这一项（需要更新服务器版本），请联系系统管理员。');
  });

  test('leaves other messages alone', () => {
    expect(settingsError('您没有修改此乡镇设置的权限。')).toEqual({text: '您没有修改此乡镇设置的权限。', fields: []});
  });
});
