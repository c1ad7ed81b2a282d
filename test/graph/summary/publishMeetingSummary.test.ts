import type { ChatMessage, PlannerTask } from '@microsoft/microsoft-graph-types';
import { DEMO_CX_LEAD_UPN, DEMO_CX_PLAN_ID } from '../../../emulator/seed/constants';
import type { GraphClient } from '../../../src/graph/client';
import { actionTaskKey } from '../../../src/graph/planner';
import { summaryMailSubject, summaryReference } from '../../../src/graph/publishing';
import { RecordConflictError } from '../../../src/graph/records';
import type { MeetingEntry, MeetingRepository, StoredRecord } from '../../../src/graph/records';
import {
  loadSummarySources,
  publishMeetingSummary,
  summaryOfSources,
} from '../../../src/graph/summary';
import type { PublishMeetingSummaryOptions, SummarySources } from '../../../src/graph/summary';
import { workspaceAt } from '../../../src/graph/workspace';
import type { CxWorkspace } from '../../../src/graph/workspace';
import { SimulatedCrash, crashAfterWrites, writesIn } from '../planner/support';
import { mailWithSubject } from '../publishing/support';
import { startEmulatorSession } from '../support/emulatorSession';
import type { EmulatorSession } from '../support/emulatorSession';
import {
  MARCH,
  MARCUS,
  SUMMARY_CADENCE_ID,
  meetingOutcomes,
  seedCouncil,
  storeMeeting,
} from './support';
import type { MeetingOutcomes } from './support';

jest.setTimeout(120_000);

const PUBLISHED_AT = new Date('2026-03-02T12:30:00Z');
const ALL_STEPS = ['chatPosted', 'mailSent', 'tasksCreated'];

/**
 * Writes of a first publication: the meeting marked inProgress (1), the cadence's bucket (2), one
 * $batch of chat, mail and the two tasks (3–6), each action's task id (7–8), published (9).
 */
const FIRST_PUBLICATION_WRITES = 9;

