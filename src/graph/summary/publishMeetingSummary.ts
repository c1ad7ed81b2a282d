import { memberId } from '../../domain/ids';
import type { ActionItem, MeetingRecord } from '../../domain/records';
import { invitedAttendance, withPlannerTask } from '../../domain/records';
import type { MeetingSummary } from '../../domain/summary';
import { buildMeetingSummary } from '../../domain/summary';
import { PUBLICATION_STEPS } from '../../domain/summaryReview';
import type { PublicationStepKey } from '../../domain/summaryReview';
import { PublishSummaryError, publishSummary } from '../publishing';
import type {
  PublishFailure,
  PublishStepOutcome,
  PublishSummaryReport,
  SummaryChatFormat,
} from '../publishing';
import { RecordConflictError } from '../records';
import { isSameRecord } from '../records/listItemMapping';
import type {
  ActionItemRepository,
  MeetingEntry,
  MeetingRepository,
  StoredRecord,
  SummaryPublication,
} from '../records';
import type { CxWorkspace } from '../workspace';
import type { SummarySources } from './loadSummarySources';
import { summaryMembersOf } from './loadSummarySources';

/**
 * The meeting's record, with the cadence's invitations as its attendance when nobody recorded any
 * (a record written before invitations were kept): otherwise the summary would reach nobody.
 */
function withInvitedWhenUnmarked(sources: SummarySources): MeetingRecord {
  const { record } = sources.meeting.value;
  if (record.attendance.length > 0) return record;
  return {
    ...record,
    attendance: invitedAttendance({
      attendeeIds: sources.cadence.value.cadence.attendeeIds,
      charter: sources.charter,
      directoryDepartments: new Map(
        sources.members.map((member) => [memberId(member.id), member.department]),
      ),
    }),
  };
}

/** The post-meeting summary of the sources: names resolved, in the cadence's zone. */
export function summaryOfSources(sources: SummarySources, locale?: string): MeetingSummary {
  const { cadence } = sources.cadence.value;
  return buildMeetingSummary({
    title: cadence.title,
    record: withInvitedWhenUnmarked(sources),
    timeZone: cadence.timeZone,
    charter: sources.charter,
    members: summaryMembersOf(sources.members),
    ...(sources.missionMoment ? { missionMoment: sources.missionMoment } : {}),
    decisions: sources.decisions,
    actions: sources.actions.map((stored) => stored.value),
    ...(locale ? { locale } : {}),
  });
}

export interface PublishMeetingSummaryOptions {
  readonly workspace: Pick<CxWorkspace, 'client' | 'groupId' | 'meetings' | 'actions'>;
  readonly sources: SummarySources;
  readonly summary: MeetingSummary;
  /** The meeting chat's thread id. */
  readonly chatId: string;
  /** Default `html`. */
  readonly chatFormat?: SummaryChatFormat;
  /** Read once, when the publication completes. */
  readonly now: () => Date;
}

export interface PublishedMeetingSummary {
  readonly report: PublishSummaryReport;
  /** The meeting entry as saved with its publication. */
  readonly meeting: StoredRecord<MeetingEntry>;
  /** Empty when every step is done; otherwise publish again to finish. */
  readonly failures: readonly PublishFailure[];
}

/**
 * Publishes a meeting's summary (chat, mail, Planner: see `publishSummary`) and keeps the team's
 * records in step: the meeting entry's `summary` publication goes `inProgress` before the first
 * write and `published` (with the time, the chat message and the steps done) once every step is;
 * each action gets its Planner task's id.
 *
 * Publishing again is safe: `publishSummary` finds what is already there and posts nothing twice,
 * so a run that failed part-way resumes, and a run on a published meeting only adds what is new
 * (an action added since gets its task, a recipient added since gets the mail). The first
 * publication time is kept.
 *
 * A save that meets someone else's change (the side panel marking attendance, say) is applied to
 * their version once, so neither change is lost.
 *
 * @returns the report and any failed steps; a failure is recorded, not thrown.
 * @throws ValidationError, a network failure, or a record failure other than a conflict.
 */
