import { DEMO_CX_GROUP_ID, DEMO_CX_LEAD_UPN, DEMO_USER_IDS } from '../../emulator/seed';
import type { EmulatorState } from '../../emulator/core/state';
import type { Cadence } from '../../src/domain/cadence';
import { cadenceOccurrences } from '../../src/domain/cadence';
import type { Charter } from '../../src/domain/charter';
import { linkOutcomes, meetingOutcomes, summaryOf } from '../../bench/meetingOutcomes';
import type { MeetingOutcomes, OutcomeTextKind } from '../../bench/meetingOutcomes';
import type { GraphClient } from '../../src/graph/client';
import { actionTaskKey } from '../../src/graph/planner';
import { publishSummary, summaryMailSubject, summaryReference } from '../../src/graph/publishing';
import type { PublishSummaryReport } from '../../src/graph/publishing';
import { NOT_PUBLISHED, listSchemaOf } from '../../src/graph/records';
import type { MeetingEntry, RecordListKey, RecordsLocation } from '../../src/graph/records';
import type { CxWorkspace } from '../../src/graph/workspace';
import { TEST_NOW } from '../emulator/support/graphClient';
import { startEmulatorSession } from '../graph/support/emulatorSession';
import type { EmulatorSession } from '../graph/support/emulatorSession';
import { demoCadence } from '../graph/scheduling/fixtures';

/**
 * The drills' one story, as a CX team lives it: the lead schedules a quarter of CX Council
 * meetings (7, Tuesdays 08:00 Los Angeles, from 10 March 2026), the side panel captures the first
 * meeting's Mission Moment, decisions and actions (each an append, then the meeting record
 * updated to link it), and after the meeting the lead publishes the summary and the side panel
 * links each action to its Planner task. What the emulator then holds is counted from its state.
 */

/** Planning happens before the first meeting … */
export const PLANNING_TIME = TEST_NOW;
/** … capture and publishing after it (10 March, 08:00–09:00 Los Angeles = 15:00–16:00 UTC). */
export const AFTER_FIRST_MEETING = new Date('2026-03-10T16:05:00Z');
export const TEAM_ZONE = 'Pacific Standard Time';
export const MEETING_TITLE = 'CX Council';

/** A session whose clock the drill moves on, as time passes between scheduling and publishing. */
export interface DrillSession extends EmulatorSession {
  setClock(now: Date): void;
  /** The CX lead, signed in at the emulator's current time. */
  lead(): Promise<GraphClient>;
}

export async function startDrillSession(
  options: { initialState?: EmulatorState } = {},
): Promise<DrillSession> {
  let clock = PLANNING_TIME;
  const session = await startEmulatorSession({ now: () => clock, ...options });
  return {
    ...session,
    setClock: (now) => {
      clock = now;
    },
    lead: () => session.clientFor(DEMO_CX_LEAD_UPN),
  };
}

/** A quarter of meetings keeps every drill run short. */
export function quarterCadence(change: Partial<Cadence> = {}): Cadence {
  return demoCadence({
    recurrence: {
      ...demoCadence().recurrence,
      range: { kind: 'untilDate', startDate: '2026-03-10', endDate: '2026-06-02' },
    },
    ...change,
  });
}

/** The first meeting's outcomes: a Mission Moment, `decisions` decisions and `actions` actions. */
export function firstMeetingOutcomes(options: {
  charter: Charter;
  decisions: number;
  actions: number;
  text?: (kind: OutcomeTextKind, index: number) => string;
}): MeetingOutcomes {
  const cadence = quarterCadence();
  const [first] = cadenceOccurrences(cadence);
  if (!first) throw new Error('The drill cadence has no meeting');
  return meetingOutcomes({
    meeting: { cadenceId: cadence.id, occurrenceId: first.id, scheduledStart: first.utcStart },
    ...options,
  });
}

/**
 * The side panel's capture: the meeting's record (found, or created empty), then each outcome
 * appended as it is captured and linked in the meeting record (read afresh, so a re-run after any
 * stop links what is missing and nothing twice).
 */
export async function captureMeeting(
  workspace: CxWorkspace,
  outcomes: MeetingOutcomes,
): Promise<void> {
  const { missionMomentId: _linkedLater, ...unlinked } = outcomes.record;
  const empty: MeetingEntry = {
    record: { ...unlinked, decisionIds: [], actionIds: [] },
    summary: NOT_PUBLISHED,
  };
  if (!(await workspace.meetings.read(outcomes.meetingId))) await workspace.meetings.create(empty);
  const link = async (captured: Parameters<typeof linkOutcomes>[1]) => {
    const current = await workspace.meetings.read(outcomes.meetingId);
    if (!current) throw new Error('The meeting record disappeared');
    const record = linkOutcomes(current.value.record, captured);
    if (record !== current.value.record) {
      await workspace.meetings.update(current, { ...current.value, record });
    }
  };
  const none = { decisions: [], actions: [] };
  await workspace.missionMoments.append(outcomes.missionMoment);
  await link({ ...none, missionMoment: outcomes.missionMoment });
  for (const decision of outcomes.decisions) {
    await workspace.decisions.append(decision);
    await link({ ...none, missionMoment: outcomes.missionMoment, decisions: [decision] });
  }
  for (const action of outcomes.actions) {
    await workspace.actions.append(action);
    await link({ ...none, missionMoment: outcomes.missionMoment, actions: [action] });
  }
}