describe('publishMeetingSummary', () => {
  let session: EmulatorSession;
  let lead: GraphClient;
  let workspace: CxWorkspace;
  let chatId: string;
  let march: MeetingOutcomes;

  beforeAll(async () => {
    session = await startEmulatorSession();
  });
  afterAll(() => session.close());

  beforeEach(async () => {
    await session.reset('demo');
    lead = await session.clientFor(DEMO_CX_LEAD_UPN);
    const seeded = await seedCouncil(lead, { schedule: true });
    workspace = seeded.workspace;
    chatId = seeded.chatId ?? '';
    march = meetingOutcomes(seeded.charter);
    await storeMeeting(workspace, march);
  });

  const load = () =>
    loadSummarySources({ workspace, cadenceId: SUMMARY_CADENCE_ID, occurrenceId: MARCH });

  const publish = (sources: SummarySources, change: Partial<PublishMeetingSummaryOptions> = {}) =>
    publishMeetingSummary({
      workspace,
      sources,
      summary: summaryOfSources(sources),
      chatId,
      now: () => PUBLISHED_AT,
      ...change,
    });

  const reference = () => summaryReference({ meetingId: march.meetingId });

  /** What exists in Graph: summary messages, sent mails, tasks per action. */
  async function published() {
    const messages = (
      await lead.request<{ value: ChatMessage[] }>({
        method: 'GET',
        url: `/chats/${encodeURIComponent(chatId)}/messages?$top=50`,
      })
    ).value.filter((message) => (message.body?.content ?? '').includes(reference()));
    const sources = await load();
    const subject = summaryMailSubject(summaryOfSources(sources), reference());
    const mails = await mailWithSubject(lead, 'sentitems', subject);
    const tasks = (
      await lead.request<{ value: PlannerTask[] }>({
        method: 'GET',
        url: `/planner/plans/${DEMO_CX_PLAN_ID}/tasks?$top=999`,
      })
    ).value;
    return {
      messages: messages.length,
      mails: mails.length,
      tasks: march.actions.map(
        (action) => tasks.filter((task) => task.title?.includes(actionTaskKey(action.id))).length,
      ),
      taskIds: march.actions.map(
        (action) => tasks.find((task) => task.title?.includes(actionTaskKey(action.id)))?.id,
      ),
      messageId: messages[0]?.id,
      sources,
    };
  }

  /** The meetings repository, noting the publication state of every save. */
  function noting(meetings: MeetingRepository, states: string[]): MeetingRepository {
    return {
      ...meetings,
      update: (current, next) => {
        states.push(next.summary.state);
        return meetings.update(current, next);
      },
    };
  }

  it('marks the meeting inProgress before the first post, then published with its steps, time and chat message', async () => {
    const states: string[] = [];
    const sources = await load();
    const result = await publish(sources, {
      workspace: { ...workspace, meetings: noting(workspace.meetings, states) },
    });

    expect(states).toEqual(['inProgress', 'published']);
    expect(result.failures).toEqual([]);
    expect(result.report).toMatchObject({
      chat: { outcome: 'done' },
      mail: { outcome: 'done' },
      tasks: [{ outcome: 'done' }, { outcome: 'done' }],
    });
    const after = await published();
    expect(after).toMatchObject({ messages: 1, mails: 1, tasks: [1, 1] });
    expect(result.meeting.value.summary).toEqual({
      state: 'published',
      completedSteps: ALL_STEPS,
      chatMessageId: after.messageId,
      publishedAt: PUBLISHED_AT.toISOString(),
    });
    expect(after.sources.meeting.value.summary).toEqual(result.meeting.value.summary);
    expect(after.sources.meeting.value.record).toEqual(march.record);
    // Each action keeps its Planner task's id.
    expect(after.sources.actions.map((stored) => stored.value.plannerTaskId)).toEqual(
      after.taskIds,
    );
  });

  it('the first write is the inProgress mark and the last the published one', async () => {
    const before = (await session.requests()).length;
    await publish(await load());
    const writes = writesIn((await session.requests()).slice(before));
    const meetingItem = `/lists/${workspace.records.listIds.meetings}/items/`;
    expect(writes).toHaveLength(FIRST_PUBLICATION_WRITES);
    expect(writes[0]?.path).toContain(meetingItem);
    expect(writes[writes.length - 1]?.path).toContain(meetingItem);
  });

  it('publishing again writes nothing: no message, mail, task or record save', async () => {
    await publish(await load());
    const again = await load();
    const before = (await session.requests()).length;
    const result = await publish(again, { now: () => new Date('2026-03-03T08:00:00Z') });
    const log = (await session.requests()).slice(before);

    expect(writesIn(log)).toEqual([]);
    expect(result.report).toMatchObject({
      chat: { outcome: 'alreadyDone' },
      mail: { outcome: 'alreadyDone', sentTo: [] },
      tasks: [{ outcome: 'alreadyDone' }, { outcome: 'alreadyDone' }],
    });
    expect(result.meeting.value.summary.publishedAt).toBe(PUBLISHED_AT.toISOString());
    expect(await published()).toMatchObject({ messages: 1, mails: 1, tasks: [1, 1] });
  });

  it.each(Array.from({ length: FIRST_PUBLICATION_WRITES + 1 }, (_, index) => index))(
    'a crash after write %i, then Try again with the sources read before, ends with one of each',
    async (landed) => {
      const sources = await load();
      const crashing = workspaceAt({
        client: crashAfterWrites(lead, landed),
        groupId: workspace.groupId,
        location: workspace.location,
      });
      await expect(publish(sources, { workspace: crashing })).rejects.toThrow(SimulatedCrash);

      const result = await publish(sources);
      expect(result.failures).toEqual([]);
      const after = await published();
      expect(after).toMatchObject({ messages: 1, mails: 1, tasks: [1, 1] });
      expect(after.sources.meeting.value.summary).toMatchObject({
        state: 'published',
        completedSteps: ALL_STEPS,
        chatMessageId: after.messageId,
      });
      expect(after.sources.actions.map((stored) => stored.value.plannerTaskId)).toEqual(
        after.taskIds,
      );
    },
  );

  it('records a failed step instead of throwing, and publishing again finishes it', async () => {
    const sources = await load();
    const failed = await publish(sources, { chatId: '19:no-such-chat@thread.v2' });
    expect(failed.failures.map((failure) => failure.step)).toEqual(['chat']);
    expect(failed.meeting.value.summary).toEqual({
      state: 'inProgress',
      completedSteps: ['mailSent', 'tasksCreated'],
    });

    const finished = await publish(await load());
    expect(finished.failures).toEqual([]);
    expect(finished.meeting.value.summary).toMatchObject({
      state: 'published',
      completedSteps: ALL_STEPS,
      publishedAt: PUBLISHED_AT.toISOString(),
    });
    expect(await published()).toMatchObject({ messages: 1, mails: 1, tasks: [1, 1] });
  });

  it("keeps someone else's change to the meeting entry made while the summary was open (412)", async () => {
    const sources = await load();
    // The side panel marks Marcus as present after all, after the summary was opened.
    const current = await workspace.meetings.read(march.meetingId);
    if (!current) throw new Error('The meeting is not stored');
    const attendance = current.value.record.attendance.map((entry) =>
      entry.memberId === MARCUS ? { ...entry, attended: true } : entry,
    );
    await workspace.meetings.update(current, {
      ...current.value,
      record: { ...current.value.record, attendance },
    });

    const result = await publish(sources);
    const stored = await workspace.meetings.read(march.meetingId);
    expect(stored?.value.record.attendance).toEqual(attendance);
    expect(stored?.value.summary).toMatchObject({ state: 'published', completedSteps: ALL_STEPS });
    expect(stored?.etag).toBe(result.meeting.etag);
  });

  it('stops before posting anything when the meeting entry changes again under the retry', async () => {
    const sources = await load();
    let edits = 0;
    const busy: MeetingRepository = {
      ...workspace.meetings,
      update: async (at: StoredRecord<MeetingEntry>, next: MeetingEntry) => {
        // Someone saves the entry just before each of this save's attempts.
        const latest = await workspace.meetings.read(march.meetingId);
        if (latest) {
          edits += 1;
          await workspace.meetings.update(latest, {
            ...latest.value,
            record: { ...latest.value.record, attendance: [...latest.value.record.attendance] },
            summary: { ...latest.value.summary, completedSteps: [`edit-${edits}`] },
          });
        }
        return workspace.meetings.update(at, next);
      },
    };
    await expect(
      publish(sources, { workspace: { ...workspace, meetings: busy } }),
    ).rejects.toBeInstanceOf(RecordConflictError);
    expect(edits).toBe(2);
    expect(await published()).toMatchObject({ messages: 0, mails: 0, tasks: [0, 0] });
  });
});
