import { DEMO_CX_GROUP_ID } from '../../emulator/seed';
import { councilCharter } from '../../bench/meetingOutcomes';
import { scheduleCadence } from '../../src/graph/scheduling';
import { openCxWorkspace } from '../../src/graph/workspace';
import { untilItSucceeds } from '../graph/planner/support';
import { presenterLinesIn, scheduleOptions, viewTenant } from '../graph/scheduling/fixtures';
import {
  AFTER_FIRST_MEETING,
  PLANNING_TIME,
  captureMeeting,
  firstMeetingOutcomes,
  listItemsPerKey,
  mailsPerRecipient,
  onceEach,
  publishMeeting,
  quarterCadence,
  seriesIn,
  startDrillSession,
  summaryMessagesIn,
  tasksPerAction,
  type DrillSession,
} from './support';

jest.setTimeout(120_000);

/**
 * Throttle storm: 30 % of Graph calls throttled (429) and 10 % failing (503), inner `$batch`
 * requests included, through one whole story: scheduling, capture in the side panel, publishing.
 * The product's own client and retry policy; where a step still gives up, the drill presses
 * "Try again" as a person would. Then the emulator's state must hold everything exactly once.
 */
describe('drill: throttle storm through scheduling, capture and publishing', () => {
  let session: DrillSession;

  beforeAll(async () => {
    session = await startDrillSession();
  });
  afterAll(() => session.close());

  it.each([7, 42, 2026])(
    'ends with one series, one message, one mail each, one task per action and one list item per record (seed %i)',
    async (seed) => {
      session.setClock(PLANNING_TIME);
      await session.reset('demo');
      const charter = councilCharter();
      const outcomes = firstMeetingOutcomes({ charter, decisions: 5, actions: 8 });
      await session.faults({ throttleRate: 0.3, serverErrorRate: 0.1, seed });

      const scheduled = await untilItSucceeds(async () =>
        scheduleCadence(
          scheduleOptions(await session.lead(), {
            cadence: quarterCadence(),
            now: () => PLANNING_TIME,
          }),
        ),
      );

      session.setClock(AFTER_FIRST_MEETING);
      const client = await session.lead();
      const workspace = await untilItSucceeds(() =>
        openCxWorkspace({ client, groupId: DEMO_CX_GROUP_ID }),
      );
      await untilItSucceeds(() => captureMeeting(workspace, outcomes));
      await untilItSucceeds(() =>
        publishMeeting({ client, workspace, outcomes, charter, chatId: scheduled.chatId }),
      );

      const faulted = (await session.requests()).filter(
        (entry) => entry.status === 429 || entry.status === 503,
      );
      await session.faults(undefined);
      expect(faulted.length).toBeGreaterThan(20);

      const state = session.emulator.state();
      expect(seriesIn(state)).toHaveLength(1);
      const tenant = await viewTenant(client);
      expect(tenant.instances).toHaveLength(7);
      for (const instance of tenant.instances) {
        expect(presenterLinesIn(instance.body.content)).toHaveLength(1);
      }
      expect(summaryMessagesIn(state, scheduled.chatId, outcomes)).toHaveLength(1);
      const mails = mailsPerRecipient(state, { outcomes, charter });
      expect(mails.size).toBe(11);
      expect([...mails.values()]).toEqual([...mails.keys()].map(() => 1));
      expect(tasksPerAction(state, outcomes)).toEqual(outcomes.actions.map(() => 1));

      const { location } = workspace;
      expect(listItemsPerKey(state, location, 'missionMoments')).toEqual(
        onceEach([outcomes.missionMoment.id]),
      );
      expect(listItemsPerKey(state, location, 'decisions')).toEqual(
        onceEach(outcomes.decisions.map((decision) => decision.id)),
      );
      expect(listItemsPerKey(state, location, 'actionItems')).toEqual(
        onceEach(outcomes.actions.map((action) => action.id)),
      );
      expect(listItemsPerKey(state, location, 'meetings')).toEqual(onceEach([outcomes.meetingId]));

      // Nothing lost: the records read back whole, linked to the meeting and to their tasks.
      const meeting = await workspace.meetings.read(outcomes.meetingId);
      expect(meeting?.value.record).toEqual(outcomes.record);
      expect(meeting?.value.summary.state).toBe('published');
      const actions = (await workspace.actions.forMeeting(outcomes.meetingId)).records;
      expect(actions.every((action) => action.value.plannerTaskId)).toBe(true);
      const decisions = (await workspace.decisions.forMeeting(outcomes.meetingId)).records;
      expect(decisions.map((decision) => decision.value).sort(byId)).toEqual(
        [...outcomes.decisions].sort(byId),
      );
    },
  );
});

const byId = (left: { id: string }, right: { id: string }) => left.id.localeCompare(right.id);
