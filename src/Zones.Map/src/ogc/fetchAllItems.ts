import {type GeoJsonFeature, type ItemsPage, nextLink, readItemsPage} from './featureCollection';
import {type FetchLike, fetchJson} from './fetchJson';
import {LoadError} from './loadError';

export interface PageProgress {
  pages: number;
  received: number;
  numberMatched?: number;
}

export interface FetchAllOptions {
  fetch: FetchLike;
  /** Called after every page, for the "已取得 5000 / 12000 条" status text. */
  onPage?: (progress: PageProgress) => void;
  /** Safety stop for a server whose `next` links never end (200 × 10000 = 2M features). */
  maxPages?: number;
  timeoutMs?: number;
}

export interface AllItems {
  features: GeoJsonFeature[];
  /** From the first page: the size of the result set when the walk started. */
  numberMatched?: number;
  pages: number;
}

/**
 * Load a whole collection by following `rel="next"` links from `firstUrl` (absolute).
 * A relative `href` is resolved against the URL of the page that contains it, as
 * RFC 3986 says, so both absolute and relative links from the server work.
 */
export async function fetchAllItems(firstUrl: string, options: FetchAllOptions): Promise<AllItems> {
  const maxPages = options.maxPages ?? 200;
  const seen = new Set<string>();
  const features: GeoJsonFeature[] = [];
  let numberMatched: number | undefined;
  let url: string | undefined = firstUrl;
  let pages = 0;

  while (url !== undefined) {
    if (seen.has(url)) throw new LoadError('paging', `next link points back to ${url}`, url);
    if (pages >= maxPages) throw new LoadError('paging', `gave up after ${maxPages} pages at ${url}`, url);
    seen.add(url);

    const page = readItemsPage(await fetchJson(url, options.fetch, options.timeoutMs), url);
    pages += 1;
    if (pages === 1) numberMatched = page.numberMatched;
    features.push(...page.features);
    options.onPage?.({pages, received: features.length, numberMatched});

    url = resolveNext(page, url);
  }
  return {features, numberMatched, pages};
}

function resolveNext(page: ItemsPage, pageUrl: string): string | undefined {
  const link = nextLink(page);
  if (!link) return undefined;
  // An empty page that still says "next" would make us walk forever in small steps.
  if (page.features.length === 0) {
    throw new LoadError('paging', `empty page with a next link at ${pageUrl}`, pageUrl);
  }
  try {
    return new URL(link.href, pageUrl).href;
  } catch {
    throw new LoadError('format', `invalid next link ${JSON.stringify(link.href)} at ${pageUrl}`, pageUrl);
  }
}
