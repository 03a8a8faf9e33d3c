import {describe, expect, it} from 'vitest';
import {fetchJson, type FetchLike} from './fetchJson';

const url = 'http://127.0.0.1:5080/map-config.json';

describe('fetchJson', () => {
  it('returns the parsed body of a 2xx answer', async () => {
    const fetch: FetchLike = async () => new Response('{"title":"镇"}', {status: 200});
    expect(await fetchJson(url, fetch)).toEqual({title: '镇'});
  });

  it('classifies a refused connection as a network error', async () => {
    const fetch: FetchLike = async () => { throw new TypeError('Failed to fetch'); };
    await expect(fetchJson(url, fetch)).rejects.toMatchObject({kind: 'network', url});
  });

  it('classifies a timeout separately from a refused connection', async () => {
    const fetch: FetchLike = (_u, init) => new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
    });
    await expect(fetchJson(url, fetch, 20)).rejects.toMatchObject({kind: 'timeout'});
  });

  it('keeps the HTTP status of a failed answer', async () => {
    const fetch: FetchLike = async () => new Response('', {status: 503, statusText: 'Service Unavailable'});
    const error = await fetchJson(url, fetch).catch((e: unknown) => e);
    expect(error).toMatchObject({kind: 'http', status: 503});
    expect((error as Error).message).toContain('HTTP 503 Service Unavailable');
  });

  it('classifies a non-JSON body as a format error', async () => {
    const fetch: FetchLike = async () => new Response('<html>proxy login</html>', {status: 200});
    await expect(fetchJson(url, fetch)).rejects.toMatchObject({kind: 'format'});
  });
});
