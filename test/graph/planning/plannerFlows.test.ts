import { DEMO_CX_GROUP_ID, DEMO_USER_IDS } from '../../../emulator/seed';
import { createDefaultCharter } from '../../../src/domain/charter';
import { occurrenceId } from '../../../src/domain/ids';
import { swapRotaPresenters } from '../../../src/domain/planning';
import {
  PLANNED_SCHEDULE_STEPS,
  cancelPlannedCadence,
  loadPlannerData,
  readPlannedRota,
  schedulePlannedCadence,
  searchOrganisation,
  type PlannedScheduleStep,
} from '../../../src/graph/planning';
import { openCxWorkspace, type CxWorkspace } from '../../../src/graph/workspace';
import { TEST_NOW } from '../../emulator/support/graphClient';
import { APP, DANA, demoCadence, danaClient, viewTenant } from '../scheduling/fixtures';
import { startEmulatorSession, type EmulatorSession } from '../support/emulatorSession';

jest.setTimeout(60_000);

describe('planning flows', () => {
  let session: EmulatorSession;
  let workspace: CxWorkspace;
  const now = () => TEST_NOW;

  beforeAll(async () => {
    session = await startEmulatorSession();
    workspace = await openCxWorkspace({
      client: await danaClient(session),
      groupId: DEMO_CX_GROUP_ID,
    });
  });
  afterAll(() => session.close());

  it('opens with the organizer and their mailbox time zone, the team by name and no cadence yet', async () => {
    const data = await loadPlannerData(workspace);
    expect(data.organizer).toMatchObject({ id: DANA, displayName: 'Dana Kim' });
    expect(data.organizer.timeZone).toBeTruthy();
    expect(data.members).toHaveLength(11);
    expect(data.members.map((member) => member.displayName)).toEqual(
      [...data.members.map((member) => member.displayName)].sort((a, b) => a.localeCompare(b)),
    );
    expect(data.cadences).toEqual([]);
    expect(data.unreadable).toEqual([]);
  });

  it('finds people elsewhere in the organisation by the start of their name or address', async () => {
    const found = await searchOrganisation(workspace.client, 'noah');
    expect(found.map((person) => person.id)).toEqual([DEMO_USER_IDS.noah]);
    await expect(searchOrganisation(workspace.client, 'n')).resolves.toEqual([]);
    await expect(searchOrganisation(workspace.client, "o'brien")).resolves.toEqual([]);
  });

  it('saves, schedules, swaps presenters in place and cancels, keeping the series id with the cadence', async () => {
    const steps: PlannedScheduleStep[] = [];
    const cadence = demoCadence();
    const first = await schedulePlannedCadence({
      workspace,
      cadence,
      charter: createDefaultCharter(),
      app: APP,
      now,
      onStep: (step) => steps.push(step),
    });
    expect(steps).toEqual([...PLANNED_SCHEDULE_STEPS]);
    expect(first.scheduled.writes).toMatchObject({ series: 'created', tabAdded: true });
    expect(first.record.value.seriesId).toBe(first.scheduled.seriesId);

    // What the planner shows when it opens the saved cadence is what the invitations say.
    const opened = await loadPlannerData(workspace);
    expect(opened.cadences.map((record) => record.value)).toEqual([first.record.value]);
    const rota = await readPlannedRota({ workspace, cadence, now });
    expect(rota.rota.map((entry) => [entry.occurrenceId, entry.presenterId])).toEqual(
      first.scheduled.occurrences.map((entry) => [entry.occurrenceId, entry.presenterId]),
    );

    const swapped = swapRotaPresenters(cadence, rota.rota, {
      first: rota.rota[0]?.occurrenceId ?? occurrenceId(''),
      second: rota.rota[1]?.occurrenceId ?? occurrenceId(''),
    });
    const second = await schedulePlannedCadence({
      workspace,
      cadence: swapped,
      stored: first.record,
      charter: createDefaultCharter(),
      app: APP,
      now,
    });
    expect(second.scheduled.seriesId).toBe(first.scheduled.seriesId);
    expect(second.scheduled.writes.presenterUpdates).toBeGreaterThanOrEqual(2);
    expect(second.scheduled.occurrences[0]?.presenterId).toBe(
      first.scheduled.occurrences[1]?.presenterId,
    );
    expect(second.record.value.cadence.version).toBe(2);
    const tenant = await viewTenant(workspace.client);
    expect(tenant.series).toHaveLength(1);
    expect(tenant.tabs).toBe(1);

    const cancelled = await cancelPlannedCadence({ workspace, stored: second.record });
    expect(cancelled.value).toEqual({ cadence: swapped });
    expect((await viewTenant(workspace.client)).series).toHaveLength(0);
    await expect(cancelPlannedCadence({ workspace, stored: cancelled })).resolves.toBe(cancelled);
  });
});
