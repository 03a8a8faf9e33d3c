import {describe, expect, it} from 'vitest';
import {COMPLAINT_STAGE_LABELS} from '../i18n/enumLabels';
import {COMPLAINT_GROUP_STYLES, complaintGroup} from './complaintStyleSpec';

describe('complaintGroup', () => {
  it('puts every working stage in the open group', () => {
    for (const stage of ['received', 'registered', 'dispatched', 'disposing', 'feedback', 'verifying', 'shelved']) {
      expect(complaintGroup(stage, false), stage).toBe('open');
    }
  });

  it('marks an open overdue case red', () => {
    expect(complaintGroup('disposing', true)).toBe('overdue');
    expect(COMPLAINT_GROUP_STYLES.overdue.fill).toBe('#dc2626');
  });

  it('keeps shelved cases able to be overdue', () => {
    expect(complaintGroup('shelved', true)).toBe('overdue');
  });

  it('greys out closed and voided cases even when they were late', () => {
    expect(complaintGroup('closed', true)).toBe('closed');
    expect(complaintGroup('voided', false)).toBe('closed');
  });

  it('only trusts a real boolean for overdue', () => {
    expect(complaintGroup('received', 'true')).toBe('open');
    expect(complaintGroup('received', null)).toBe('open');
  });

  it('assigns every known stage to a group', () => {
    const groups = Object.keys(COMPLAINT_STAGE_LABELS).map((s) => complaintGroup(s, false));
    expect(new Set(groups)).toEqual(new Set(['open', 'closed']));
  });
});