export async function publishMeetingSummary(
  options: PublishMeetingSummaryOptions,
): Promise<PublishedMeetingSummary> {
  const { workspace, sources } = options;
  const { cadence } = sources.cadence.value;
  const started = await savePublication(workspace.meetings, sources.meeting, (current) =>
    current.state === 'notPublished' ? { ...current, state: 'inProgress' } : current,
  );
  let report: PublishSummaryReport;
  let failures: readonly PublishFailure[] = [];
  try {
    report = await publishSummary(workspace.client, {
      summary: options.summary,
      meetingId: sources.meetingId,
      chatId: options.chatId,
      groupId: workspace.groupId,
      actions: sources.actions.map((stored) => stored.value),
      planner: { bucketName: cadence.title, timeZone: cadence.timeZone },
      ...(options.chatFormat ? { chatFormat: options.chatFormat } : {}),
    });
  } catch (error) {
    if (!(error instanceof PublishSummaryError)) throw error;
    report = error.report;
    failures = error.failures;
  }
  await linkPlannerTasks(workspace.actions, sources.actions, report.actions);
  const done = stepsDoneIn(report, sources.actions.length > 0);
  const meeting = await savePublication(workspace.meetings, started, (current) => {
    const complete = failures.length === 0;
    const messageId = report.chat.messageId ?? current.chatMessageId;
    return {
      state: complete ? 'published' : 'inProgress',
      completedSteps: done.map((step) => PUBLICATION_STEPS[step]),
      ...(messageId ? { chatMessageId: messageId } : {}),
      ...(current.publishedAt
        ? { publishedAt: current.publishedAt }
        : complete
          ? { publishedAt: options.now().toISOString() }
          : {}),
    };
  });
  return { report, meeting, failures };
}

const isDone = (outcome: PublishStepOutcome) => outcome === 'done' || outcome === 'alreadyDone';

/** The publication steps a report shows as done: chat, mail, and tasks when there are actions. */
export function stepsDoneIn(
  report: PublishSummaryReport,
  hasActions: boolean,
): PublicationStepKey[] {
  return [
    ...(isDone(report.chat.outcome) ? (['chat'] as const) : []),
    ...(isDone(report.mail.outcome) ? (['mail'] as const) : []),
    ...(hasActions && report.tasks.every((task) => isDone(task.outcome))
      ? (['tasks'] as const)
      : []),
  ];
}

/** Saves the meeting's publication; on a conflict, once more over the version found. */
function savePublication(
  meetings: MeetingRepository,
  current: StoredRecord<MeetingEntry>,
  change: (publication: SummaryPublication) => SummaryPublication,
): Promise<StoredRecord<MeetingEntry>> {
  return updateOverConflict(meetings, current, (entry) => ({
    ...entry,
    summary: change(entry.summary),
  }));
}

/** Stores each new task id on its action; a conflicting save is applied over the version found. */
async function linkPlannerTasks(
  repository: ActionItemRepository,
  stored: readonly StoredRecord<ActionItem>[],
  linked: readonly ActionItem[],
): Promise<void> {
  const taskIds = new Map(linked.map((action) => [action.id, action.plannerTaskId]));
  await Promise.all(
    stored.map(async (current) => {
      const taskId = taskIds.get(current.value.id);
      if (!taskId) return;
      await updateOverConflict(repository, current, (action) =>
        action.plannerTaskId === taskId ? undefined : withPlannerTask(action, taskId),
      );
    }),
  );
}

/**
 * Saves `change` of the stored value, unless that changes nothing; on a conflict, saves `change`
 * of the version found instead, so neither change is lost. `change` gives `undefined` when a
 * version needs no write.
 */
async function updateOverConflict<T>(
  repository: { update(current: StoredRecord<T>, next: T): Promise<StoredRecord<T>> },
  stored: StoredRecord<T>,
  change: (value: T) => T | undefined,
): Promise<StoredRecord<T>> {
  const wanted = change(stored.value);
  if (wanted === undefined || isSameRecord(wanted, stored.value)) return stored;
  try {
    return await repository.update(stored, wanted);
  } catch (error) {
    if (!(error instanceof RecordConflictError) || !error.current) throw error;
    const theirs = error.current as StoredRecord<T>;
    const again = change(theirs.value);
    return again === undefined ? theirs : repository.update(theirs, again);
  }
}
