import {LoadError} from './loadError';

/** The part of `fetch` the loaders use; tests pass a fake with the same shape. */
export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

/** Long enough for a cold server's first query (migrations, JIT), short enough for a clerk. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * GET `url` and parse its JSON body, turning every way this can fail into a
 * LoadError with a kind (network / timeout / http / format).
 */
export async function fetchJson(
  url: string,
  fetchFn: FetchLike,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchFn(url, {
      headers: {Accept: 'application/geo+json, application/json'},
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    // AbortSignal.timeout rejects with a DOMException named TimeoutError.
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new LoadError('timeout', `GET ${url}: no answer within ${timeoutMs} ms`, url);
    }
    throw new LoadError('network', `GET ${url}: ${describe(error)}`, url);
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw new LoadError('http', `GET ${url} → HTTP ${status}`, url, response.status);
  }
  try {
    return await response.json();
  } catch (error) {
    throw new LoadError('format', `GET ${url}: body is not JSON (${describe(error)})`, url);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
