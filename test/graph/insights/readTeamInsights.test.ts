import { DEMO_CX_GROUP_ID, DEMO_CX_LEAD_UPN } from '../../../emulator/seed/constants';
import { PlannerPlanError } from '../../../src/graph/planner';
import { readTeamInsights } from '../../../src/graph/insights';
import { openCxWorkspace } from '../../../src/graph/workspace';
import type { CxWorkspace } from '../../../src/graph/workspace';
import { TEST_NOW } from '../../emulator/support/graphClient';
import { countRequests, startEmulatorSession } from '../support/emulatorSession';
import type { EmulatorSession } from '../support/emulatorSession';
import { SEEDED, seedTeamInsights } from './seedInsights';
import type { SeededTeam } from './seedInsights';

describe('readTeamInsights against the emulator', () => {
  let session: EmulatorSession;
  let workspace: CxWorkspace;
  let seeded: SeededTeam;

  beforeAll(async () => {
    session = await startEmulatorSession();
    const client = await session.clientFor(DEMO_CX_LEAD_UPN);
    workspace = await openCxWorkspace({ client, groupId: DEMO_CX_GROUP_ID });
    seeded = await seedTeamInsights(workspace, { now: TEST_NOW });
  }, 60_000);

  afterAll(async () => {
    await session?.close();
  });

  const requestsDuring = async <T>(work: () => Promise<T>) => {
    const before = (await session.requests()).length;
    const result = await work();
    return { result, log: (await session.requests()).slice(before) };
  };

  it("reads every record of the team and the actions' Planner statuses in two HTTP requests", async () => {
    const { result, log } = await requestsDuring(() =>
      readTeamInsights(workspace, {
        parts: ['cadences', 'meetings', 'decisions', 'missionMoments', 'actions'],
      }),
    );
    expect(result.cadences.map((cadence) => cadence.title)).toEqual([SEEDED.cadenceTitle]);
    expect(result.meetings.map((meeting) => meeting.id).sort()).toEqual(
      seeded.meetings.map((meeting) => meeting.id).sort(),
    );
    expect(result.decisions.map((decision) => decision.statement).sort()).toEqual(
      [SEEDED.approvedStatement, SEEDED.pendingStatement, SEEDED.ritualStatement].sort(),
    );
    expect(result.missionMoments.map((moment) => moment.livedUpToMission).sort()).toEqual([
      false,
      true,
    ]);
    expect(
      Object.fromEntries(result.actions.map((action) => [action.title, action.status])),
    ).toEqual({
      [SEEDED.overdueAction]: 'notStarted',
      [SEEDED.completedAction]: 'completed',
      [SEEDED.laterAction]: 'inProgress',
    });
    expect(result.planner).toEqual({ state: 'read', taskCount: expect.any(Number) });
    expect(result.unreadable).toEqual([]);
    const top = log.filter((entry) => entry.batchId === undefined);
    expect(countRequests(log).http).toBe(2);
    expect(top.map((entry) => `${entry.method} ${entry.path.split('?')[0]}`)).toEqual([
      'POST /v1.0/$batch',
      expect.stringMatching(/^GET \/v1\.0\/planner\/plans\/[^/]+\/tasks$/),
    ]);
  });

  it('reads only the lists a section asks for, in one request without Planner', async () => {
    const { result, log } = await requestsDuring(() =>
      readTeamInsights(workspace, { parts: ['decisions', 'meetings'] }),
    );
    expect(result.decisions).toHaveLength(3);
    expect(result.cadences).toEqual([]);
    expect(result.planner).toEqual({ state: 'notAsked' });
    expect(countRequests(log)).toEqual({ http: 1, inner: 2 });
  });

  it("keeps the records' own statuses and says why when Planner cannot be read", async () => {
    const result = await readTeamInsights(workspace, {
      parts: ['actions'],
      planTitle: 'A plan nobody made',
    });
    expect(result.actions.map((action) => action.status)).toEqual([
      'notStarted',
      'notStarted',
      'notStarted',
    ]);
    expect(result.planner.state).toBe('failed');
    expect(result.planner.state === 'failed' && result.planner.error).toBeInstanceOf(
      PlannerPlanError,
    );
  });

  it('leaves the actions as stored when asked not to read Planner', async () => {
    const result = await readTeamInsights(workspace, {
      parts: ['actions'],
      plannerStatuses: false,
    });
    expect(result.actions).toHaveLength(3);
    expect(result.planner).toEqual({ state: 'notAsked' });
  });
});
