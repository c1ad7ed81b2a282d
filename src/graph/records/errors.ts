import type { FieldIssue } from '../../domain/errors';
import type { GraphError } from '../client';

/** A record as it was read: the domain value, the list item it lives in and the item's ETag. */
export interface StoredRecord<T> {
  readonly value: T;
  /** The list item's id (SharePoint numbers items per list). */
  readonly itemId: string;
  /** The item's ETag when read: send it back with `If-Match` to update only that version. */
  readonly etag: string;
}

export interface RecordConflictDetails<T> {
  /** The list's title in SharePoint, e.g. "CX Charter". */
  readonly list: string;
  /** What one record is called, e.g. "charter", "decision". */
  readonly noun: string;
  readonly key: string;
  /** The value this client tried to write. */
  readonly yours: T;
  /** The record as it is now, read after the refusal; `undefined` when it was deleted. */
  readonly current: StoredRecord<T> | undefined;
}

/**
 * Someone else changed (or deleted) the record since this client read it, so this client's write
 * was refused and nothing was overwritten. Carries both values so the person can compare them,
 * merge, and save again against `current.etag`.
 */
export class RecordConflictError<T = unknown> extends Error {
  override readonly name = 'RecordConflictError';
  readonly code = 'recordConflict';
  readonly list: string;
  readonly noun: string;
  readonly key: string;
  readonly yours: T;
  readonly current: StoredRecord<T> | undefined;

  constructor(details: RecordConflictDetails<T>) {
    super(
      details.current
        ? `Someone else changed this ${details.noun} (${details.key} in "${details.list}") after you opened it, so your change was not saved. Review their version, then apply your change to it and save again.`
        : `Someone else deleted this ${details.noun} (${details.key} in "${details.list}") after you opened it, so your change was not saved.`,
    );
    this.list = details.list;
    this.noun = details.noun;
    this.key = details.key;
    this.yours = details.yours;
    this.current = details.current;
  }
}

export interface InvalidRecordDetails {
  readonly list: string;
  readonly noun: string;
  readonly itemId: string;
  readonly issues: readonly FieldIssue[];
}

/**
 * A list item CX Cadence cannot read as a domain record: its JSON is broken, fails the domain's
 * validation, or disagrees with the columns CX Cadence filters on (usually a hand edit in
 * SharePoint). Names the list, the item and every problem, so someone can fix or restore it
 * (SharePoint's version history keeps the earlier versions).
 */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
  readonly code = 'invalidRecord';
  readonly list: string;
  readonly noun: string;
  readonly itemId: string;
  readonly issues: readonly FieldIssue[];

  constructor(details: InvalidRecordDetails) {
    const problems = details.issues
      .map((issue) => `${issue.field || 'record'}: ${issue.message}`)
      .join('; ');
    super(
      `CX Cadence cannot read the ${details.noun} in item ${details.itemId} of the SharePoint list "${details.list}": ${problems}. It was probably edited by hand: fix it, or restore an earlier version from the item's version history.`,
    );
    this.list = details.list;
    this.noun = details.noun;
    this.itemId = details.itemId;
    this.issues = details.issues;
  }
}

/**
 * Microsoft 365 refused the signed-in person access to the CX team's site. Graph answers the same
 * 403 whether the person is outside the team's group or CX Cadence lacks a permission, so the
 * message names both, the likelier first.
 */
export class RecordsAccessError extends Error {
  override readonly name = 'RecordsAccessError';
  readonly code = 'recordsAccessDenied';
  override readonly cause: GraphError;

  constructor(cause: GraphError) {
    const permission =
      'permission' in cause && typeof cause.permission === 'string'
        ? cause.permission
        : 'Sites.ReadWrite.All';
    super(
      `You cannot reach the CX team's records: Microsoft 365 refused access to the team's SharePoint site. Only members of the CX team's Microsoft 365 group can read and write them: ask the team's owner to add you. If you are a member, ask your Microsoft 365 admin to grant CX Cadence the ${permission} permission.${cause.requestId ? ` (request-id ${cause.requestId})` : ''}`,
    );
    this.cause = cause;
  }
}

/** A list exists but cannot hold CX Cadence's records as they are defined. */
export class RecordsSchemaError extends Error {
  override readonly name = 'RecordsSchemaError';
  readonly code = 'recordsSchemaMismatch';
  readonly list: string;
  readonly issues: readonly FieldIssue[];

  constructor(list: string, issues: readonly FieldIssue[]) {
    super(
      `The SharePoint list "${list}" cannot hold CX Cadence's records: ${issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ')}.`,
    );
    this.list = list;
    this.issues = issues;
  }
}

/** Some records of a multi-record write were saved and some were not, after every retry. */
export class RecordWriteError<T = unknown> extends Error {
  override readonly name = 'RecordWriteError';
  readonly code = 'recordWriteFailed';
  /** Saved records: writing again is safe, they are not duplicated. */
  readonly saved: readonly StoredRecord<T>[];
  readonly failures: readonly { readonly key: string; readonly error: Error }[];

  constructor(
    list: string,
    saved: readonly StoredRecord<T>[],
    failures: readonly { readonly key: string; readonly error: Error }[],
  ) {
    super(
      `${failures.length} of ${saved.length + failures.length} records could not be saved to "${list}" (${failures.map((failure) => `${failure.key}: ${failure.error.message}`).join('; ')}). Saving again is safe: records already saved are not duplicated.`,
    );
    this.saved = saved;
    this.failures = failures;
  }
}
