import type { FieldIssue } from '../../domain/errors';
import { collectAll, executeBatch } from '../client';
import type { BatchRequest, BatchResult, GraphClient } from '../client';
import { RecordsAccessError, RecordsSchemaError } from './errors';
import {
  RECORDS_SCHEMA_VERSION,
  RECORD_LIST_SCHEMAS,
  columnDefinitionOf,
  facetNameOf,
  listDescriptionOf,
  schemaVersionInDescription,
} from './listSchemas';
import type { RecordColumn, RecordListKey, RecordListSchema } from './listSchemas';
import { isForbidden, resolveRecordsSiteId, withRecordsAccess } from './recordsSite';
import type { RecordsLocation } from './recordsSite';

/**
 * Provisioning: makes the CX team's site hold every list of {@link RECORD_LIST_SCHEMAS}, idempotently.
 *
 * Request economy: one GET of the site (skipped when `siteId` is given), one GET of its lists with
 * their columns expanded, then only the writes something is missing for, all in `$batch`: new lists
 * in one parallel batch, each existing list's missing columns chained in its own sequential batch
 * (SharePoint serialises schema changes of one list anyway). A site already up to date costs two
 * GETs and no write; running it twice changes nothing.
 *
 * Writes are replay-safe: a list or column that already exists is answered 409 and counted as
 * there, so a retried or concurrent provisioning ends in the same lists, never duplicates.
 */

export interface ProvisionRecordListsOptions {
  readonly client: GraphClient;
  /** The CX team's Microsoft 365 group. */
  readonly groupId: string;
  /** The group's root site id, when already known: saves one request. */
  readonly siteId?: string;
  /** Default {@link RECORD_LIST_SCHEMAS}. */
  readonly schemas?: readonly RecordListSchema[];
  /** Columns introduced after this version are left out. Default {@link RECORDS_SCHEMA_VERSION}. */
  readonly schemaVersion?: number;
}

/** A column added to or indexed in an existing list. */
export interface ColumnChange {
  readonly list: RecordListKey;
  readonly column: string;
}

/** What provisioning found and did. */
export interface ProvisionReport extends RecordsLocation {
  readonly createdLists: readonly RecordListKey[];
  readonly addedColumns: readonly ColumnChange[];
  /** Existing columns that were not indexed (or unique) and now are. */
  readonly indexedColumns: readonly ColumnChange[];
  /** Per list, the schema version its columns satisfy now (the columns check). */
  readonly schemaVersions: Readonly<Record<RecordListKey, number>>;
}

/** A list and its columns as `GET …/lists?$expand=columns` returns them. */
interface GraphList {
  readonly id: string;
  readonly displayName: string;
  readonly description?: string;
  readonly columns?: readonly GraphColumn[];
}

interface GraphColumn {
  readonly id: string;
  readonly name: string;
  readonly indexed?: boolean;
  readonly enforceUniqueValues?: boolean;
  readonly [facet: string]: unknown;
}

const COLUMN_FACETS = ['text', 'number', 'dateTime', 'boolean', 'choice'];
const LISTS_QUERY = `$select=id,displayName,description&$expand=columns($select=id,name,indexed,enforceUniqueValues,${COLUMN_FACETS.join(',')})`;

/** One list's part of the plan. */
interface ListPlan {
  readonly schema: RecordListSchema;
  readonly existing: GraphList | undefined;
  readonly missing: readonly RecordColumn[];
  readonly unindexed: readonly { readonly column: RecordColumn; readonly id: string }[];
}

/**
 * Creates the lists that are missing and adds the columns an older schema lacks, without touching
 * any item.
 *
 * @throws RecordsAccessError when the signed-in person may not reach the team's site.
 * @throws RecordsSchemaError when a list has a column of CX Cadence's name with another type.
 * @throws GraphError when Graph refuses a write for another reason.
 *
 * @example
 * const records = await provisionRecordLists({ client, groupId: cxGroupId });
 * const decisions = createDecisionRepository({ client, ...records });
 */
export async function provisionRecordLists(
  options: ProvisionRecordListsOptions,
): Promise<ProvisionReport> {
  const { client } = options;
  const schemas = options.schemas ?? RECORD_LIST_SCHEMAS;
  const version = options.schemaVersion ?? RECORDS_SCHEMA_VERSION;
  const siteId = options.siteId ?? (await resolveRecordsSiteId(client, options.groupId));
  let lists = await readLists(client, siteId);
  const plans = schemas.map((schema) => planList(schema, lists, version));
  const requests = plans.flatMap((plan) => requestsFor(plan, siteId, version));
  if (requests.length > 0) {
    const report = await withRecordsAccess(() => executeBatch(client, requests));
    const created = settle(report.results, requests);
    // A list someone else created meanwhile answers 409: read the lists again to learn its id.
    lists = created.conflicts ? await readLists(client, siteId) : [...lists, ...created.lists];
  }
  return reportOf({ plans, lists, siteId, version });
}

async function readLists(client: GraphClient, siteId: string): Promise<GraphList[]> {
  return withRecordsAccess(() =>
    collectAll<GraphList>(client, `/sites/${siteId}/lists?${LISTS_QUERY}`),
  );
}

function findList(lists: readonly GraphList[], displayName: string): GraphList | undefined {
  const wanted = displayName.toLowerCase();
  return lists.find((list) => list.displayName.toLowerCase() === wanted);
}

