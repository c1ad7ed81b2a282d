/**
 * The SharePoint lists CX Cadence keeps in the CX team's site, defined once as data: provisioning
 * creates and upgrades them from it, the record store writes and reads through it.
 *
 * Storage layout, the same for every list:
 * - `<key column>` (e.g. `DecisionId`): the domain id, indexed and unique. Creates look it up first
 *   and SharePoint refuses a second item with the same value, so a retried create never duplicates.
 * - `RecordJson`: the whole domain object as JSON (a multi-line text column). It is the source of
 *   truth: it survives domain fields the columns do not mirror, and it is validated on every read.
 * - A few indexed columns copied from the record (`MeetingId`, `Status`, `Presenter`, …): only what
 *   the app filters on. SharePoint refuses a filter on a column that is not indexed once a list
 *   passes its view threshold, so every column used in a `$filter` is indexed here.
 * - Plain columns (dates, booleans, numbers) for people browsing the list in SharePoint.
 *
 * Versioning: every column names the schema version that introduced it (`since`). A list's
 * `description` records the version it was created with; what provisioning trusts is the columns
 * check, because Graph v1.0 cannot rewrite a list's description after an upgrade. A later version of
 * the app adds a column here with a higher `since` and raises {@link RECORDS_SCHEMA_VERSION};
 * provisioning then adds the missing column and leaves every item as it is.
 */
import { DEPARTMENTS } from '../../domain/charter';

/** The schema this version of CX Cadence writes. Raise it when a column is added below. */
export const RECORDS_SCHEMA_VERSION = 1;

/** The column every list keeps the domain object in, as JSON. */
export const RECORD_JSON_COLUMN = 'RecordJson';

/** SharePoint's built-in title column: what a person sees first in the list. */
export const TITLE_COLUMN = 'Title';

/** SharePoint's limit for a single line of text. */
export const SINGLE_LINE_TEXT_MAX_LENGTH = 255;

/**
 * - `text`: single line (≤ 255 characters), indexable.
 * - `note`: multiple lines of plain text, not indexable (SharePoint's rule): JSON and long text.
 * - `choice`: single line with suggested values; text outside them is still accepted, so a later
 *   domain value never makes a write fail.
 */
export type RecordColumnKind = 'text' | 'note' | 'number' | 'dateTime' | 'boolean' | 'choice';

export interface RecordColumn {
  /** SharePoint's internal name, also the `fields/<name>` a filter uses. Never changes. */
  readonly name: string;
  readonly displayName: string;
  readonly kind: RecordColumnKind;
  /** Whether the app filters on it: then it must be indexed. */
  readonly indexed: boolean;
  /** Unique values (the record key): SharePoint requires the column to be indexed too. */
  readonly unique?: boolean;
  /** The schema version that introduced the column. */
  readonly since: number;
  /** Suggested values of a `choice` column. */
  readonly choices?: readonly string[];
  readonly description: string;
}

/** The lists, by the name the code uses for them. */
export type RecordListKey =
  'charter' | 'roster' | 'cadences' | 'meetings' | 'decisions' | 'missionMoments' | 'actionItems';

export interface RecordListSchema {
  readonly key: RecordListKey;
  /** The list's title in SharePoint, unique within the site. */
  readonly displayName: string;
  /** What the list holds, for the description people read in SharePoint. */
  readonly purpose: string;
  /** The column holding the domain id: indexed and unique. */
  readonly keyColumn: string;
  /** Every column CX Cadence needs, the key and `RecordJson` included (not `Title`: built in). */
  readonly columns: readonly RecordColumn[];
}

const keyColumn = (name: string, displayName: string, what: string): RecordColumn => ({
  name,
  displayName,
  kind: 'text',
  indexed: true,
  unique: true,
  since: 1,
  description: `The ${what}'s id in CX Cadence. Do not edit: CX Cadence finds the record by it.`,
});

