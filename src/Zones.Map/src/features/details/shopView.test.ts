import {describe, expect, it} from 'vitest';
import {frontageText} from './shopView';

describe('frontageText', () => {
  it('writes the 门前三包 length in whole metres when it is the default, else to a decimetre', () => {
    expect(frontageText({frontageLengthM: 10.0004})).toBe('10 米');
    expect(frontageText({frontageLengthM: 7.46})).toBe('7.5 米');
  });

  it('is empty when the shop has no road within 50 m', () => {
    expect(frontageText({frontageLengthM: null})).toBeNull();
  });
});
