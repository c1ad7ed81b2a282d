import type { GraphClient, GraphPage } from '../client';
import { collectAll } from '../client';

/**
 * Every item of a collection whose first page came back inside a `$batch`: that page's items,
 * then the rest by following `@odata.nextLink` (one request per further page). Graph pages even
 * small collections, so a batch answer is never assumed to be complete.
 */
export async function allItemsOf<T>(client: GraphClient, firstPage: unknown): Promise<T[]> {
  const page = firstPage as Partial<GraphPage<T>> | undefined;
  const items = [...(page?.value ?? [])];
  const next = page?.['@odata.nextLink'];
  if (next) items.push(...(await collectAll<T>(client, next)));
  return items;
}
