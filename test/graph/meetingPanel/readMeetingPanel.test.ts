import { DEMO_CX_GROUP_ID, DEMO_CX_LEAD_UPN } from '../../../emulator/seed/constants';
import { DEFAULT_CATEGORY_IDS, DEFAULT_ROLE_IDS } from '../../../src/domain/charter';
import { ValidationError } from '../../../src/domain/errors';
import { actionItemId, decisionId, occurrenceId, type OccurrenceId } from '../../../src/domain/ids';
import { createActionItem, meetingIdOf, recordDecision } from '../../../src/domain/records';
import { resolveRecordsSiteId } from '../../../src/graph/records';
import {
  MeetingPanelError,
  readMeetingPanel,
  type MeetingPanelAgenda,
} from '../../../src/graph/meetingPanel';
import type { CxWorkspace } from '../../../src/graph/workspace';
import {
  countRequests,
  startEmulatorSession,
  type EmulatorSession,
} from '../support/emulatorSession';
import {
  AMARA,
  COUNCIL_CADENCE_ID,
  DANA,
  FIRST_MEETING,
  MARCUS,
  MISSION,
  SAM,
  SECOND_MEETING,
  councilCharter,
  seedCouncil,
} from './fixtures';

jest.setTimeout(60_000);

const SAM_UPN = 'sam.taylor@contoso.example';

