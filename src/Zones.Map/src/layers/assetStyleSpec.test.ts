import {describe, expect, it} from 'vitest';
import {ASSET_KIND_LABELS} from '../i18n/enumLabels';
import {COMPLAINT_GROUP_STYLES} from './complaintStyleSpec';
import {ASSET_KIND_STYLES, INACTIVE_COLOR, WARNING_COLOR, assetCondition, assetSymbol} from './assetStyleSpec';

describe('assetSymbol', () => {
  it('draws a healthy asset in its kind colour', () => {
    expect(assetSymbol('toilet', 'good')).toMatchObject({shape: 'square', fill: ASSET_KIND_STYLES.toilet.color});
  });

  it('draws damaged and unlit assets in the warning colour, keeping the kind shape', () => {
    expect(assetSymbol('toilet', 'damaged')).toMatchObject({shape: 'square', fill: WARNING_COLOR});
    expect(assetSymbol('landscape_light', 'unlit')).toMatchObject({shape: 'diamond', fill: WARNING_COLOR});
  });

  it('draws warnings above healthy assets and makes them larger', () => {
    const good = assetSymbol('streetlight', 'good');
    const unlit = assetSymbol('streetlight', 'unlit');
    expect(unlit.zIndex).toBeGreaterThan(good.zIndex);
    expect(unlit.radius).toBeGreaterThan(good.radius);
  });

  it('keeps the asset warning apart from the overdue-complaint red', () => {
    expect(WARNING_COLOR).not.toBe(COMPLAINT_GROUP_STYLES.overdue.fill);
  });

  it('greys out lost and abandoned assets', () => {
    expect(assetSymbol('bin', 'lost').fill).toBe(INACTIVE_COLOR);
    expect(assetSymbol('bin', 'abandoned').fill).toBe(INACTIVE_COLOR);
  });

  it('still draws an unknown kind or status', () => {
    expect(assetSymbol('fountain', 'good')).toMatchObject({shape: 'circle'});
    expect(assetCondition('sparkling')).toBe('normal');
  });
});

describe('ASSET_KIND_STYLES', () => {
  it('covers every kind with a distinct shape-and-colour pair', () => {
    expect(Object.keys(ASSET_KIND_STYLES).sort()).toEqual(Object.keys(ASSET_KIND_LABELS).sort());
    const pairs = Object.values(ASSET_KIND_STYLES).map((s) => `${s.shape}/${s.color}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const colors = Object.values(ASSET_KIND_STYLES).map((s) => s.color);
    expect(new Set(colors).size).toBe(colors.length);
    expect(colors).not.toContain(WARNING_COLOR);
  });
});
