import {describe, expect, it} from 'vitest';
import {readError, reportForm} from './api';

describe('the report API client', () => {
  it('reads each field message and the offered EXIF location of a refusal', () => {
    const e = readError(400, JSON.stringify({code: 'INVALID_INPUT', description: 'x',
      errors: [{field: 'location', message: '请在地图上点选'}], exifLocation: {lon: 120.1, lat: 30.2}}));
    expect([e.status, e.fields, e.exifLocation]).toEqual([400, [{field: 'location', message: '请在地图上点选'}], {lon: 120.1, lat: 30.2}]);
  });

  it('turns a body that is no JSON (a proxy page) into one form-level sentence', () => {
    expect(readError(413, '<html>too large</html>').fields).toEqual([{field: 'form', message: '照片太大，无法上传，请删去一张或重新拍摄。'}]);
    expect(readError(502, '').fields[0].message).toContain('HTTP 502');
  });

  it('sends the point with its datum, trims the text and leaves out empty optional fields', () => {
    const form = reportForm({category: 'E0107', description: ' 满了 ', location: {lon: 120.1, lat: 30.2, crs: 'GCJ02'},
      name: ' ', phone: '13912345678', photos: [new Blob(['a']), new Blob(['b'])]});
    expect([form.get('category'), form.get('description'), form.get('lon'), form.get('crs'), form.has('name'), form.get('phone')])
      .toEqual(['E0107', '满了', '120.1', 'GCJ02', false, '13912345678']);
    expect(form.getAll('photo')).toHaveLength(2);
  });

  it('sends no point when there is none, so the server can offer a photo\'s', () => {
    const form = reportForm({category: 'E0107', description: 'x', location: null, name: '', phone: '', photos: []});
    expect([form.has('lon'), form.has('lat'), form.has('crs')]).toEqual([false, false, false]);
  });
});