describe('readMeetingPanel', () => {
  let session: EmulatorSession;
  let workspace: CxWorkspace;
  let siteId: string;

  const first = occurrenceId(FIRST_MEETING);
  const firstMeeting = meetingIdOf(COUNCIL_CADENCE_ID, first);

  beforeAll(async () => {
    session = await startEmulatorSession();
    const lead = await session.clientFor(DEMO_CX_LEAD_UPN);
    workspace = await seedCouncil(lead);
    siteId = await resolveRecordsSiteId(lead, DEMO_CX_GROUP_ID);
    const charter = councilCharter();
    const decide = (id: string, deferred: boolean) =>
      recordDecision({
        charter,
        id: decisionId(id),
        meetingId: firstMeeting,
        occurrenceId: first,
        categoryId: DEFAULT_CATEGORY_IDS.resourcesBudget,
        statement: `Decision ${id}`,
        driver: { roleId: DEFAULT_ROLE_IDS.cxLead, memberId: DANA },
        approver: { roleId: DEFAULT_ROLE_IDS.executiveSponsor, memberId: AMARA },
        decidedAt: '2026-03-10T15:20:00Z',
        deferred,
      });
    const act = (id: string, status: 'notStarted' | 'completed') =>
      createActionItem({
        id: actionItemId(id),
        title: `Action ${id}`,
        owner: MARCUS,
        dueDate: '2026-03-20',
        meetingDate: '2026-03-10',
        source: { meetingId: firstMeeting, occurrenceId: first },
        status,
      });
    await workspace.decisions.appendMany([
      decide('budget-deferred', true),
      decide('budget-ok', false),
    ]);
    await workspace.actions.appendMany([act('open', 'notStarted'), act('done', 'completed')]);
  });
  afterAll(() => session.close());

  async function measured(options: { occurrenceId?: OccurrenceId; siteId?: string; now?: string }) {
    const client = await session.clientFor(SAM_UPN);
    const before = (await session.requests()).length;
    let agendaAt: number | undefined;
    const agendas: MeetingPanelAgenda[] = [];
    const panel = await readMeetingPanel({
      client,
      groupId: DEMO_CX_GROUP_ID,
      cadenceId: COUNCIL_CADENCE_ID,
      ...(options.occurrenceId ? { occurrenceId: options.occurrenceId } : {}),
      ...(options.siteId ? { siteId: options.siteId } : {}),
      now: () => new Date(options.now ?? '2026-03-24T15:10:00Z'),
      onAgenda: (agenda) => {
        agendaAt = client.metrics.snapshot().roundTrips;
        agendas.push(agenda);
      },
    });
    const log = (await session.requests()).slice(before);
    return { panel, agendas, agendaAt, roundTrips: client.metrics.snapshot().roundTrips, log };
  }

  it('shows the agenda after one round trip when the site id is cached (5 HTTP requests sent together)', async () => {
    const run = await measured({ occurrenceId: occurrenceId(SECOND_MEETING), siteId });
    expect(run.agendaAt).toBe(1);
    expect(run.roundTrips).toBe(1);
    expect(countRequests(run.log)).toEqual({ http: 5, inner: 4 });
    expect(run.agendas).toHaveLength(1);
    expect(run.panel.charter.mission).toBe(MISSION);
    expect(run.panel.cadence.agenda.items.map((item) => item.kind)[0]).toBe('missionMoment');
  });

  it('shows the agenda after two round trips on a first visit (site id looked up)', async () => {
    const run = await measured({ occurrenceId: occurrenceId(SECOND_MEETING) });
    expect(run.agendaAt).toBe(2);
    expect(run.roundTrips).toBe(2);
    expect(countRequests(run.log).http).toBe(6);
    expect(run.panel.location.siteId).toBe(siteId);
  });

  it('looks the site up again when the cached id is stale', async () => {
    const run = await measured({ occurrenceId: occurrenceId(SECOND_MEETING), siteId: 'gone,1,2' });
    expect(run.panel.location.siteId).toBe(siteId);
    expect(run.roundTrips).toBe(3);
  });

  it('carries over the deferred decision and the open action from the first meeting', async () => {
    const { panel } = await measured({ occurrenceId: occurrenceId(SECOND_MEETING), siteId });
    expect(panel.carryOver.deferredDecisions.map((d) => d.id)).toEqual(['budget-deferred']);
    expect(panel.carryOver.openActions.map((a) => a.id)).toEqual(['open']);
    expect(panel.thisMeeting.decisions).toEqual([]);
    expect(panel.meeting).toBeUndefined();
  });

  it("lists the first meeting's own outcomes when it is the meeting open", async () => {
    const { panel } = await measured({ occurrenceId: first, siteId });
    expect(panel.thisMeeting.decisions.map((d) => d.id).sort()).toEqual([
      'budget-deferred',
      'budget-ok',
    ]);
    expect(panel.carryOver.openActions).toEqual([]);
  });

  it('names the presenter from the rota when the invite is not in the calendar', async () => {
    const firstRun = await measured({ occurrenceId: first, siteId });
    expect(firstRun.panel.presenter).toEqual({ memberId: SAM, source: 'rotation' });
    const second = await measured({ occurrenceId: occurrenceId(SECOND_MEETING), siteId });
    expect(second.panel.presenter).toEqual({ memberId: DANA, source: 'rotation' });
  });

  it('finds the meeting running now when the page names no occurrence', async () => {
    const { panel } = await measured({ siteId, now: '2026-03-24T15:40:00Z' });
    expect(panel.occurrence.id).toBe(SECOND_MEETING);
    expect(panel.meetingId).toBe(meetingIdOf(COUNCIL_CADENCE_ID, occurrenceId(SECOND_MEETING)));
  });

  it('refuses an occurrence that is not a meeting of the cadence, saying so', async () => {
    await expect(
      measured({ occurrenceId: occurrenceId('2026-03-11T15:00:00Z'), siteId }),
    ).rejects.toThrow(ValidationError);
  });

  it('says which record is missing for a cadence the team does not have', async () => {
    const client = await session.clientFor(SAM_UPN);
    await expect(
      readMeetingPanel({
        client,
        groupId: DEMO_CX_GROUP_ID,
        cadenceId: 'no-such-cadence' as typeof COUNCIL_CADENCE_ID,
        siteId,
        now: () => new Date('2026-03-24T15:10:00Z'),
      }),
    ).rejects.toMatchObject({ code: 'cadenceNotFound' } satisfies Partial<MeetingPanelError>);
  });
});
