import type {GraphQLClient} from '../../api/graphql';

/** The part of a Relay connection that paging needs. */
export interface Connection<T> {
  totalCount: number;
  pageInfo: {hasNextPage: boolean; endCursor: string | null};
  edges: {node: T}[];
}

export interface PagedResult<T> {
  rows: T[];
  totalCount: number;
}

/**
 * Every row of one connection field, page by page (the server caps `first` at 1000).
 * `query` must take `$first` and `$after` and select `totalCount`, `pageInfo` and
 * `edges { node }` of `field`. Stops with an error when the server repeats a cursor,
 * rather than looping forever.
 */
export async function fetchAllPages<T>(
  graphql: GraphQLClient,
  query: string,
  field: string,
  variables: Record<string, unknown>,
  options: {pageSize: number; onPage?: (received: number, total: number) => void; signal?: AbortSignal},
): Promise<PagedResult<T>> {
  const rows: T[] = [];
  const seen = new Set<string>();
  let after: string | null = null;
  for (;;) {
    options.signal?.throwIfAborted();
    const data: Record<string, Connection<T>> = await graphql(query, {...variables, first: options.pageSize, after});
    const page = data[field];
    for (const edge of page.edges) rows.push(edge.node);
    options.onPage?.(rows.length, page.totalCount);
    const next = page.pageInfo.endCursor;
    if (!page.pageInfo.hasNextPage || next === null) return {rows, totalCount: page.totalCount};
    if (seen.has(next) || page.edges.length === 0) {
      throw new Error(`分页异常：${field} 的下一页游标重复（已读取 ${rows.length}/${page.totalCount}），请联系系统管理员。`);
    }
    seen.add(next);
    after = next;
  }
}
