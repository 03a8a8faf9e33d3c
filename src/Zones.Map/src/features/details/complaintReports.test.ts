import {describe, expect, it} from 'vitest';
import {maySplit, reporterCountText} from './complaintReports';
import {complaintFields} from './detailsQueries';

describe('并案 in the case details', () => {
  it('says how many people reported the case', () => {
    expect(reporterCountText({reporterCount: 3})).toBe('3 人反映');
    expect(reporterCountText({})).toBeNull();
  });

  it('offers 拆分 to planners and admins only, as the server allows', () => {
    expect([maySplit('admin'), maySplit('planner'), maySplit('cadre'), maySplit('viewer'), maySplit(undefined)])
      .toEqual([true, true, false, false, false]);
  });

  it('asks for the folded reports only when the server has Complaint.reports', () => {
    expect(complaintFields(new Map([['id', 'ID']]))).not.toContain('reports');
    expect(complaintFields(new Map([['reports', 'ComplaintReport']]))).toContain('reporterCount reports { id reporterName reporterPhone');
  });
});
