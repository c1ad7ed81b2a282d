import { DEMO_CX_GROUP_ID, DEMO_CX_LEAD_UPN } from '../../../emulator/seed/constants';
import { DEFAULT_CATEGORY_IDS, DEFAULT_ROLE_IDS } from '../../../src/domain/charter';
import {
  actionItemId,
  decisionId,
  missionMomentId,
  occurrenceId,
  type MemberId,
} from '../../../src/domain/ids';
import {
  approveDecision,
  captureMissionMoment,
  createActionItem,
  meetingIdOf,
  recordDecision,
} from '../../../src/domain/records';
import { GraphClient } from '../../../src/graph/client';
import {
  recordsLocationByTitle,
  syncMeetingEntries,
  type MeetingEntryValue,
  type MeetingRef,
} from '../../../src/graph/meetingPanel';
import { resolveRecordsSiteId } from '../../../src/graph/records';
import { workspaceAt, type CxWorkspace } from '../../../src/graph/workspace';
import { startEmulatorSession, type EmulatorSession } from '../support/emulatorSession';
import {
  AMARA,
  COUNCIL_CADENCE_ID,
  DANA,
  MARCUS,
  SAM,
  SECOND_MEETING,
  councilCharter,
  seedCouncil,
} from './fixtures';

jest.setTimeout(60_000);

const occurrence = occurrenceId(SECOND_MEETING);
const meeting: MeetingRef = {
  cadenceId: COUNCIL_CADENCE_ID,
  occurrenceId: occurrence,
  meetingId: meetingIdOf(COUNCIL_CADENCE_ID, occurrence),
  scheduledStart: SECOND_MEETING,
};
const source = { meetingId: meeting.meetingId, occurrenceId: occurrence };
const charter = councilCharter();

function decisionEntry(id: string, approver: MemberId = DANA): MeetingEntryValue {
  const isSponsor = approver === AMARA;
  return {
    kind: 'decision',
    value: recordDecision({
      charter,
      id: decisionId(id),
      ...source,
      categoryId: DEFAULT_CATEGORY_IDS.resourcesBudget,
      statement: `Fund ${id}`,
      driver: { roleId: DEFAULT_ROLE_IDS.cxLead, memberId: DANA },
      approver: {
        roleId: isSponsor ? DEFAULT_ROLE_IDS.executiveSponsor : DEFAULT_ROLE_IDS.cxLead,
        memberId: approver,
      },
      decidedAt: '2026-03-24T15:30:00Z',
    }),
  };
}

function actionEntry(id: string): MeetingEntryValue {
  return {
    kind: 'action',
    value: createActionItem({
      id: actionItemId(id),
      title: `Do ${id}`,
      owner: MARCUS,
      dueDate: '2026-04-07',
      meetingDate: '2026-03-24',
      source,
    }),
  };
}

const momentEntry: MeetingEntryValue = {
  kind: 'missionMoment',
  value: captureMissionMoment({
    id: missionMomentId('moment-1'),
    ...source,
    presenterId: SAM,
    capturedAt: '2026-03-24T15:05:00Z',
    story: 'A customer got a refund the same day.',
    livedUpToMission: true,
    why: 'We kept our promise.',
  }),
};

