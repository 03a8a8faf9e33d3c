import type {FetchLike} from '../ogc/fetchJson';

/** One GraphQL error as the server sends it (message, optional path and extensions). */
export interface GraphQLErrorItem {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

/**
 * A GraphQL request that failed: network, HTTP status or `errors` in the answer.
 * `message` is for the status line; `errors` keeps the server's detail.
 */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'timeout' | 'http' | 'graphql',
    readonly errors: GraphQLErrorItem[] = [],
    readonly status?: number,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

export type GraphQLClient = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/**
 * A client for POST /graphql on this origin, with the sign-in cookie. Resolves with `data`;
 * rejects with GraphQLRequestError when the answer carries any error (partial data is not
 * good enough for a clerk to act on).
 */
export function createGraphQLClient(fetchFn: FetchLike, endpoint = '/graphql', timeoutMs = 60_000): GraphQLClient {
  return async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    let response: Response;
    try {
      response = await fetchFn(endpoint, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json'},
        body: JSON.stringify({query, variables}),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (name === 'TimeoutError' || name === 'AbortError') {
        throw new GraphQLRequestError(`服务器 ${timeoutMs / 1000} 秒内没有应答，请稍后重试。`, 'timeout');
      }
      throw new GraphQLRequestError('连不上服务器，请检查网络后重试。', 'network');
    }
    let body: {data?: T; errors?: GraphQLErrorItem[]} | null = null;
    try {
      body = (await response.json()) as {data?: T; errors?: GraphQLErrorItem[]};
    } catch {
      // fall through: described by status below
    }
    if (body?.errors?.length) {
      throw new GraphQLRequestError(body.errors.map((e) => e.message).join('；'), 'graphql', body.errors, response.status);
    }
    if (!response.ok || !body || body.data === undefined) {
      throw new GraphQLRequestError(`服务器出错（HTTP ${response.status}），请稍后重试。`, 'http', [], response.status);
    }
    return body.data;
  };
}
