import type { GraphClient } from './createGraphClient';
import { GraphClientSideError } from './graphError';
import type { GraphRequestOverrides } from './requestOptions';

/** Pages read before giving up when no limit is given: 100 pages of 999 is ~100,000 items. */
export const DEFAULT_MAX_PAGES = 100;
/** The highest `maxPages` accepted. */
export const MAX_PAGES_LIMIT = 10_000;

export interface PagingOptions {
  /** Safety cap on pages read; reaching it throws rather than silently truncating. */
  readonly maxPages?: number;
  /**
   * Headers sent with the first request and every `@odata.nextLink` request, e.g.
   * `Prefer: outlook.timezone="…"` or `ConsistencyLevel: eventual`, which Graph needs on every page.
   */
  readonly headers?: Readonly<Record<string, string>>;
  readonly options?: GraphRequestOverrides;
}

/** A collection page as Graph returns it. */
export interface GraphPage<T> {
  readonly value: readonly T[];
  readonly '@odata.nextLink'?: string;
}

/**
 * Reads a Graph collection page by page, always following `@odata.nextLink` as Graph returns it (an
 * absolute URL under the client's base URL; never rebuilt from `$skip`). Yields each page's items.
 * Throws a `GraphClientSideError` (`pagingLimitReached`) after `maxPages` pages or when a link
 * repeats, so a misbehaving server cannot loop forever.
 */
export async function* iteratePages<T>(
  client: GraphClient,
  url: string,
  options: PagingOptions = {},
): AsyncGenerator<readonly T[], void, undefined> {
  const maxPages = checkedMaxPages(options.maxPages);
  const seen = new Set<string>();
  let next: string | undefined = url;
  for (let pages = 0; next !== undefined; pages++) {
    if (pages === maxPages) throw pagingLimit(url, `it has more than ${maxPages} pages`);
    if (seen.has(next)) throw pagingLimit(url, 'Graph returned the same next link twice');
    seen.add(next);
    const page: GraphPage<T> = await client.request<GraphPage<T>>({
      method: 'GET',
      url: next,
      ...(options.headers ? { headers: options.headers } : {}),
      ...(options.options ? { options: options.options } : {}),
    });
    yield page.value;
    next = page['@odata.nextLink'];
  }
}

/** Every item of a collection, in Graph's order, each once. See {@link iteratePages}. */
export async function collectAll<T>(
  client: GraphClient,
  url: string,
  options: PagingOptions = {},
): Promise<T[]> {
  const items: T[] = [];
  for await (const page of iteratePages<T>(client, url, options)) items.push(...page);
  return items;
}

function checkedMaxPages(maxPages: number | undefined): number {
  const value = maxPages ?? DEFAULT_MAX_PAGES;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGES_LIMIT) {
    throw new RangeError(`maxPages must be a whole number from 1 to ${MAX_PAGES_LIMIT}`);
  }
  return value;
}

function pagingLimit(url: string, reason: string): GraphClientSideError {
  return new GraphClientSideError(
    'pagingLimitReached',
    `Stopped reading ${url}: ${reason}. Narrow the request with $filter or raise maxPages.`,
  );
}