describe('syncMeetingEntries', () => {
  let session: EmulatorSession;
  let lead: GraphClient;
  let workspace: CxWorkspace;

  beforeAll(async () => {
    session = await startEmulatorSession();
    lead = await session.clientFor(DEMO_CX_LEAD_UPN);
    await seedCouncil(lead);
    const siteId = await resolveRecordsSiteId(lead, DEMO_CX_GROUP_ID);
    workspace = workspaceAt({
      client: lead,
      groupId: DEMO_CX_GROUP_ID,
      location: recordsLocationByTitle(siteId),
    });
  });
  afterAll(() => session.close());

  const stored = async () => ({
    decisions: (await workspace.decisions.forMeeting(meeting.meetingId)).records.map(
      (r) => r.value.id,
    ),
    actions: (await workspace.actions.forMeeting(meeting.meetingId)).records.map((r) => r.value.id),
    moments: (await workspace.missionMoments.forMeeting(meeting.meetingId)).records.map(
      (r) => r.value.id,
    ),
    meeting: (await workspace.meetings.read(meeting.meetingId))?.value.record,
  });

  it('appends every entry and creates the meeting record listing them', async () => {
    const entries = [
      momentEntry,
      decisionEntry('pilot', DANA),
      actionEntry('a1'),
      actionEntry('a2'),
    ];
    const report = await syncMeetingEntries({ workspace, meeting, entries });
    expect(report.failed).toEqual([]);
    expect([...report.synced].sort()).toEqual(['a1', 'a2', 'moment-1', 'pilot']);
    const after = await stored();
    expect(after.decisions).toEqual(['pilot']);
    expect(after.actions.sort()).toEqual(['a1', 'a2']);
    expect(after.moments).toEqual(['moment-1']);
    expect(after.meeting).toMatchObject({
      status: 'held',
      scheduledStart: SECOND_MEETING,
      missionMomentId: 'moment-1',
      decisionIds: ['pilot'],
      actionIds: ['a1', 'a2'],
    });
  });

  it('writes nothing twice when the same entries are synced again (a replay)', async () => {
    const entries = [
      momentEntry,
      decisionEntry('pilot', DANA),
      actionEntry('a1'),
      actionEntry('a2'),
    ];
    const report = await syncMeetingEntries({ workspace, meeting, entries });
    expect(report.failed).toEqual([]);
    const after = await stored();
    expect(after.decisions).toEqual(['pilot']);
    expect(after.actions.sort()).toEqual(['a1', 'a2']);
    expect(after.meeting?.decisionIds).toEqual(['pilot']);
  });

  it('keeps both links when two people sync at the same time', async () => {
    const sam = await session.clientFor('sam.taylor@contoso.example');
    const samWorkspace = workspaceAt({
      client: sam,
      groupId: DEMO_CX_GROUP_ID,
      location: workspace.location,
    });
    const [mine, theirs] = await Promise.all([
      syncMeetingEntries({ workspace, meeting, entries: [decisionEntry('mine')] }),
      syncMeetingEntries({ workspace: samWorkspace, meeting, entries: [actionEntry('theirs')] }),
    ]);
    expect(mine.failed).toEqual([]);
    expect(theirs.failed).toEqual([]);
    const after = await stored();
    expect(after.meeting?.decisionIds).toEqual(['pilot', 'mine']);
    expect(after.meeting?.actionIds).toEqual(['a1', 'a2', 'theirs']);
  });

  it('counts an entry changed since it was synced (a decision approved later) as synced', async () => {
    const pending = decisionEntry('needs-sponsor', DANA);
    await syncMeetingEntries({ workspace, meeting, entries: [pending] });
    const current = await workspace.decisions.read(decisionId('needs-sponsor'));
    if (!current) throw new Error('The decision was not saved');
    expect(current.value.status).toBe('pendingApproval');
    await workspace.decisions.update(
      current,
      approveDecision({
        charter,
        decision: current.value,
        memberId: AMARA,
        at: '2026-03-25T09:00:00Z',
      }),
    );
    const replay = await syncMeetingEntries({ workspace, meeting, entries: [pending] });
    expect(replay).toMatchObject({ synced: ['needs-sponsor'], failed: [] });
    expect((await stored()).decisions.filter((id) => id === 'needs-sponsor')).toHaveLength(1);
  });

  it('reports each entry as failed, without throwing, when Graph keeps failing', async () => {
    await session.faults({ serverErrorRate: 1 });
    try {
      const report = await syncMeetingEntries({
        workspace,
        meeting,
        entries: [decisionEntry('later'), actionEntry('later-action')],
      });
      expect(report.synced).toEqual([]);
      expect(report.failed.map((failure) => failure.id).sort()).toEqual(['later', 'later-action']);
    } finally {
      await session.faults(undefined);
    }
    expect((await stored()).decisions).not.toContain('later');
  });
});
