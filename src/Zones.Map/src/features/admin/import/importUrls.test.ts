import {describe, expect, test} from 'vitest';
import {uploadOutcome} from './upload';
import {importUrl, inspectUrl, mappingParam, targetPath, templateUrl} from './importUrls';
import {initialState} from './wizardState';

describe('import requests', () => {
  test('paths use the lower-case target name', () => {
    expect(targetPath('ZONES')).toBe('zones');
    expect(targetPath('BUILT_UP_AREAS')).toBe('built_up_areas');
    expect(templateUrl('PEOPLE')).toBe('/import/templates/people.xlsx');
  });

  test('inspect names the file, target and township, and the declared CRS and layer when given', () => {
    expect(inspectUrl({fileName: '村界.zip', target: 'ZONES', crs: '', layer: null}, 't')).toBe('/import/inspect?fileName=%E6%9D%91%E7%95%8C.zip&target=ZONES&township=t');
    expect(inspectUrl({fileName: 'a.gpkg', target: 'BUILT_UP_AREAS', crs: ' 4549 ', layer: 'jcq'}, 't')).toBe('/import/inspect?fileName=a.gpkg&target=BUILT_UP_AREAS&township=t&crs=4549&layer=jcq');
  });

  test('the import carries township, mode, dry run, snap tolerance for boundaries and the mapping', () => {
    const state = {...initialState('ZONES'), mode: 'UPSERT' as const, snapToleranceM: '0.5', layer: 'villages', mapping: {code: 'XZQDM', name: '村名', note: ''}};
    const url = new URL(importUrl(state, '330522201000', true), 'http://x');
    expect(url.pathname).toBe('/import/zones');
    expect(Object.fromEntries(url.searchParams)).toEqual({township: '330522201000', mode: 'UPSERT', dryRun: 'true', layer: 'villages', snapToleranceM: '0.5', mapping: 'code:XZQDM,name:村名'});
    const people = new URL(importUrl({...initialState('PEOPLE'), snapToleranceM: '0.5'}, 't', false), 'http://x');
    expect(people.searchParams.has('snapToleranceM')).toBe(false);
    expect(people.searchParams.get('mode')).toBe('INSERT');
  });

  test('columns whose names hold a comma or colon are left to the server defaults', () => {
    expect(mappingParam({a: 'x,y', b: 'k:v', c: '名称'})).toBe('c:名称');
  });

  test('answers become the report, or the server Chinese sentence, never raw JSON', () => {
    expect(uploadOutcome(200, '{"rows": 3}')).toEqual({ok: true, value: {rows: 3}});
    expect(uploadOutcome(400, '{"code":"UNKNOWN_FORMAT","description":"无法识别文件格式：请上传 .zip、.gpkg、.xlsx、.csv 或 .geojson。Unknown format."}'))
      .toEqual({ok: false, message: '无法识别文件格式：请上传 .zip、.gpkg、.xlsx、.csv 或 .geojson。'});
    expect(uploadOutcome(403, '{"rejected": 0, "problems": [{"row": null, "code": "FORBIDDEN", "message": "您不能向西苑镇导入。", "messageEn": "x"}]}'))
      .toEqual({ok: false, message: '您不能向西苑镇导入。'});
    expect(uploadOutcome(413, '')).toEqual({ok: false, message: '文件超过 50 MB，请拆分后分批导入。'});
    expect(uploadOutcome(0, '')).toEqual({ok: false, message: '上传失败：连不上服务器，请检查网络后重试。'});
    expect(uploadOutcome(404, '<html>')).toEqual({ok: false, message: '服务器尚未提供此功能（需要更新服务器版本），请联系系统管理员。'});
    expect(uploadOutcome(500, '{"oops": 1}')).toEqual({ok: false, message: '服务器出错（HTTP 500），请稍后重试。'});
  });
});
