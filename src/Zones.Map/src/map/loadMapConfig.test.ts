import {describe, expect, it, vi} from 'vitest';
import type {FetchLike} from '../ogc/fetchJson';
import {loadMapConfig} from './loadMapConfig';
import {DEFAULT_CONFIG} from './mapConfig';

const page = 'http://127.0.0.1:5080/index.html?x=1';

function answer(status: number, body = ''): {fetch: FetchLike; urls: string[]} {
  const urls: string[] = [];
  return {urls, fetch: async (url) => { urls.push(url); return new Response(body, {status}); }};
}

describe('loadMapConfig', () => {
  it('asks the page origin for /map-config.json', async () => {
    const server = answer(200, '{"title":"清河镇","zoom":12}');
    const config = await loadMapConfig(server.fetch, page);
    expect(server.urls).toEqual(['http://127.0.0.1:5080/map-config.json']);
    expect(config).toMatchObject({title: '清河镇', zoom: 12, baseMaps: [], defaultBaseMap: null});
  });

  it('falls back to the defaults, with a console warning, when the server has no configuration', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await loadMapConfig(answer(404).fetch, page)).toEqual(DEFAULT_CONFIG);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('map-config.json'));
    warn.mockRestore();
  });

  it('reports a server error instead of hiding it', async () => {
    await expect(loadMapConfig(answer(500).fetch, page)).rejects.toMatchObject({kind: 'http', status: 500});
  });

  it('reports an invalid configuration', async () => {
    await expect(loadMapConfig(answer(200, '{"zoom":"near"}').fetch, page)).rejects.toMatchObject({kind: 'config'});
  });
});
