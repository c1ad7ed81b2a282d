import { ValidationError } from '../../domain/errors';
import { GraphError, collectAll, executeBatch } from '../client';
import type { BatchResult } from '../client';
import {
  InvalidRecordError,
  RecordConflictError,
  RecordWriteError,
  RecordsAccessError,
} from './errors';
import type { StoredRecord } from './errors';
import {
  fieldNamesOf,
  fieldsOf,
  isSameRecord,
  odataString,
  recordOfFields,
  recordOfItem,
  recordsOfItems,
} from './listItemMapping';
import type { GraphListItem, RecordMapper } from './listItemMapping';
import { listSchemaOf } from './listSchemas';
import { isForbidden, withRecordsAccess } from './recordsSite';
import type { RecordsContext } from './recordsSite';

/**
 * The generic record store every repository is a thin layer over: one SharePoint list, one domain
 * type. Concurrency rules, the same for every list:
 *
 * - Appends are new items keyed by the domain id: two people adding decisions at once each add
 *   their own item, so neither is lost. A create looks the key up first and the key column is
 *   unique, so a retried create returns the item already there instead of a duplicate.
 * - Updates send `If-Match` with the ETag read. When someone else saved in between, SharePoint
 *   answers 412 and nothing is overwritten: the record is read again and a
 *   {@link RecordConflictError} carries both values (unless the fresh value already equals ours: a
 *   replayed write that had in fact succeeded).
 */

/** Records a query found, and the items it could not read (each with the reason). */
export interface RecordQueryResult<T> {
  readonly records: readonly StoredRecord<T>[];
  /** Items that fail validation (hand edits): reported, never silently dropped or crashed on. */
  readonly unreadable: readonly InvalidRecordError[];
}

export interface RecordQueryOptions {
  /** Items per page (`$top`); every page is read. Default: Graph's. */
  readonly pageSize?: number;
}

export interface RecordStore<T> {
  /** The record with this domain id, or `undefined`. One request. */
  readByKey(key: string): Promise<StoredRecord<T> | undefined>;
  /**
   * Records whose indexed columns equal the given values (`{ MeetingId: '…' }`), in item order,
   * following every `@odata.nextLink`. Only indexed columns may be named.
   */
  query(
    where: Readonly<Record<string, string>>,
    options?: RecordQueryOptions,
  ): Promise<RecordQueryResult<T>>;
  /**
   * Adds the record, or returns the one already stored under its key when it is the same value.
   * @throws RecordConflictError when another value is stored under the key.
   */
  create(value: T): Promise<StoredRecord<T>>;
  /**
   * {@link RecordStore.create} for many records: one lookup of the keys, then the creates in
   * `$batch`. Returns them in the order given.
   * @throws RecordWriteError listing what was saved and what failed, when some writes failed.
   */
  createMany(values: readonly T[]): Promise<StoredRecord<T>[]>;
  /**
   * Replaces the record `current` was read as with `next`, only if nobody saved since.
   * @throws RecordConflictError with your value and the current one when somebody did.
   */
  update(current: StoredRecord<T>, next: T): Promise<StoredRecord<T>>;
  /** Deletes the record, only if nobody saved since it was read. Deleting it twice is fine. */
  remove(current: StoredRecord<T>): Promise<void>;
}

/** Keys looked up in one `$filter` (`… eq 'a' or … eq 'b'`): keeps the URL well under limits. */
export const KEYS_PER_LOOKUP = 15;

