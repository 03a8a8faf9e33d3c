import {describe, expect, it} from 'vitest';
import {buildItemsUrl} from './itemsUrl';

const base = 'http://127.0.0.1:5080/index.html';

describe('buildItemsUrl', () => {
  it('builds the items path on the page origin', () => {
    expect(buildItemsUrl(base, 'zones', {limit: 5000}))
      .toBe('http://127.0.0.1:5080/ogc/collections/zones/items?limit=5000');
  });

  it('writes the bbox with literal commas in lon/lat order', () => {
    expect(buildItemsUrl(base, 'assets', {limit: 10, bbox: [114.1, 30.2, 114.3, 30.4]}))
      .toBe('http://127.0.0.1:5080/ogc/collections/assets/items?limit=10&bbox=114.1,30.2,114.3,30.4');
  });

  it('rounds bbox coordinates to 7 decimals', () => {
    const url = buildItemsUrl(base, 'roads', {limit: 1, bbox: [114.123456789, 30, 114.2, 30.100000000001]});
    expect(url).toMatch(/bbox=114.1234568,30,114.2,30.1$/);
  });

  it('rejects limits the server would refuse', () => {
    expect(() => buildItemsUrl(base, 'zones', {limit: 0})).toThrow(RangeError);
    expect(() => buildItemsUrl(base, 'zones', {limit: 10_001})).toThrow(RangeError);
    expect(() => buildItemsUrl(base, 'zones', {limit: 2.5})).toThrow(RangeError);
  });

  it('rejects an inverted or projected bbox', () => {
    expect(() => buildItemsUrl(base, 'zones', {limit: 1, bbox: [115, 30, 114, 31]})).toThrow(/invalid bbox/);
    expect(() => buildItemsUrl(base, 'zones', {limit: 1, bbox: [12.7e6, 3.5e6, 12.8e6, 3.6e6]}))
      .toThrow(/lon\/lat/);
    expect(() => buildItemsUrl(base, 'zones', {limit: 1, bbox: [NaN, 30, 114, 31]})).toThrow(RangeError);
  });

  it('refuses collection ids that would change the path', () => {
    expect(() => buildItemsUrl(base, '../health', {limit: 1})).toThrow(/collection id/);
  });
});
