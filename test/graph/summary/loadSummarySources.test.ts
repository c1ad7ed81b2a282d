import { DEMO_CX_GROUP_ID, DEMO_CX_LEAD_UPN } from '../../../emulator/seed/constants';
import { cadenceId } from '../../../src/domain/ids';
import { meetingIdOf } from '../../../src/domain/records';
import { nextMeetingOf } from '../../../src/domain/summaryReview';
import type { GraphClient } from '../../../src/graph/client';
import { NOT_PUBLISHED } from '../../../src/graph/records';
import {
  SummarySourceError,
  findMeetingChat,
  loadMeetingTab,
  loadSummarySources,
  summaryOfSources,
} from '../../../src/graph/summary';
import { countRequests, startEmulatorSession } from '../support/emulatorSession';
import type { EmulatorRequest, EmulatorSession } from '../support/emulatorSession';
import {
  DANA,
  FEBRUARY,
  MARCH,
  NOW,
  SUMMARY_CADENCE_ID,
  meetingOutcomes,
  seedCouncil,
  storeMeeting,
} from './support';

jest.setTimeout(60_000);

/** Top-level requests that were all in flight together: one round trip. */
function inOneRoundTrip(log: readonly EmulatorRequest[]): boolean {
  const top = log.filter((entry) => entry.batchId === undefined);
  const lastStart = Math.max(...top.map((entry) => Date.parse(entry.startedAt)));
  const firstEnd = Math.min(...top.map((entry) => Date.parse(entry.endedAt)));
  return lastStart <= firstEnd;
}

