import type { CadenceId, MeetingId, OccurrenceId } from '../../domain/ids';
import type { ActionItem } from '../../domain/records/actionItem';
import type { Decision } from '../../domain/records/decision';
import {
  withAction,
  withDecision,
  withMissionMoment,
  type Attendance,
  type MeetingRecord,
} from '../../domain/records/meetingRecord';
import type { MissionMoment } from '../../domain/records/missionMoment';
import {
  NOT_PUBLISHED,
  RecordConflictError,
  RecordWriteError,
  type MeetingEntry,
  type StoredRecord,
} from '../records';
import type { CxWorkspace } from '../workspace';

/**
 * Syncs what the side panel captured to the team's records, safe to repeat at any time:
 *
 * 1. Appends, by kind, in parallel: decisions and actions each as one lookup and one `$batch`
 *    (`appendMany`), the Mission Moment as one append. Appends are keyed by the entry's domain
 *    id, so an entry synced before (or by a replay after a lost answer) is found, not duplicated.
 * 2. Links what was appended to the meeting's record under `If-Match`, creating the record when
 *    the meeting has none. When someone else saved the record in between, the link is applied to
 *    their version and saved again (a few times at most), so no one's ids are lost.
 *
 * An entry counts as synced only once it is both appended and linked. Failures are reported per
 * entry; the caller keeps those entries and tries again later.
 */

/** The meeting the entries belong to. */
export interface MeetingRef {
  readonly cadenceId: CadenceId;
  readonly occurrenceId: OccurrenceId;
  readonly meetingId: MeetingId;
  /** ISO 8601 instant: the occurrence's scheduled start. */
  readonly scheduledStart: string;
  /**
   * Who is invited (`invitedAttendance`): the attendance the meeting record starts with when the
   * first entry creates it. Absent in entries saved by earlier versions: the record then starts
   * empty and the summary falls back to the cadence's invitations.
   */
  readonly invited?: readonly Attendance[];
}

/** One captured entry, as the outbox holds it. */
export type MeetingEntryValue =
  | { readonly kind: 'missionMoment'; readonly value: MissionMoment }
  | { readonly kind: 'decision'; readonly value: Decision }
  | { readonly kind: 'action'; readonly value: ActionItem };

export interface SyncMeetingEntriesOptions {
  readonly workspace: Pick<CxWorkspace, 'meetings' | 'decisions' | 'actions' | 'missionMoments'>;
  readonly meeting: MeetingRef;
  readonly entries: readonly MeetingEntryValue[];
}

export interface SyncFailure {
  /** The entry's domain id. */
  readonly id: string;
  readonly error: unknown;
}

export interface SyncReport {
  /** Domain ids of the entries now in the team's records and linked to the meeting. */
  readonly synced: readonly string[];
  readonly failed: readonly SyncFailure[];
  /** The meeting's record after the link, when it was written or read. */
  readonly meeting: StoredRecord<MeetingEntry> | undefined;
}

/** Saves of the meeting record tried when others keep saving it at the same time. */
export const MAX_MEETING_LINK_ATTEMPTS = 4;

/** See the module comment. Never throws for a Graph failure: it is reported per entry. */
export async function syncMeetingEntries(options: SyncMeetingEntriesOptions): Promise<SyncReport> {
  const { workspace, entries } = options;
  if (entries.length === 0) return { synced: [], failed: [], meeting: undefined };
  const decisions = entries.flatMap((entry) => (entry.kind === 'decision' ? [entry.value] : []));
  const actions = entries.flatMap((entry) => (entry.kind === 'action' ? [entry.value] : []));
  const moments = entries.flatMap((entry) => (entry.kind === 'missionMoment' ? [entry.value] : []));
  const [decisionAppends, actionAppends, ...momentAppends] = await Promise.all([
    appendAll(decisions, (values) => workspace.decisions.appendMany(values)),
    appendAll(actions, (values) => workspace.actions.appendMany(values)),
    ...moments.map((moment) => appendAll([moment], ([one]) => appendOne(workspace, one))),
  ]);
  const appended = [decisionAppends, actionAppends, ...momentAppends].flatMap(
    (r) => r?.saved ?? [],
  );
  const failed = [decisionAppends, actionAppends, ...momentAppends].flatMap((r) => r?.failed ?? []);
  if (appended.length === 0) return { synced: [], failed, meeting: undefined };

  const appendedIds = new Set(appended);
  const link = (record: MeetingRecord): MeetingRecord =>
    entries
      .filter((entry) => appendedIds.has(entry.value.id))
      .reduce((linked, entry) => linkEntry(linked, entry), record);
  try {
    const meeting = await linkToMeeting({ workspace, meeting: options.meeting, link });
    return { synced: appended, failed, meeting };
  } catch (error) {
    return {
      synced: [],
      failed: [...failed, ...appended.map((id) => ({ id, error }))],
      meeting: undefined,
    };
  }
}

