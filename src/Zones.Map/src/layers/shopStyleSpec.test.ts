import {describe, expect, it} from 'vitest';
import {isFrontage, SHOP_Z_INDEX} from './shopStyleSpec';

describe('shop style', () => {
  it('draws the frontage line as the 门前三包 band and the point as the shop', () => {
    expect(isFrontage('frontage', 'LineString')).toBe(true);
    expect(isFrontage('shop', 'Point')).toBe(false);
    expect(isFrontage(undefined, 'MultiLineString')).toBe(true);
  });

  it('puts the shop above its frontage', () => {
    expect(SHOP_Z_INDEX.shop).toBeGreaterThan(SHOP_Z_INDEX.frontage);
  });
});
