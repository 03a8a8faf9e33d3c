import {describe, expect, it} from 'vitest';
import {fetchAllItems, type PageProgress} from './fetchAllItems';
import type {FetchLike} from './fetchJson';
import {LoadError} from './loadError';

const ORIGIN = 'http://127.0.0.1:5080';
const first = `${ORIGIN}/ogc/collections/assets/items?limit=2`;

/** A fake server: URL → JSON body (or a status number); records every URL asked for. */
function fakeServer(routes: Record<string, unknown>) {
  const calls: string[] = [];
  const fetch: FetchLike = async (url) => {
    calls.push(url);
    if (!(url in routes)) return new Response('not found', {status: 404, statusText: 'Not Found'});
    const body = routes[url];
    if (typeof body === 'number') return new Response('', {status: body});
    return new Response(JSON.stringify(body), {status: 200});
  };
  return {fetch, calls};
}

function page(ids: number[], next?: string, numberMatched = 5) {
  return {
    type: 'FeatureCollection',
    numberMatched,
    numberReturned: ids.length,
    features: ids.map((id) => ({type: 'Feature', id, geometry: {type: 'Point', coordinates: [114, 30]}, properties: {}})),
    links: [{rel: 'self', href: 'ignored'}, ...(next ? [{rel: 'next', href: next}] : [])],
  };
}

describe('fetchAllItems', () => {
  it('follows absolute and relative next links until the last page', async () => {
    const server = fakeServer({
      [first]: page([1, 2], `${ORIGIN}/ogc/collections/assets/items?limit=2&offset=2`),
      [`${ORIGIN}/ogc/collections/assets/items?limit=2&offset=2`]: page([3, 4], 'items?limit=2&offset=4'),
      [`${ORIGIN}/ogc/collections/assets/items?limit=2&offset=4`]: page([5]),
    });
    const all = await fetchAllItems(first, {fetch: server.fetch});
    expect(all.features.map((f) => f.id)).toEqual([1, 2, 3, 4, 5]);
    expect(all.numberMatched).toBe(5);
    expect(all.pages).toBe(3);
    expect(server.calls).toHaveLength(3);
  });

  it('makes one request when there is no next link', async () => {
    const server = fakeServer({[first]: page([1, 2], undefined, 2)});
    const all = await fetchAllItems(first, {fetch: server.fetch});
    expect(all.features).toHaveLength(2);
    expect(server.calls).toEqual([first]);
  });

  it('reports progress after every page', async () => {
    const server = fakeServer({[first]: page([1, 2], '/p2'), [`${ORIGIN}/p2`]: page([3])});
    const seen: PageProgress[] = [];
    await fetchAllItems(first, {fetch: server.fetch, onPage: (p) => seen.push(p)});
    expect(seen).toEqual([
      {pages: 1, received: 2, numberMatched: 5},
      {pages: 2, received: 3, numberMatched: 5},
    ]);
  });

  it('stops with a paging error when next points back to a visited page', async () => {
    const server = fakeServer({[first]: page([1, 2], `${ORIGIN}/p2`), [`${ORIGIN}/p2`]: page([3], first)});
    await expect(fetchAllItems(first, {fetch: server.fetch})).rejects.toMatchObject({kind: 'paging'});
  });

  it('stops with a paging error after maxPages', async () => {
    const routes: Record<string, unknown> = {};
    for (let i = 0; i < 10; i++) routes[i === 0 ? first : `${ORIGIN}/p${i}`] = page([i], `/p${i + 1}`);
    const server = fakeServer(routes);
    await expect(fetchAllItems(first, {fetch: server.fetch, maxPages: 3})).rejects.toMatchObject({kind: 'paging'});
    expect(server.calls).toHaveLength(3);
  });

  it('refuses an empty page that still has a next link', async () => {
    const server = fakeServer({[first]: page([], `${ORIGIN}/p2`)});
    await expect(fetchAllItems(first, {fetch: server.fetch})).rejects.toMatchObject({kind: 'paging'});
  });

  it('passes HTTP failures on as LoadError with the status', async () => {
    const server = fakeServer({[first]: page([1], `${ORIGIN}/broken`), [`${ORIGIN}/broken`]: 500});
    const error = await fetchAllItems(first, {fetch: server.fetch}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect(error).toMatchObject({kind: 'http', status: 500, url: `${ORIGIN}/broken`});
  });

  it('rejects a page that is not a FeatureCollection', async () => {
    const server = fakeServer({[first]: {type: 'Feature', geometry: null, properties: {}}});
    await expect(fetchAllItems(first, {fetch: server.fetch})).rejects.toMatchObject({kind: 'format'});
  });
});
