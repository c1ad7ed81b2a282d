import { ValidationError } from '../../domain/errors';
import type { FieldIssue } from '../../domain/errors';
import { InvalidRecordError } from './errors';
import type { StoredRecord } from './errors';
import {
  RECORD_JSON_COLUMN,
  SINGLE_LINE_TEXT_MAX_LENGTH,
  TITLE_COLUMN,
  listSchemaOf,
} from './listSchemas';
import type { RecordListKey, RecordListSchema } from './listSchemas';

/**
 * The generic half of every mapper: a domain value ⇄ a SharePoint list item's `fields`. The
 * record-specific half (which columns mirror which property, how the JSON is validated) is a
 * {@link RecordMapper} in `mappers/`.
 */

/** A value SharePoint stores in a column (a `dateTime` column takes an ISO string). */
export type FieldValue = string | number | boolean | null;

/** How one kind of domain record is kept in its list. */
export interface RecordMapper<T> {
  readonly list: RecordListKey;
  /** What one record is called in messages: "decision", "Mission Moment". */
  readonly noun: string;
  /** The domain id, stored in the list's key column. */
  keyOf(value: T): string;
  /** What people see as the item's title in SharePoint (cut to 255 characters). */
  titleOf(value: T): string;
  /** The columns copied from the record for filtering and browsing (key and JSON excluded). */
  columnsOf(value: T): Readonly<Record<string, FieldValue>>;
  /**
   * The domain value from its stored JSON, checked with the domain's validators.
   * @throws ValidationError naming every wrong field.
   */
  parse(json: unknown): T;
}

/** A list item as Graph returns it with `$expand=fields`. */
export interface GraphListItem {
  readonly id: string;
  readonly eTag?: string;
  readonly fields?: Readonly<Record<string, unknown>>;
}

/** The `fields` to write for `value`: title, key, JSON and the mirrored columns. */
export function fieldsOf<T>(mapper: RecordMapper<T>, value: T): Record<string, FieldValue> {
  const schema = listSchemaOf(mapper.list);
  return {
    [TITLE_COLUMN]: shorten(mapper.titleOf(value), SINGLE_LINE_TEXT_MAX_LENGTH),
    [schema.keyColumn]: mapper.keyOf(value),
    ...mapper.columnsOf(value),
    [RECORD_JSON_COLUMN]: JSON.stringify(value),
  };
}

/** The `$select` of `fields` that reads a record back: its key, its JSON and mirrored columns. */
export function fieldNamesOf(schema: RecordListSchema): string[] {
  return schema.columns.map((column) => column.name);
}

/**
 * The record an item holds, validated.
 * @throws InvalidRecordError when its JSON is broken, fails domain validation, or disagrees with an
 * indexed column (which would make filters find the wrong records).
 */
export function recordOfItem<T>(mapper: RecordMapper<T>, item: GraphListItem): StoredRecord<T> {
  const fields = item.fields ?? {};
  const etag = item.eTag ?? stringOf(fields['@odata.etag']) ?? '';
  return recordOfFields(mapper, { itemId: String(item.id), etag, fields });
}

/**
 * The records a list read holds, in item order; items that fail to read (hand edits in SharePoint)
 * are kept apart as their errors, never dropped silently nor crashed on.
 */
export function recordsOfItems<T>(
  mapper: RecordMapper<T>,
  items: readonly GraphListItem[],
): { records: StoredRecord<T>[]; unreadable: InvalidRecordError[] } {
  const records: StoredRecord<T>[] = [];
  const unreadable: InvalidRecordError[] = [];
  for (const item of items) {
    try {
      records.push(recordOfItem(mapper, item));
    } catch (error) {
      if (!(error instanceof InvalidRecordError)) throw error;
      unreadable.push(error);
    }
  }
  return { records, unreadable };
}

/** {@link recordOfItem} for a bare `fieldValueSet` (the answer to `PATCH …/fields`). */
export function recordOfFields<T>(
  mapper: RecordMapper<T>,
  input: { itemId: string; etag: string; fields: Readonly<Record<string, unknown>> },
): StoredRecord<T> {
  const schema = listSchemaOf(mapper.list);
  const invalid = (issues: readonly FieldIssue[]) =>
    new InvalidRecordError({
      list: schema.displayName,
      noun: mapper.noun,
      itemId: input.itemId,
      issues,
    });
  const value = parseRecord(mapper, input.fields[RECORD_JSON_COLUMN], invalid);
  const mismatches = columnMismatches(mapper, schema, value, input.fields);
  if (mismatches.length > 0) throw invalid(mismatches);
  return { value, itemId: input.itemId, etag: input.etag };
}

function parseRecord<T>(
  mapper: RecordMapper<T>,
  raw: unknown,
  invalid: (issues: readonly FieldIssue[]) => InvalidRecordError,
): T {
  if (typeof raw !== 'string' || raw.trim() === '') {
    throw invalid([{ field: RECORD_JSON_COLUMN, message: 'the record is empty' }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw invalid([{ field: RECORD_JSON_COLUMN, message: 'the record is not valid JSON' }]);
  }
  try {
    return mapper.parse(json);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw invalid(
      error.issues.map((issue) => ({
        field: issue.field ? `${RECORD_JSON_COLUMN}.${issue.field}` : RECORD_JSON_COLUMN,
        message: issue.message,
      })),
    );
  }
}

/**
 * Indexed text columns must say what the JSON says: the key, and every column a filter reads, so a
 * hand edit of a column cannot make filters and records disagree unnoticed. (Dates, numbers and
 * booleans are for people browsing; SharePoint reformats them.)
 */
function columnMismatches<T>(
  mapper: RecordMapper<T>,
  schema: RecordListSchema,
  value: T,
  fields: Readonly<Record<string, unknown>>,
): FieldIssue[] {
  const expected: Record<string, FieldValue> = {
    [schema.keyColumn]: mapper.keyOf(value),
    ...mapper.columnsOf(value),
  };
  return (
    schema.columns
      .filter((column) => column.indexed && (column.kind === 'text' || column.kind === 'choice'))
      // An empty column is one a later schema added after the item was saved: filled on next save.
      .filter((column) => textOf(fields[column.name]) !== '')
      .filter((column) => textOf(fields[column.name]) !== textOf(expected[column.name]))
      .map((column) => ({
        field: column.name,
        message: `the column says "${textOf(fields[column.name])}" but the record says "${textOf(expected[column.name])}"`,
      }))
  );
}

/** Same domain value, whatever the key order or normalisation of absent optional properties. */
export function isSameRecord(left: unknown, right: unknown): boolean {
  return canonicalJson(left) === canonicalJson(right);
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : inner,
  );
}

/** An OData string literal: single quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function textOf(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