async function appendOne(
  workspace: SyncMeetingEntriesOptions['workspace'],
  moment: MissionMoment | undefined,
): Promise<unknown[]> {
  return moment ? [await workspace.missionMoments.append(moment)] : [];
}

interface AppendOutcome {
  readonly saved: readonly string[];
  readonly failed: readonly SyncFailure[];
}

/**
 * Appends and sorts the ids into saved and failed. A conflict on append means a record with that
 * id is already stored with another value: someone changed it since (approved the decision,
 * completed the action), which only happens after it was synced, so it counts as saved.
 */
async function appendAll<T extends { readonly id: string }>(
  values: readonly T[],
  write: (values: readonly T[]) => Promise<unknown[]>,
): Promise<AppendOutcome | undefined> {
  if (values.length === 0) return undefined;
  const ids = values.map((value) => value.id);
  try {
    await write(values);
    return { saved: ids, failed: [] };
  } catch (error) {
    if (error instanceof RecordConflictError) return appendOneByOne(values, write);
    if (error instanceof RecordWriteError) {
      const failedIds = new Set(error.failures.map((failure) => failure.key));
      return {
        saved: ids.filter((id) => !failedIds.has(id)),
        failed: error.failures.map((failure) => ({ id: failure.key, error: failure.error })),
      };
    }
    return { saved: [], failed: ids.map((id) => ({ id, error })) };
  }
}

/** After a conflict in a group append: each on its own, so one changed record blocks no other. */
async function appendOneByOne<T extends { readonly id: string }>(
  values: readonly T[],
  write: (values: readonly T[]) => Promise<unknown[]>,
): Promise<AppendOutcome> {
  const outcomes = await Promise.all(
    values.map(async (value) => {
      try {
        await write([value]);
        return { id: value.id };
      } catch (error) {
        if (error instanceof RecordConflictError) return { id: value.id };
        return { id: value.id, error };
      }
    }),
  );
  return {
    saved: outcomes.filter((outcome) => !('error' in outcome)).map((outcome) => outcome.id),
    failed: outcomes.flatMap((outcome) =>
      'error' in outcome ? [{ id: outcome.id, error: outcome.error }] : [],
    ),
  };
}

function linkEntry(record: MeetingRecord, entry: MeetingEntryValue): MeetingRecord {
  switch (entry.kind) {
    case 'decision':
      return withDecision(record, entry.value.id);
    case 'action':
      return withAction(record, entry.value.id);
    case 'missionMoment':
      return withMissionMoment(record, entry.value.id);
  }
}

/** A meeting's record before anything was linked to it: held (the panel is used during it). */
function newMeetingRecord(meeting: MeetingRef): MeetingRecord {
  return {
    id: meeting.meetingId,
    cadenceId: meeting.cadenceId,
    occurrenceId: meeting.occurrenceId,
    scheduledStart: meeting.scheduledStart,
    status: 'held',
    attendance: meeting.invited ?? [],
    decisionIds: [],
    actionIds: [],
  };
}

async function linkToMeeting(input: {
  workspace: SyncMeetingEntriesOptions['workspace'];
  meeting: MeetingRef;
  link: (record: MeetingRecord) => MeetingRecord;
}): Promise<StoredRecord<MeetingEntry>> {
  const { workspace, meeting, link } = input;
  let current = await workspace.meetings.read(meeting.meetingId);
  for (let attempt = 1; ; attempt++) {
    try {
      if (!current) {
        return await workspace.meetings.create({
          record: link(newMeetingRecord(meeting)),
          summary: NOT_PUBLISHED,
        });
      }
      const next = link(current.value.record);
      if (next === current.value.record) return current;
      return await workspace.meetings.update(current, { ...current.value, record: next });
    } catch (error) {
      if (!(error instanceof RecordConflictError) || attempt >= MAX_MEETING_LINK_ATTEMPTS) {
        throw error;
      }
      current = (error as RecordConflictError<MeetingEntry>).current;
    }
  }
}
