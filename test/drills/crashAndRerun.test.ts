import { DEMO_CX_GROUP_ID } from '../../emulator/seed';
import { councilCharter } from '../../bench/meetingOutcomes';
import { openCxWorkspace, workspaceAt } from '../../src/graph/workspace';
import { SimulatedCrash, crashAfterWrites } from '../graph/planner/support';
import {
  AFTER_FIRST_MEETING,
  captureMeeting,
  firstMeetingOutcomes,
  listItemsPerKey,
  onceEach,
  startDrillSession,
  type DrillSession,
} from './support';

jest.setTimeout(120_000);

/**
 * Crash at each step of the side panel's capture, then a re-run. Scheduling (each of its six
 * checkpoints) and publishing (after each of its writes) have their own crash drills in
 * test/graph/scheduling/drills.test.ts and test/graph/publishing/publishSummary.test.ts; this is
 * the part between them: the meeting record, then each Mission Moment, decision and action
 * appended and linked in the meeting record. The process stops once k writes have reached Graph
 * (the k-th lands, its answer is lost), for every k; capturing again must leave every record
 * once and the meeting record linking each exactly once.
 */
describe('drill: crash at each step of capture, then capture again', () => {
  let session: DrillSession;
  const charter = councilCharter();
  const outcomes = firstMeetingOutcomes({ charter, decisions: 2, actions: 2 });
  // The meeting record, then per outcome (1 moment, 2 decisions, 2 actions) an append and a link.
  const WRITES = 1 + 2 * (1 + 2 + 2);

  beforeAll(async () => {
    session = await startDrillSession();
    session.setClock(AFTER_FIRST_MEETING);
  });
  afterAll(() => session.close());

  it('writes exactly as many times as the drill stops it', async () => {
    await session.reset('demo');
    const client = await session.lead();
    const workspace = await openCxWorkspace({ client, groupId: DEMO_CX_GROUP_ID });
    const before = (await session.requests()).length;
    await captureMeeting(workspace, outcomes);
    const writes = (await session.requests())
      .slice(before)
      .filter((entry) => entry.method !== 'GET' && !entry.path.endsWith('/$batch'));
    expect(writes).toHaveLength(WRITES);
  });

  it.each(Array.from({ length: WRITES }, (_, index) => index + 1))(
    'stopped after write %i and captured again, keeps every record once, linked once',
    async (k) => {
      await session.reset('demo');
      const client = await session.lead();
      const { location } = await openCxWorkspace({ client, groupId: DEMO_CX_GROUP_ID });
      const crashing = workspaceAt({
        client: crashAfterWrites(client, k),
        groupId: DEMO_CX_GROUP_ID,
        location,
      });
      await expect(captureMeeting(crashing, outcomes)).rejects.toThrow(SimulatedCrash);

      const workspace = workspaceAt({ client, groupId: DEMO_CX_GROUP_ID, location });
      await captureMeeting(workspace, outcomes);

      const state = session.emulator.state();
      expect(listItemsPerKey(state, location, 'meetings')).toEqual(onceEach([outcomes.meetingId]));
      expect(listItemsPerKey(state, location, 'missionMoments')).toEqual(
        onceEach([outcomes.missionMoment.id]),
      );
      expect(listItemsPerKey(state, location, 'decisions')).toEqual(
        onceEach(outcomes.decisions.map((decision) => decision.id)),
      );
      expect(listItemsPerKey(state, location, 'actionItems')).toEqual(
        onceEach(outcomes.actions.map((action) => action.id)),
      );
      expect((await workspace.meetings.read(outcomes.meetingId))?.value.record).toEqual(
        outcomes.record,
      );
    },
  );
});
