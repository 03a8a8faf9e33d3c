import {describe, expect, it} from 'vitest';
import type {GraphQLClient} from '../../api/graphql';
import {fetchAllPages} from './fetchAllPages';

/** A server holding `total` numbered rows, paged by an index cursor; records each request. */
function server(total: number, cursorOf = (end: number) => String(end)) {
  const calls: Record<string, unknown>[] = [];
  const graphql = (async (_query: string, variables?: Record<string, unknown>) => {
    calls.push(variables!);
    const start = variables!.after === null ? 0 : Number(variables!.after);
    const end = Math.min(total, start + (variables!.first as number));
    const edges = Array.from({length: end - start}, (_, i) => ({node: start + i}));
    return {assets: {totalCount: total, edges, pageInfo: {hasNextPage: end < total, endCursor: cursorOf(end)}}};
  }) as GraphQLClient;
  return {graphql, calls};
}

describe('fetchAllPages', () => {
  it('reads every page, passing the cursor on and reporting progress', async () => {
    const {graphql, calls} = server(1050);
    const progress: string[] = [];
    const result = await fetchAllPages<number>(graphql, 'q', 'assets', {where: {zoneId: '7'}}, {
      pageSize: 500,
      onPage: (received, total) => progress.push(`${received}/${total}`),
    });
    expect(result.totalCount).toBe(1050);
    expect(result.rows).toEqual(Array.from({length: 1050}, (_, i) => i));
    expect(progress).toEqual(['500/1050', '1000/1050', '1050/1050']);
    expect(calls.map((c) => c.after)).toEqual([null, '500', '1000']);
    expect(calls[0]).toEqual({where: {zoneId: '7'}, first: 500, after: null});
  });

  it('makes one request for an empty area', async () => {
    const {graphql, calls} = server(0);
    expect(await fetchAllPages(graphql, 'q', 'assets', {}, {pageSize: 500})).toEqual({rows: [], totalCount: 0});
    expect(calls).toHaveLength(1);
  });

  it('stops with a Chinese message when the server repeats a cursor', async () => {
    const {graphql} = server(2000, (end) => String(Math.min(end, 500)));
    await expect(fetchAllPages(graphql, 'q', 'assets', {}, {pageSize: 500})).rejects.toThrow(/游标重复（已读取 1000\/2000）/);
  });
});
