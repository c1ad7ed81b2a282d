import * as z from 'zod/mini';
import { isDepartment } from '../../../domain/charter';
import { parseWith } from '../../../domain/errors';
import type { MeetingRecord } from '../../../domain/records';
import type { RecordMapper } from '../listItemMapping';
import { storedDateTime, storedId } from './storedShapes';
import type {
  ActionItemId,
  CadenceId,
  DecisionId,
  MeetingId,
  MemberId,
  MissionMomentId,
  OccurrenceId,
} from '../../../domain/ids';
import type { Department } from '../../../domain/charter';

/** Where publishing the meeting's summary stands. */
export type SummaryPublicationState = 'notPublished' | 'inProgress' | 'published';

/**
 * What the publishing flow has done for a meeting, so a re-run resumes where it stopped and
 * never posts twice.
 */
export interface SummaryPublication {
  readonly state: SummaryPublicationState;
  /** Names of the steps done (e.g. `chatPosted`, `mailSent`, `tasksCreated`), in order. */
  readonly completedSteps: readonly string[];
  /** The chat message the summary was posted as. */
  readonly chatMessageId?: string;
  /** ISO 8601 date-time with offset. */
  readonly publishedAt?: string;
}

/** One occurrence's record: the domain's meeting record and its summary's publication. */
export interface MeetingEntry {
  readonly record: MeetingRecord;
  readonly summary: SummaryPublication;
}

/** A meeting whose summary nobody has started publishing. */
export const NOT_PUBLISHED: SummaryPublication = { state: 'notPublished', completedSteps: [] };

const meetingEntrySchema = z.object({
  record: z.object({
    id: storedId<MeetingId>('meeting'),
    cadenceId: storedId<CadenceId>('cadence'),
    occurrenceId: storedId<OccurrenceId>('occurrence'),
    scheduledStart: storedDateTime('The scheduled start'),
    status: z.enum(['held', 'cancelled'], { error: 'The status must be held or cancelled' }),
    attendance: z.array(
      z.object({
        memberId: storedId<MemberId>('member'),
        department: z.pipe(
          z.string().check(z.refine(isDepartment, { message: 'Choose a known department' })),
          z.transform((value: string) => value as Department),
        ),
        attended: z.boolean({ error: 'Say whether the member attended' }),
      }),
    ),
    missionMomentId: z.optional(storedId<MissionMomentId>('Mission Moment')),
    decisionIds: z.array(storedId<DecisionId>('decision')),
    actionIds: z.array(storedId<ActionItemId>('action')),
  }),
  summary: z.object({
    state: z.enum(['notPublished', 'inProgress', 'published'], {
      error: 'The summary state must be notPublished, inProgress or published',
    }),
    completedSteps: z.array(z.string()),
    chatMessageId: z.optional(z.string().check(z.minLength(1))),
    publishedAt: z.optional(storedDateTime('The publication time')),
  }),
});

export const meetingMapper: RecordMapper<MeetingEntry> = {
  list: 'meetings',
  noun: 'meeting record',
  keyOf: (entry) => entry.record.id,
  titleOf: (entry) => `Meeting ${entry.record.scheduledStart}`,
  columnsOf: ({ record, summary }) => ({
    CadenceId: record.cadenceId,
    OccurrenceId: record.occurrenceId,
    ScheduledStart: record.scheduledStart,
    Status: record.status,
    SummaryState: summary.state,
  }),
  parse: (json) => parseWith(meetingEntrySchema, json),
};
