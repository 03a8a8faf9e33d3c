import {describe, expect, it} from 'vitest';
import {nextLink, readItemsPage} from './featureCollection';

const url = 'http://x/ogc/collections/zones/items';

describe('readItemsPage', () => {
  it('keeps counts and links and drops malformed links', () => {
    const page = readItemsPage({
      type: 'FeatureCollection',
      features: [],
      numberMatched: 12,
      numberReturned: 0,
      links: [{rel: 'next', href: '?offset=5'}, {rel: 'next'}, 'junk', {rel: 'self', href: ''}],
    }, url);
    expect(page.numberMatched).toBe(12);
    expect(page.links).toEqual([{rel: 'next', href: '?offset=5'}]);
    expect(nextLink(page)?.href).toBe('?offset=5');
  });

  it('treats missing or odd counts as unknown', () => {
    const page = readItemsPage({type: 'FeatureCollection', features: [], numberMatched: '12'}, url);
    expect(page.numberMatched).toBeUndefined();
    expect(page.links).toEqual([]);
    expect(nextLink(page)).toBeUndefined();
  });

  it('names the first member that is not a Feature', () => {
    const body = {type: 'FeatureCollection', features: [{type: 'Feature'}, {type: 'Point'}]};
    expect(() => readItemsPage(body, url)).toThrow(/features\[1\]/);
  });

  it('rejects an error document served with status 200', () => {
    expect(() => readItemsPage({code: 'NotFound', description: 'no such collection'}, url))
      .toThrow(/FeatureCollection/);
  });
});