describe('summary sources', () => {
  let session: EmulatorSession;
  let lead: GraphClient;

  beforeAll(async () => {
    session = await startEmulatorSession();
  });
  afterAll(() => session.close());

  beforeEach(async () => {
    await session.reset('demo');
    lead = await session.clientFor(DEMO_CX_LEAD_UPN);
  });

  describe('loadSummarySources', () => {
    it('reads the meeting, its outcomes, the cadence, the charter and the members in one round trip', async () => {
      const { workspace, charter } = await seedCouncil(lead);
      const march = meetingOutcomes(charter);
      await storeMeeting(workspace, march);
      // Another meeting's outcomes are never mixed in.
      await storeMeeting(workspace, meetingOutcomes(charter, FEBRUARY, 'feb'));

      const before = (await session.requests()).length;
      const sources = await loadSummarySources({
        workspace,
        cadenceId: SUMMARY_CADENCE_ID,
        occurrenceId: MARCH,
      });
      const log = (await session.requests()).slice(before);

      expect(countRequests(log)).toEqual({ http: 2, inner: 6 });
      expect(
        log
          .filter((entry) => !entry.batchId)
          .map((entry) => `${entry.method} ${entry.path.split('?')[0] ?? ''}`)
          .sort(),
      ).toEqual([`GET /v1.0/groups/${DEMO_CX_GROUP_ID}/members`, 'POST /v1.0/$batch']);
      expect(inOneRoundTrip(log)).toBe(true);
      expect(log.every((entry) => entry.method === 'GET' || entry.path.endsWith('$batch'))).toBe(
        true,
      );

      expect(sources.meetingId).toBe(march.meetingId);
      expect(sources.meeting.value).toEqual({ record: march.record, summary: NOT_PUBLISHED });
      expect(sources.cadence.value.cadence.id).toBe(SUMMARY_CADENCE_ID);
      expect(sources.charter.mission).toBe(charter.mission);
      expect(sources.missionMoment).toEqual(march.moment);
      expect(sources.decisions).toEqual(march.decisions);
      expect(sources.actions.map((stored) => stored.value)).toEqual(march.actions);
      expect(sources.actions.every((stored) => stored.etag !== '')).toBe(true);
      expect(sources.unreadable).toEqual([]);
      expect(sources.members.map((member) => member.id)).toContain(DANA);

      const summary = summaryOfSources(sources);
      expect(summary).toMatchObject({
        title: 'CX Council',
        date: '2026-03-02',
        dateLabel: 'Monday 2 March 2026, 09:00 GMT',
      });
      expect(summary.newActions.map((action) => action.title)).toEqual([
        'Send the NPS survey',
        'Brief sales on the callback pilot',
      ]);
    });

    it('saves the members request when the members are given: one $batch', async () => {
      const { workspace, charter } = await seedCouncil(lead);
      await storeMeeting(workspace, meetingOutcomes(charter));
      const members = (
        await loadSummarySources({ workspace, cadenceId: SUMMARY_CADENCE_ID, occurrenceId: MARCH })
      ).members;

      const before = (await session.requests()).length;
      const sources = await loadSummarySources({
        workspace,
        cadenceId: SUMMARY_CADENCE_ID,
        occurrenceId: MARCH,
        members,
      });
      const log = (await session.requests()).slice(before);
      expect(countRequests(log)).toEqual({ http: 1, inner: 6 });
      expect(sources.members).toBe(members);
    });

    it('lists outcomes in the record order, then those the record does not link yet', async () => {
      const { workspace, charter } = await seedCouncil(lead);
      const march = meetingOutcomes(charter);
      const [callback, refunds] = march.decisions;
      const [survey, brief] = march.actions;
      if (!callback || !refunds || !survey || !brief) throw new Error('The fixture changed');
      await storeMeeting(workspace, {
        ...march,
        record: {
          ...march.record,
          decisionIds: [refunds.id],
          actionIds: [brief.id],
        },
      });
      const sources = await loadSummarySources({
        workspace,
        cadenceId: SUMMARY_CADENCE_ID,
        occurrenceId: MARCH,
      });
      expect(sources.decisions.map((decision) => decision.id)).toEqual([refunds.id, callback.id]);
      expect(sources.actions.map((stored) => stored.value.id)).toEqual([brief.id, survey.id]);
    });

    it('keeps a Mission Moment captured for the meeting even when the record does not link it yet', async () => {
      const { workspace, charter } = await seedCouncil(lead);
      const march = meetingOutcomes(charter);
      const { missionMomentId: _linked, ...unlinked } = march.record;
      await storeMeeting(workspace, { ...march, record: unlinked });
      const sources = await loadSummarySources({
        workspace,
        cadenceId: SUMMARY_CADENCE_ID,
        occurrenceId: MARCH,
      });
      expect(sources.missionMoment).toEqual(march.moment);
      expect(summaryOfSources(sources).missionMoment?.story).toBe(march.moment.story);
    });

    it('shows an item edited by hand as unreadable instead of dropping it silently', async () => {
      const { workspace, charter } = await seedCouncil(lead);
      const march = meetingOutcomes(charter);
      await storeMeeting(workspace, march);
      const [edited] = march.actions;
      if (!edited) throw new Error('The fixture changed');
      const stored = await workspace.actions.read(edited.id);
      await lead.request({
        method: 'PATCH',
        url: `/sites/${workspace.records.siteId}/lists/${workspace.records.listIds.actionItems}/items/${stored?.itemId ?? ''}/fields`,
        body: { RecordJson: '{ not json' },
      });
      const sources = await loadSummarySources({
        workspace,
        cadenceId: SUMMARY_CADENCE_ID,
        occurrenceId: MARCH,
      });
      expect(sources.actions.map((action) => action.value.id)).toEqual([march.actions[1]?.id]);
      expect(sources.unreadable).toHaveLength(1);
      expect(sources.unreadable[0]?.message).toMatch(/edited by hand/);
    });

    it.each([
      [
        'noMeeting',
        async () => {
          await seedCouncil(lead);
        },
        `There is no record of this meeting (${meetingIdOf(SUMMARY_CADENCE_ID, MARCH)}) yet: open CX Cadence's side panel in the meeting to capture it, then review the summary.`,
      ],
      [
        'noCadence',
        async () => {
          const { workspace, charter } = await seedCouncil(lead, { cadence: false });
          await storeMeeting(workspace, meetingOutcomes(charter));
        },
        `The cadence "${SUMMARY_CADENCE_ID}" is not in the team's records: open the summary from the meeting, or plan the cadence first.`,
      ],
      [
        'noCharter',
        async () => {
          const { workspace, charter } = await seedCouncil(lead, { charter: false });
          await storeMeeting(workspace, meetingOutcomes(charter));
        },
        'The CX team has no charter yet: set it up in the CX hub, then review the summary.',
      ],
    ])('says what to do when the records lack it (%s)', async (code, seed, message) => {
      await seed();
      const { workspace } = await seedCouncil(lead, { charter: false, cadence: false });
      const attempt = loadSummarySources({
        workspace,
        cadenceId: SUMMARY_CADENCE_ID,
        occurrenceId: MARCH,
      });
      await expect(attempt).rejects.toBeInstanceOf(SummarySourceError);
      await expect(attempt).rejects.toMatchObject({ code, message, name: 'SummarySourceError' });
    });
  });

  describe('findMeetingChat', () => {
    it("finds the series' meeting chat from its join URL", async () => {
      const { workspace, chatId } = await seedCouncil(lead, { schedule: true });
      const cadence = await workspace.cadences.read(SUMMARY_CADENCE_ID);
      expect(await findMeetingChat(lead, cadence?.value ?? {})).toBe(chatId);
    });

    it('says to schedule the cadence first when it has no series (notScheduled)', async () => {
      const before = (await session.requests()).length;
      const attempt = findMeetingChat(lead, {});
      await expect(attempt).rejects.toMatchObject({
        code: 'notScheduled',
        message:
          'This cadence has no Teams meeting series yet, so there is no meeting chat to post in: schedule it in the cadence planner.',
      });
      expect(await session.requests()).toHaveLength(before);
    });

    it('says the chat cannot be found when the series is gone or is not a Teams meeting (noChat)', async () => {
      const message =
        "The meeting chat could not be found: publish from the meeting's chat tab, or sign in as the meeting's organizer.";
      await expect(findMeetingChat(lead, { seriesId: 'AAMkAGone=' })).rejects.toMatchObject({
        code: 'noChat',
        message,
      });
      const offline = await lead.request<{ id: string }>({
        method: 'POST',
        url: '/me/events',
        body: {
          subject: 'CX Council (room only)',
          start: { dateTime: '2026-03-09T09:00:00', timeZone: 'UTC' },
          end: { dateTime: '2026-03-09T10:00:00', timeZone: 'UTC' },
        },
      });
      await expect(findMeetingChat(lead, { seriesId: offline.id })).rejects.toMatchObject({
        code: 'noChat',
        message,
      });
    });
  });

  describe('loadMeetingTab', () => {
    it('reads the cadence, its last published summary and the members; the next meeting follows', async () => {
      const { workspace, charter } = await seedCouncil(lead);
      await storeMeeting(workspace, meetingOutcomes(charter, FEBRUARY, 'feb'), {
        state: 'published',
        completedSteps: ['chatPosted', 'mailSent', 'tasksCreated'],
        publishedAt: '2026-02-23T11:00:00Z',
      });
      await storeMeeting(workspace, meetingOutcomes(charter, MARCH, 'mar'), {
        state: 'inProgress',
        completedSteps: ['chatPosted'],
      });

      const before = (await session.requests()).length;
      const tab = await loadMeetingTab({ workspace, cadenceId: SUMMARY_CADENCE_ID });
      const log = (await session.requests()).slice(before);

      // Cadence, meetings and members together; then the February sources in one $batch.
      expect(countRequests(log)).toEqual({ http: 4, inner: 6 });
      expect(tab.cadence.cadence.id).toBe(SUMMARY_CADENCE_ID);
      expect(tab.members.map((member) => member.id)).toContain(DANA);
      expect(tab.lastPublished?.meeting.value.record.occurrenceId).toBe(FEBRUARY);
      expect(tab.lastPublished?.meeting.value.summary.publishedAt).toBe('2026-02-23T11:00:00Z');
      expect(tab.lastPublished?.summary).toMatchObject({
        date: '2026-02-23',
        dateLabel: 'Monday 23 February 2026, 09:00 GMT',
      });
      expect(tab.lastPublished?.summary.decisions.map((decision) => decision.statement)).toEqual([
        'Pilot a callback option',
        'Fund a refunds specialist',
      ]);

      expect(nextMeetingOf({ cadence: tab.cadence.cadence, now: NOW })).toMatchObject({
        utcStart: '2026-03-09T09:00:00Z',
        dateLabel: 'Monday 9 March 2026',
        timeLabel: '09:00–10:00 GMT',
      });
    });

    it('has no last summary before anything is published', async () => {
      const { workspace, charter } = await seedCouncil(lead);
      await storeMeeting(workspace, meetingOutcomes(charter));
      const tab = await loadMeetingTab({ workspace, cadenceId: SUMMARY_CADENCE_ID });
      expect(tab.lastPublished).toBeUndefined();
    });

    it('says when the cadence is not in the records', async () => {
      const { workspace } = await seedCouncil(lead);
      await expect(
        loadMeetingTab({ workspace, cadenceId: cadenceId('no-such-cadence') }),
      ).rejects.toMatchObject({ code: 'noCadence' });
    });
  });
});
