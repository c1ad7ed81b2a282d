import type { CadenceId, MeetingId, OccurrenceId } from '../../domain/ids';
import type { StoredRecord } from './errors';
import { meetingMapper } from './mappers/meetingMapper';
import type { MeetingEntry } from './mappers/meetingMapper';
import { createRecordStore } from './recordStore';
import type { RecordQueryResult } from './recordStore';
import type { RecordsContext } from './recordsSite';

/** The "CX Meetings" list: one item per occurrence, with attendance, outcomes and publication. */
export interface MeetingRepository {
  read(meetingId: MeetingId): Promise<StoredRecord<MeetingEntry> | undefined>;
  /** A cadence's meetings, by scheduled start. */
  forCadence(cadenceId: CadenceId): Promise<RecordQueryResult<MeetingEntry>>;
  byOccurrence(
    cadenceId: CadenceId,
    occurrenceId: OccurrenceId,
  ): Promise<StoredRecord<MeetingEntry> | undefined>;
  /** Idempotent: a meeting already stored with the same value is returned as it is. */
  create(entry: MeetingEntry): Promise<StoredRecord<MeetingEntry>>;
  /** One lookup and one `$batch` for all of them (e.g. every occurrence of a new series). */
  createMany(entries: readonly MeetingEntry[]): Promise<StoredRecord<MeetingEntry>[]>;
  /** @throws RecordConflictError when someone saved the meeting in between. */
  update(
    current: StoredRecord<MeetingEntry>,
    next: MeetingEntry,
  ): Promise<StoredRecord<MeetingEntry>>;
}

export function createMeetingRepository(context: RecordsContext): MeetingRepository {
  const store = createRecordStore(context, meetingMapper);
  return {
    read: (meetingId) => store.readByKey(meetingId),
    forCadence: async (cadenceId) => {
      const result = await store.query({ CadenceId: cadenceId });
      const records = [...result.records].sort(
        (left, right) =>
          Date.parse(left.value.record.scheduledStart) -
          Date.parse(right.value.record.scheduledStart),
      );
      return { records, unreadable: result.unreadable };
    },
    byOccurrence: async (cadenceId, occurrenceId) =>
      (await store.query({ CadenceId: cadenceId, OccurrenceId: occurrenceId })).records[0],
    create: (entry) => store.create(entry),
    createMany: (entries) => store.createMany(entries),
    update: (current, next) => store.update(current, next),
  };
}