export interface PublishMeetingOptions {
  readonly client: GraphClient;
  readonly workspace: CxWorkspace;
  readonly outcomes: MeetingOutcomes;
  readonly charter: Charter;
  readonly chatId: string;
}

/** Publishes the summary, then keeps each action's task id and the publication in the records. */
export async function publishMeeting(
  options: PublishMeetingOptions,
): Promise<PublishSummaryReport> {
  const { workspace, outcomes } = options;
  const report = await publishSummary(options.client, {
    summary: summaryOf(outcomes, {
      charter: options.charter,
      title: MEETING_TITLE,
      timeZone: TEAM_ZONE,
    }),
    meetingId: outcomes.meetingId,
    chatId: options.chatId,
    groupId: DEMO_CX_GROUP_ID,
    actions: outcomes.actions,
    planner: { bucketName: MEETING_TITLE, planTitle: MEETING_TITLE, timeZone: TEAM_ZONE },
    maxAttempts: 8,
  });
  for (const action of report.actions) {
    const stored = await workspace.actions.read(action.id);
    if (stored && stored.value.plannerTaskId !== action.plannerTaskId) {
      await workspace.actions.update(stored, action);
    }
  }
  const meeting = await workspace.meetings.read(outcomes.meetingId);
  if (meeting && meeting.value.summary.state !== 'published') {
    await workspace.meetings.update(meeting, {
      ...meeting.value,
      summary: {
        state: 'published',
        completedSteps: ['chatPosted', 'mailSent', 'tasksCreated'],
        ...(report.chat.messageId ? { chatMessageId: report.chat.messageId } : {}),
        publishedAt: AFTER_FIRST_MEETING.toISOString(),
      },
    });
  }
  return report;
}

// ---------- what the emulator holds ----------

const DANA = DEMO_USER_IDS.dana;

/** The CX lead's series masters titled `title`. */
export function seriesIn(state: EmulatorState, title = MEETING_TITLE): string[] {
  return Object.entries(state.events)
    .filter(
      ([, stored]) =>
        stored.ownerId === DANA &&
        stored.event.type === 'seriesMaster' &&
        stored.event.subject === title,
    )
    .map(([id]) => id);
}

/** Chat messages whose body carries the summary's reference. */
export function summaryMessagesIn(state: EmulatorState, chatId: string, outcomes: MeetingOutcomes) {
  const reference = summaryReference({ meetingId: outcomes.meetingId });
  return (state.chats[chatId]?.messages ?? []).filter((message) =>
    String((message.body as { content?: string } | undefined)?.content ?? '').includes(reference),
  );
}

/** Inbox copies of the summary mail per recipient address (lower case). */
export function mailsPerRecipient(
  state: EmulatorState,
  options: { outcomes: MeetingOutcomes; charter: Charter },
): Map<string, number> {
  const summary = summaryOf(options.outcomes, {
    charter: options.charter,
    title: MEETING_TITLE,
    timeZone: TEAM_ZONE,
  });
  const subject = summaryMailSubject(
    summary,
    summaryReference({ meetingId: options.outcomes.meetingId }),
  );
  const counts = new Map<string, number>(
    summary.recipients.map((recipient) => [recipient.email.toLowerCase(), 0]),
  );
  for (const stored of Object.values(state.messages)) {
    if (stored.folder !== 'inbox' || stored.message.subject !== subject) continue;
    const owner = state.users[stored.ownerId]?.user;
    const address = String(owner?.mail ?? owner?.userPrincipalName ?? '').toLowerCase();
    counts.set(address, (counts.get(address) ?? 0) + 1);
  }
  return counts;
}

/** Planner tasks per action, by the action's key in the task title. */
export function tasksPerAction(state: EmulatorState, outcomes: MeetingOutcomes): number[] {
  const titles = Object.values(state.planner.tasks).map((task) => String(task.title ?? ''));
  return outcomes.actions.map(
    (action) => titles.filter((title) => title.includes(actionTaskKey(action.id))).length,
  );
}

/** List items per key in one of the records lists. */
export function listItemsPerKey(
  state: EmulatorState,
  location: RecordsLocation,
  list: RecordListKey,
): Map<string, number> {
  const site = Object.values(state.sites).find((candidate) =>
    Object.keys(candidate.lists).includes(location.listIds[list]),
  );
  const items = Object.values(site?.lists[location.listIds[list]]?.items ?? {});
  const keyColumn = listSchemaOf(list).keyColumn;
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = String(item.fields[keyColumn] ?? '');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Each record stored exactly once, and nothing else in its list: `{ key: 1, … }`. */
export function onceEach(keys: readonly string[]): Map<string, number> {
  return new Map(keys.map((key) => [key, 1]));
}