const recordJsonColumn: RecordColumn = {
  name: RECORD_JSON_COLUMN,
  displayName: 'Record (JSON)',
  kind: 'note',
  indexed: false,
  since: 1,
  description:
    'The whole record as CX Cadence stores it. Edit it only with care: CX Cadence checks it on every read.',
};

const indexedText = (name: string, displayName: string, description: string): RecordColumn => ({
  name,
  displayName,
  kind: 'text',
  indexed: true,
  since: 1,
  description,
});

const plain = (
  name: string,
  displayName: string,
  kind: RecordColumnKind,
  description: string,
): RecordColumn => ({ name, displayName, kind, indexed: false, since: 1, description });

const MEETING_ID = indexedText('MeetingId', 'Meeting', 'The meeting this record belongs to.');
const OCCURRENCE_ID = indexedText(
  'OccurrenceId',
  'Occurrence',
  'The occurrence of the cadence (its original start, UTC) this record belongs to.',
);
const CADENCE_ID = indexedText('CadenceId', 'Cadence', 'The cadence this meeting belongs to.');

/** Every list CX Cadence keeps, in the order they are created. */
export const RECORD_LIST_SCHEMAS: readonly RecordListSchema[] = [
  {
    key: 'charter',
    displayName: 'CX Charter',
    purpose: "the CX team's charter: mission, goals, roles and decision rights",
    keyColumn: 'CharterKey',
    columns: [keyColumn('CharterKey', 'Charter key', 'charter'), recordJsonColumn],
  },
  {
    key: 'roster',
    displayName: 'CX Roster',
    purpose:
      "the charter's roles and who holds them, one item per role, kept in step with the charter",
    keyColumn: 'RoleId',
    columns: [
      keyColumn('RoleId', 'Role id', 'role'),
      {
        name: 'Department',
        displayName: 'Department',
        kind: 'choice',
        indexed: true,
        since: 1,
        choices: DEPARTMENTS,
        description: 'The department the role represents.',
      },
      plain('Members', 'Members', 'note', 'Entra user ids of the members holding the role.'),
      recordJsonColumn,
    ],
  },
  {
    key: 'cadences',
    displayName: 'CX Cadences',
    purpose: 'the meeting series CX Cadence scheduled, with their Outlook series ids',
    keyColumn: 'CadenceId',
    columns: [
      keyColumn('CadenceId', 'Cadence id', 'cadence'),
      indexedText('SeriesId', 'Series id', "The Outlook series master event's id."),
      plain('CadenceVersion', 'Version', 'number', 'Raised by one on every change.'),
      recordJsonColumn,
    ],
  },
  {
    key: 'meetings',
    displayName: 'CX Meetings',
    purpose: 'one item per meeting: attendance, outcomes and summary publication',
    keyColumn: 'MeetingId',
    columns: [
      keyColumn('MeetingId', 'Meeting id', 'meeting'),
      CADENCE_ID,
      OCCURRENCE_ID,
      {
        name: 'ScheduledStart',
        displayName: 'Scheduled start',
        kind: 'dateTime',
        indexed: true,
        since: 1,
        description: "The occurrence's scheduled start.",
      },
      {
        name: 'Status',
        displayName: 'Status',
        kind: 'choice',
        indexed: true,
        since: 1,
        choices: ['held', 'cancelled'],
        description: 'Whether the meeting took place.',
      },
      {
        name: 'SummaryState',
        displayName: 'Summary',
        kind: 'choice',
        indexed: true,
        since: 1,
        choices: ['notPublished', 'inProgress', 'published'],
        description: 'Whether the meeting summary has been published.',
      },
      recordJsonColumn,
    ],
  },
  {
    key: 'decisions',
    displayName: 'CX Decisions',
    purpose: 'decisions taken in CX meetings, checked against the decision rights',
    keyColumn: 'DecisionId',
    columns: [
      keyColumn('DecisionId', 'Decision id', 'decision'),
      MEETING_ID,
      OCCURRENCE_ID,
      indexedText('Category', 'Category', "The decision category's id in the charter."),
      {
        name: 'Status',
        displayName: 'Status',
        kind: 'choice',
        indexed: true,
        since: 1,
        choices: ['approved', 'pendingApproval', 'deferred', 'rejected'],
        description: 'Approved, pending approval, deferred or rejected.',
      },
      plain('DecidedAt', 'Decided at', 'dateTime', 'When the decision was taken.'),
      recordJsonColumn,
    ],
  },
  {
    key: 'missionMoments',
    displayName: 'CX Mission Moments',
    purpose: 'the Mission Moments told at the start of every CX meeting',
    keyColumn: 'MissionMomentId',
    columns: [
      keyColumn('MissionMomentId', 'Mission Moment id', 'Mission Moment'),
      MEETING_ID,
      OCCURRENCE_ID,
      indexedText('Presenter', 'Presenter', "The presenter's Entra user id."),
      plain('LivedUpToMission', 'Lived up to our mission', 'boolean', 'Lived up to or missed.'),
      plain('CapturedAt', 'Captured at', 'dateTime', 'When the moment was captured.'),
      recordJsonColumn,
    ],
  },
  {
    key: 'actionItems',
    displayName: 'CX Action Items',
    purpose:
      'where each action came from and its Planner task; the task itself holds the live status',
    keyColumn: 'ActionItemId',
    columns: [
      keyColumn('ActionItemId', 'Action id', 'action'),
      MEETING_ID,
      indexedText('Owner', 'Owner', "The owner's Entra user id."),
      indexedText('PlannerTaskId', 'Planner task id', 'The Planner task mirroring the action.'),
      {
        name: 'Status',
        displayName: 'Status',
        kind: 'choice',
        indexed: true,
        since: 1,
        choices: ['notStarted', 'inProgress', 'completed'],
        description: 'As last read back from Planner.',
      },
      plain('DueDate', 'Due date', 'text', 'The date the owner agreed to, YYYY-MM-DD.'),
      recordJsonColumn,
    ],
  },
];

