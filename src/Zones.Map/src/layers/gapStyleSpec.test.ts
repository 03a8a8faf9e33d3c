import {describe, expect, it} from 'vitest';
import {GAP_KIND_COLORS, UNKNOWN_GAP_COLOR, gapColor, gapKindWire} from './gapStyleSpec';
import {UNOWNED_COLOR} from './ownerColors';

describe('gapColor', () => {
  it('covers the 13 gap kinds of the API and none is the unowned grey', () => {
    expect(Object.keys(GAP_KIND_COLORS)).toHaveLength(13);
    expect(Object.values(GAP_KIND_COLORS)).not.toContain(UNOWNED_COLOR);
  });

  it('reads the GraphQL enum and the tile value alike', () => {
    expect(gapColor(gapKindWire('UNLIT_ROAD'))).toBe(GAP_KIND_COLORS.unlit_road);
    expect(gapColor('mystery')).toBe(UNKNOWN_GAP_COLOR);
  });
});
