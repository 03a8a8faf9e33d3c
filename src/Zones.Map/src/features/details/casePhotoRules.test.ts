import {describe, expect, test} from 'vitest';
import {byPhase, photoCaption, showsComparison, uploadPhases} from './casePhotoRules';
import {complaintFields} from './detailsQueries';

describe('photos on cases', () => {
  test('整改前 is added at 签收 and 处置, 整改后 at 处置 and 反馈, only by whoever may take a step', () => {
    expect(uploadPhases('DISPATCHED', ['DISPOSE'])).toEqual(['BEFORE']);
    expect(uploadPhases('DISPOSING', ['FEEDBACK'])).toEqual(['BEFORE', 'AFTER']);
    expect(uploadPhases('FEEDBACK', ['VERIFY', 'RETURN'])).toEqual(['AFTER']);
    expect(uploadPhases('REGISTERED', ['DISPATCH'])).toEqual([]);
    expect(uploadPhases('DISPOSING', [])).toEqual([]);
    expect(uploadPhases('DISPOSING', undefined)).toEqual([]);
  });

  test('整改前 and 整改后 stand side by side from 核查 on', () => {
    expect(['FEEDBACK', 'VERIFYING', 'CLOSED'].map(showsComparison)).toEqual([true, true, true]);
    expect(['DISPATCHED', 'DISPOSING', 'VOIDED'].map(showsComparison)).toEqual([false, false, false]);
  });

  test('photos are grouped by phase in upload order', () => {
    const groups = byPhase([{id: '1', phase: 'AFTER'}, {id: '2', phase: 'BEFORE'}, {id: '3', phase: 'AFTER'}]);
    expect(groups.AFTER.map((p) => p.id)).toEqual(['1', '3']);
    expect(groups.BEFORE.map((p) => p.id)).toEqual(['2']);
    expect(groups.REPORT).toEqual([]);
    expect(byPhase(null).BEFORE).toEqual([]);
  });

  test('the caption names the phase, the time taken (else uploaded) and the uploader', () => {
    const at = (iso: string) => iso.slice(0, 10);
    expect(photoCaption({phase: 'BEFORE', takenAt: '2026-05-01T01:30:00Z', uploadedBy: 'cadre'}, at)).toBe('整改前 · 拍摄于 2026-05-01 · 上传人 cadre');
    expect(photoCaption({phase: 'AFTER', uploadedAt: '2026-05-02T01:30:00Z'}, at)).toBe('整改后 · 上传于 2026-05-02');
  });

  test('the panel asks for photos only when the server has them', () => {
    expect(complaintFields(new Map([['id', 'ID']]))).not.toContain('photos');
    expect(complaintFields(new Map([['photos', 'CasePhoto']]))).toContain('photos { id phase url thumbnailUrl');
  });
});