/** The store of `mapper`'s list in the context's site. */
export function createRecordStore<T>(
  context: RecordsContext,
  mapper: RecordMapper<T>,
): RecordStore<T> {
  const schema = listSchemaOf(mapper.list);
  const itemsUrl = `/sites/${context.siteId}/lists/${context.listIds[mapper.list]}/items`;
  const select = `$select=id,eTag&$expand=fields($select=${fieldNamesOf(schema).join(',')})`;
  const { client } = context;

  const readWhere = async (filter: string, pageSize?: number) => {
    const query = [
      select,
      ...(filter ? [`$filter=${encodeURIComponent(filter)}`] : []),
      ...(pageSize ? [`$top=${pageSize}`] : []),
    ];
    return withRecordsAccess(() =>
      collectAll<GraphListItem>(client, `${itemsUrl}?${query.join('&')}`),
    );
  };

  /** Writes only what reads back: the mapper's validation runs before anything is sent. */
  const checked = (value: T): T => {
    mapper.parse(JSON.parse(JSON.stringify(value)) as unknown);
    return value;
  };

  const readByKeys = async (keys: readonly string[]): Promise<Map<string, StoredRecord<T>>> => {
    const chunks: string[][] = [];
    for (let start = 0; start < keys.length; start += KEYS_PER_LOOKUP) {
      chunks.push(keys.slice(start, start + KEYS_PER_LOOKUP));
    }
    const pages = await Promise.all(
      chunks.map((chunk) =>
        readWhere(
          chunk.map((key) => `fields/${schema.keyColumn} eq ${odataString(key)}`).join(' or '),
        ),
      ),
    );
    const found = new Map<string, StoredRecord<T>>();
    // The lowest item id wins, should a duplicate ever exist: reads stay stable.
    for (const item of pages.flat()) {
      const key = String(item.fields?.[schema.keyColumn] ?? '');
      if (!found.has(key)) found.set(key, recordOfItem(mapper, item));
    }
    return found;
  };

  const readItem = async (itemId: string): Promise<StoredRecord<T> | undefined> => {
    try {
      const item = await withRecordsAccess(() =>
        client.request<GraphListItem>({ method: 'GET', url: `${itemsUrl}/${itemId}?${select}` }),
      );
      return recordOfItem(mapper, item);
    } catch (error) {
      if (isStatus(error, 404)) return undefined;
      throw error;
    }
  };

  const conflict = (yours: T, current: StoredRecord<T> | undefined) =>
    new RecordConflictError<T>({
      list: schema.displayName,
      noun: mapper.noun,
      key: mapper.keyOf(yours),
      yours,
      current,
    });

  /** The stored record when it is `value`; a conflict when it is something else. */
  const sameOrConflict = (value: T, stored: StoredRecord<T>): StoredRecord<T> => {
    if (isSameRecord(stored.value, value)) return stored;
    throw conflict(value, stored);
  };

  const post = async (value: T) =>
    withRecordsAccess(() =>
      client.request<GraphListItem>({
        method: 'POST',
        url: itemsUrl,
        body: { fields: fieldsOf(mapper, value) },
        // A replay cannot duplicate: the key column is unique and a 409 is resolved by reading.
        options: { retrySafe: true },
      }),
    );

  const store: RecordStore<T> = {
    readByKey: async (key) => (await readByKeys([key])).get(key),

    query: async (where, options = {}) => {
      const filter = Object.entries(where)
        .map(([column, value]) => `fields/${checkedFilterColumn(column)} eq ${odataString(value)}`)
        .join(' and ');
      return recordsOfItems(mapper, await readWhere(filter, options.pageSize));
    },

    create: async (value) => {
      checked(value);
      const key = mapper.keyOf(value);
      const existing = await store.readByKey(key);
      if (existing) return sameOrConflict(value, existing);
      try {
        return recordOfItem(mapper, await post(value));
      } catch (error) {
        const stored = isStatus(error, 409) ? await store.readByKey(key) : undefined;
        if (!stored) throw error;
        return sameOrConflict(value, stored);
      }
    },

    createMany: async (values) => {
      values.forEach(checked);
      const unique = uniqueByKey(mapper, values);
      const existing = await readByKeys([...unique.keys()]);
      const saved = new Map<string, StoredRecord<T>>();
      for (const [key, value] of unique) {
        const stored = existing.get(key);
        if (stored) saved.set(key, sameOrConflict(value, stored));
      }
      const inOrder = () =>
        values.map((value) => saved.get(mapper.keyOf(value)) as StoredRecord<T>);
      const missing = [...unique.values()].filter((value) => !saved.has(mapper.keyOf(value)));
      if (missing.length === 0) return inOrder();
      const report = await withRecordsAccess(() =>
        executeBatch<GraphListItem>(
          client,
          missing.map((value, index) => ({
            id: String(index + 1),
            method: 'POST' as const,
            url: itemsUrl,
            body: { fields: fieldsOf(mapper, value) },
            retrySafe: true,
          })),
        ),
      );
      const failures = await settleCreates({ missing, results: report.results, saved });
      const forbidden = failures.find((failure) => isForbidden(failure.error));
      if (forbidden) throw new RecordsAccessError(forbidden.error as GraphError);
      if (failures.length > 0) {
        throw new RecordWriteError(schema.displayName, [...saved.values()], failures);
      }
      return inOrder();
    },

    update: async (current, next) => {
      if (mapper.keyOf(next) !== mapper.keyOf(current.value)) {
        throw ValidationError.single(
          'id',
          `A ${mapper.noun}'s id cannot change: save a new ${mapper.noun} instead`,
        );
      }
      checked(next);
      try {
        const response = await withRecordsAccess(() =>
          client.send<Record<string, unknown>>({
            method: 'PATCH',
            url: `${itemsUrl}/${current.itemId}/fields`,
            body: fieldsOf(mapper, next),
            headers: { 'If-Match': current.etag },
            // If-Match makes a replay harmless: at worst a 412, resolved below.
            options: { retrySafe: true },
          }),
        );
        const etag = String(response.body['@odata.etag'] ?? response.headers.get('etag') ?? '');
        return recordOfFields(mapper, { itemId: current.itemId, etag, fields: response.body });
      } catch (error) {
        if (!isStatus(error, 412) && !isStatus(error, 404)) throw error;
        const fresh = await readItem(current.itemId);
        if (fresh && isSameRecord(fresh.value, next)) return fresh;
        throw conflict(next, fresh);
      }
    },

    remove: async (current) => {
      try {
        await withRecordsAccess(() =>
          client.request({
            method: 'DELETE',
            url: `${itemsUrl}/${current.itemId}`,
            headers: { 'If-Match': current.etag },
          }),
        );
      } catch (error) {
        if (isStatus(error, 404)) return;
        if (!isStatus(error, 412)) throw error;
        throw conflict(current.value, await readItem(current.itemId));
      }
    },
  };

  /** Records each created item; re-reads keys answered 409 (created meanwhile); returns failures. */
  async function settleCreates(input: {
    missing: readonly T[];
    results: readonly BatchResult<GraphListItem>[];
    saved: Map<string, StoredRecord<T>>;
  }): Promise<{ key: string; error: Error }[]> {
    const failures: { key: string; error: Error }[] = [];
    const reread: { value: T; error: Error }[] = [];
    input.results.forEach((result, index) => {
      const value = input.missing[index] as T;
      if (result.ok) input.saved.set(mapper.keyOf(value), recordOfItem(mapper, result.body));
      else if (result.status === 409) reread.push({ value, error: result.error });
      else failures.push({ key: mapper.keyOf(value), error: result.error });
    });
    if (reread.length === 0) return failures;
    const found = await readByKeys(reread.map(({ value }) => mapper.keyOf(value)));
    for (const { value, error } of reread) {
      const stored = found.get(mapper.keyOf(value));
      if (stored) input.saved.set(mapper.keyOf(value), sameOrConflict(value, stored));
      else failures.push({ key: mapper.keyOf(value), error });
    }
    return failures;
  }

  function checkedFilterColumn(column: string): string {
    const found = schema.columns.find((candidate) => candidate.name === column);
    if (!found?.indexed) {
      throw new RangeError(
        `"${column}" is not an indexed column of "${schema.displayName}": SharePoint refuses filters on it in large lists`,
      );
    }
    return column;
  }

  return store;
}

/** The values by key, in order; the same value twice is written once. */
function uniqueByKey<T>(mapper: RecordMapper<T>, values: readonly T[]): Map<string, T> {
  const byKey = new Map<string, T>();
  values.forEach((value, index) => {
    const key = mapper.keyOf(value);
    const earlier = byKey.get(key);
    if (earlier !== undefined && !isSameRecord(earlier, value)) {
      throw ValidationError.single(
        `${index}.id`,
        `Two different ${mapper.noun}s share the id "${key}": give each its own id`,
      );
    }
    byKey.set(key, value);
  });
  return byKey;
}

function isStatus(error: unknown, status: number): boolean {
  return error instanceof GraphError && error.status === status;
}
