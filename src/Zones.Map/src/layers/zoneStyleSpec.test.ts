import {describe, expect, it} from 'vitest';
import {ZONE_LEVEL_STYLES, UNKNOWN_ZONE_STYLE, showsZoneLabel, zoneLevelStyle} from './zoneStyleSpec';

describe('zoneLevelStyle', () => {
  it('draws the township thicker than every level below it', () => {
    const township = ZONE_LEVEL_STYLES.township;
    for (const level of ['area', 'village', 'group'] as const) {
      expect(township.width).toBeGreaterThan(ZONE_LEVEL_STYLES[level].width);
      expect(township.zIndex).toBeGreaterThan(ZONE_LEVEL_STYLES[level].zIndex);
    }
  });

  it('gives each level its own outline colour', () => {
    const colors = ['township', 'area', 'village', 'group'].map((l) => zoneLevelStyle(l).stroke);
    expect(new Set(colors).size).toBe(4);
  });

  it('falls back to a grey outline for an unknown level', () => {
    expect(zoneLevelStyle('province')).toBe(UNKNOWN_ZONE_STYLE);
  });
});

describe('showsZoneLabel', () => {
  it('always labels the township and labels groups only when zoomed in', () => {
    expect(showsZoneLabel('township', 500)).toBe(true);
    expect(showsZoneLabel('group', 20)).toBe(false);
    expect(showsZoneLabel('group', 2)).toBe(true);
  });

  it('labels areas before villages when zooming in', () => {
    expect(showsZoneLabel('area', 30)).toBe(true);
    expect(showsZoneLabel('village', 30)).toBe(false);
  });
});
