import type { GraphClient } from '../client';
import { GraphError } from '../client';
import { RecordsAccessError } from './errors';
import type { RecordListKey } from './listSchemas';

/** Where the records live: the CX team's site and each list's id, as provisioning found them. */
export interface RecordsLocation {
  /** SharePoint's composite site id, `{hostname},{site collection id},{web id}`. */
  readonly siteId: string;
  readonly listIds: Readonly<Record<RecordListKey, string>>;
}

/** What every repository needs: a signed-in client and where the records are. */
export interface RecordsContext extends RecordsLocation {
  readonly client: GraphClient;
}

/**
 * The id of the CX team's site (`GET /groups/{id}/sites/root`): one request.
 *
 * @throws RecordsAccessError when the signed-in person may not reach the team's site (403).
 */
export async function resolveRecordsSiteId(client: GraphClient, groupId: string): Promise<string> {
  const site = await withRecordsAccess(() =>
    client.request<{ id: string }>({
      method: 'GET',
      url: `/groups/${encodeURIComponent(groupId)}/sites/root?$select=id`,
    }),
  );
  return site.id;
}

/**
 * Runs `work`, turning Graph's 403 into a {@link RecordsAccessError} that tells the person what to
 * do; every other failure passes through unchanged.
 */
export async function withRecordsAccess<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isForbidden(error) ? new RecordsAccessError(error) : error;
  }
}

/** Graph's 403: the caller is signed in but not allowed. */
export function isForbidden(error: unknown): error is GraphError {
  return error instanceof GraphError && error.status === 403;
}
