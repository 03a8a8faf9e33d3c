import {describe, expect, it} from 'vitest';
import {
  ASSET_KIND_LABELS,
  ASSET_STATUS_LABELS,
  COMPLAINT_SOURCE_LABELS,
  COMPLAINT_STAGE_LABELS,
  ROAD_CLASS_LABELS,
  ZONE_LEVEL_LABELS,
  isKnown,
  labelOf,
} from './enumLabels';

describe('labelOf', () => {
  it('names the contract values in Chinese', () => {
    expect(labelOf(ZONE_LEVEL_LABELS, 'village')).toBe('村（社区）');
    expect(labelOf(ROAD_CLASS_LABELS, 'highway')).toBe('过境公路');
    expect(labelOf(ASSET_KIND_LABELS, 'transfer_station')).toBe('垃圾中转站');
    expect(labelOf(ASSET_STATUS_LABELS, 'unlit')).toBe('不亮');
    expect(labelOf(COMPLAINT_SOURCE_LABELS, 'hotline_12345')).toBe('12345');
    expect(labelOf(COMPLAINT_STAGE_LABELS, 'shelved')).toBe('挂账');
  });

  it('shows an unknown value instead of hiding it', () => {
    expect(labelOf(ASSET_KIND_LABELS, 'fountain')).toBe('未知（fountain）');
  });

  it('shows a dash for a missing value', () => {
    expect(labelOf(ASSET_KIND_LABELS, null)).toBe('—');
    expect(labelOf(ASSET_KIND_LABELS, undefined)).toBe('—');
    expect(labelOf(ASSET_KIND_LABELS, '')).toBe('—');
  });

  it('does not treat Object.prototype members as labels', () => {
    expect(labelOf(ASSET_KIND_LABELS, 'toString')).toBe('未知（toString）');
    expect(isKnown(ASSET_KIND_LABELS, 'constructor')).toBe(false);
  });
});

describe('label tables', () => {
  it('cover every stage of the case workflow', () => {
    expect(Object.keys(COMPLAINT_STAGE_LABELS)).toEqual([
      'received', 'registered', 'dispatched', 'disposing', 'feedback',
      'verifying', 'closed', 'shelved', 'voided',
    ]);
  });

  it('contain only Chinese (or numeric) names', () => {
    const tables = [ZONE_LEVEL_LABELS, ROAD_CLASS_LABELS, ASSET_KIND_LABELS, ASSET_STATUS_LABELS];
    for (const label of tables.flatMap((t) => Object.values(t))) {
      expect(label).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