function findColumn(list: GraphList, name: string): GraphColumn | undefined {
  return list.columns?.find((column) => column.name.toLowerCase() === name.toLowerCase());
}

function planList(
  schema: RecordListSchema,
  lists: readonly GraphList[],
  version: number,
): ListPlan {
  const existing = findList(lists, schema.displayName);
  const wanted = schema.columns.filter((column) => column.since <= version);
  if (!existing) return { schema, existing, missing: wanted, unindexed: [] };
  const issues = wanted.flatMap((column) => typeIssues(existing, column));
  if (issues.length > 0) throw new RecordsSchemaError(schema.displayName, issues);
  return {
    schema,
    existing,
    missing: wanted.filter((column) => !findColumn(existing, column.name)),
    unindexed: wanted.flatMap((column) => {
      const found = findColumn(existing, column.name);
      return found && needsIndex(found, column) ? [{ column, id: found.id }] : [];
    }),
  };
}

function typeIssues(list: GraphList, column: RecordColumn): FieldIssue[] {
  const found = findColumn(list, column.name);
  const facet = facetNameOf(column.kind);
  if (!found || found[facet] !== undefined) return [];
  const actual = COLUMN_FACETS.find((candidate) => found[candidate] !== undefined) ?? 'another';
  return [
    {
      field: column.name,
      message: `the column is of type ${actual}, CX Cadence needs ${facet}: rename that column, then provision again`,
    },
  ];
}

function needsIndex(found: GraphColumn, column: RecordColumn): boolean {
  return (
    (column.indexed && found.indexed !== true) ||
    (column.unique === true && found.enforceUniqueValues !== true)
  );
}

function requestsFor(plan: ListPlan, siteId: string, version: number): BatchRequest[] {
  const { schema, existing } = plan;
  if (!existing) {
    return [
      {
        id: `create-${schema.key}`,
        method: 'POST',
        url: `/sites/${siteId}/lists`,
        body: {
          displayName: schema.displayName,
          description: listDescriptionOf(schema, version),
          columns: plan.missing.map(columnDefinitionOf),
          list: { template: 'genericList' },
        },
        retrySafe: true,
      },
    ];
  }
  const columns = `/sites/${siteId}/lists/${existing.id}/columns`;
  const changes: Omit<BatchRequest, 'dependsOn'>[] = [
    ...plan.missing.map((column) => ({
      id: `column-${schema.key}-${column.name}`,
      method: 'POST' as const,
      url: columns,
      body: columnDefinitionOf(column),
      retrySafe: true,
    })),
    ...plan.unindexed.map(({ column, id }) => ({
      id: `index-${schema.key}-${column.name}`,
      method: 'PATCH' as const,
      url: `${columns}/${id}`,
      body: { indexed: true, ...(column.unique ? { enforceUniqueValues: true } : {}) },
      retrySafe: true,
    })),
  ];
  // One list's schema changes run one after another: a chain travels in one sequential batch.
  return changes.map((change, index) => {
    const previous = changes[index - 1];
    return previous ? { ...change, dependsOn: [previous.id as string] } : change;
  });
}

/** New lists from the answers; throws the first failure that is not "already exists". */
function settle(
  results: readonly BatchResult<unknown>[],
  requests: readonly BatchRequest[],
): { lists: GraphList[]; conflicts: boolean } {
  const lists: GraphList[] = [];
  let conflicts = false;
  results.forEach((result, index) => {
    if (result.ok) {
      if (requests[index]?.id?.startsWith('create-')) lists.push(result.body as GraphList);
    } else if (result.status === 409) {
      // Already there: a replayed write, or another client provisioning at the same time.
      conflicts ||= requests[index]?.id?.startsWith('create-') === true;
    } else {
      throw isForbidden(result.error) ? new RecordsAccessError(result.error) : result.error;
    }
  });
  return { lists, conflicts };
}

function reportOf(input: {
  plans: readonly ListPlan[];
  lists: readonly GraphList[];
  siteId: string;
  version: number;
}): ProvisionReport {
  const listIds: Partial<Record<RecordListKey, string>> = {};
  const schemaVersions: Partial<Record<RecordListKey, number>> = {};
  for (const { schema } of input.plans) {
    const list = findList(input.lists, schema.displayName);
    if (!list) {
      throw new RecordsSchemaError(schema.displayName, [
        {
          field: 'list',
          message: 'the list could not be found after it was created: provision again',
        },
      ]);
    }
    listIds[schema.key] = list.id;
    schemaVersions[schema.key] = Math.max(
      input.version,
      schemaVersionInDescription(list.description) ?? 0,
    );
  }
  return {
    siteId: input.siteId,
    listIds: listIds as Record<RecordListKey, string>,
    createdLists: input.plans.filter((plan) => !plan.existing).map((plan) => plan.schema.key),
    addedColumns: input.plans.flatMap((plan) =>
      plan.existing
        ? plan.missing.map((column) => ({ list: plan.schema.key, column: column.name }))
        : [],
    ),
    indexedColumns: input.plans.flatMap((plan) =>
      plan.unindexed.map(({ column }) => ({ list: plan.schema.key, column: column.name })),
    ),
    schemaVersions: schemaVersions as Record<RecordListKey, number>,
  };
}
