import {describe, expect, test} from 'vitest';
import {foldForm, foldInput} from './foldModel';

const form = {componentRadiusM: '50', eventRadiusM: '250', windowDays: '7', enabled: true};

describe('并案设置', () => {
  test('the settings fill the form and go back as numbers', () => {
    expect(foldForm({componentRadiusM: 60, eventRadiusM: 300.5, windowDays: 10, enabled: false, customised: true}))
      .toEqual({componentRadiusM: '60', eventRadiusM: '300.5', windowDays: '10', enabled: false});
    expect(foldInput({...form, componentRadiusM: ' 75 '}, '330522125000'))
      .toEqual({input: {townshipCode: '330522125000', componentRadiusM: 75, eventRadiusM: 250, windowDays: 7, enabled: true}});
  });

  test('a radius must be more than 0 and at most 2000 m, as the server says', () => {
    for (const bad of ['-5', '0', '2000.5']) expect(foldInput({...form, componentRadiusM: bad}, 't')).toEqual({problems: {componentRadiusM: '半径应大于 0，最大 2000 米。'}});
    expect(foldInput({...form, eventRadiusM: '2000'}, 't')).toHaveProperty('input');
    expect(foldInput({...form, eventRadiusM: '五十'}, 't')).toEqual({problems: {eventRadiusM: '请填数字。'}});
    expect(foldInput({...form, eventRadiusM: ''}, 't')).toEqual({problems: {eventRadiusM: '请填数字。'}});
  });

  test('the window is a whole number of days from 1 to 90; all problems at once', () => {
    expect(foldInput({...form, windowDays: '2.5'}, 't')).toEqual({problems: {windowDays: '请填整数天数。'}});
    expect(foldInput({componentRadiusM: '0', eventRadiusM: '-1', windowDays: '91', enabled: true}, 't')).toEqual({problems: {
      componentRadiusM: '半径应大于 0，最大 2000 米。', eventRadiusM: '半径应大于 0，最大 2000 米。', windowDays: '时限应为 1–90 天。',
    }});
  });
});