/** The schema of one list. */
export function listSchemaOf(
  key: RecordListKey,
  schemas: readonly RecordListSchema[] = RECORD_LIST_SCHEMAS,
): RecordListSchema {
  const schema = schemas.find((candidate) => candidate.key === key);
  if (!schema) throw new RangeError(`No records list schema for "${key}"`);
  return schema;
}

/** The schema version a list description names (`… Schema version 3 …`), if any. */
export function schemaVersionInDescription(description: string | undefined): number | undefined {
  const match = /Schema version (\d+)/.exec(description ?? '');
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** The description a list is created with: what it holds, its schema version and a warning. */
export function listDescriptionOf(schema: RecordListSchema, version: number): string {
  return `CX Cadence records: ${schema.purpose}. Schema version ${version}. Managed by CX Cadence: add views or columns freely, but do not rename or delete its columns.`;
}

/** Graph's `columnDefinition` for a column, as `POST …/lists` and `POST …/columns` take it. */
export function columnDefinitionOf(column: RecordColumn): Record<string, unknown> {
  return {
    name: column.name,
    displayName: column.displayName,
    description: column.description,
    indexed: column.indexed,
    ...(column.unique ? { enforceUniqueValues: true } : {}),
    ...facetOf(column),
  };
}

function facetOf(column: RecordColumn): Record<string, unknown> {
  switch (column.kind) {
    case 'text':
      return { text: { allowMultipleLines: false, maxLength: SINGLE_LINE_TEXT_MAX_LENGTH } };
    case 'note':
      return { text: { allowMultipleLines: true, textType: 'plain' } };
    case 'number':
      return { number: { decimalPlaces: 'none' } };
    case 'dateTime':
      return { dateTime: { format: 'dateTime' } };
    case 'boolean':
      return { boolean: {} };
    case 'choice':
      return { choice: { allowTextEntry: true, choices: [...(column.choices ?? [])] } };
  }
}

/** The Graph facet property that names a column's type (`text` for notes too). */
export function facetNameOf(kind: RecordColumnKind): string {
  return kind === 'note' ? 'text' : kind;
}
