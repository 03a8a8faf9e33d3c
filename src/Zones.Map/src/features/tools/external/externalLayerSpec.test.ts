import {describe, expect, it} from 'vitest';
import {capabilitiesUrl, checkUrl, keyParams, withParams} from './externalLayerSpec';

describe('external layer addresses', () => {
  it('accepts an XYZ template and refuses one without {z}/{x}/{y}, or not http(s), in Chinese', () => {
    expect(checkUrl('XYZ', 'https://tile.example.com/{z}/{x}/{y}.png')).toBeNull();
    expect(checkUrl('XYZ', 'https://tile.example.com/tile.png')).toContain('{z}');
    expect(checkUrl('WMTS', 'javascript:alert(1)')).toContain('http://');
    expect(checkUrl('WMS', 'not a url')).toContain('地址格式不对');
    expect(checkUrl('WMS', '')).toBe('请填写服务地址。');
  });

  it('keeps 天地图 tk= for the tiles and drops the OGC request parameters', () => {
    expect(keyParams('http://t0.tianditu.gov.cn/img_w/wmts?request=GetCapabilities&service=wmts&tk=abc')).toEqual({tk: 'abc'});
    expect(withParams('http://t0.tianditu.gov.cn/img_w/wmts?', {tk: 'abc'})).toBe('http://t0.tianditu.gov.cn/img_w/wmts?tk=abc');
    expect(withParams('https://a.example.com/{z}/{x}/{y}.png?tk=old', {tk: 'new'})).toBe('https://a.example.com/{z}/{x}/{y}.png?tk=new');
  });

  it('asks a service for its capabilities unless the address already does', () => {
    expect(capabilitiesUrl('WMS', 'https://a.example.com/wms?map=x')).toBe('https://a.example.com/wms?map=x&SERVICE=WMS&REQUEST=GetCapabilities');
    expect(capabilitiesUrl('WMTS', 'https://a.example.com/wmts?request=GetCapabilities&service=wmts&tk=1'))
      .toBe('https://a.example.com/wmts?request=GetCapabilities&service=wmts&tk=1');
    expect(capabilitiesUrl('WMTS', 'https://a.example.com/WMTSCapabilities.xml')).toBe('https://a.example.com/WMTSCapabilities.xml');
  });
});
