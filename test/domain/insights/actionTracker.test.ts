import fc from 'fast-check';
import { actionItemId } from '../../../src/domain/ids';
import {
  ACTION_STATUS_CHOICES,
  actionOwners,
  actionProgress,
  buildActionTracker,
  filterActionTracker,
  percentOf,
} from '../../../src/domain/insights';
import type { ActionTrackerEntry, ActionTrackerFilter } from '../../../src/domain/insights';
import type { ActionStatus } from '../../../src/domain/records';
import { act, directory, members } from './fixtures';

const TODAY = '2026-03-20';
const meetingDate = '2026-03-10';
const late = act({
  id: actionItemId('late'),
  title: 'Publish the callback script',
  dueDate: '2026-03-17',
  meetingDate,
  status: 'inProgress',
});
const doneLate = act({
  id: actionItemId('done'),
  title: 'Brief the agents',
  dueDate: '2026-03-18',
  meetingDate,
  status: 'completed',
  owner: members.lead,
});
const dueToday = act({
  id: actionItemId('today'),
  title: 'Book the pilot room',
  dueDate: TODAY,
  meetingDate,
  owner: members.outsider,
});
const later = act({
  id: actionItemId('later'),
  title: 'Measure repeat calls',
  dueDate: '2026-04-30',
  meetingDate,
  owner: members.lead,
});

function tracker(): ActionTrackerEntry[] {
  return buildActionTracker({
    actions: [later, dueToday, doneLate, late],
    members: directory,
    today: TODAY,
  });
}

const ids = (entries: readonly ActionTrackerEntry[]) => entries.map((entry) => entry.action.id);

describe('actionTracker', () => {
  it('lists overdue actions first, then open ones by due date, then completed ones', () => {
    expect(ids(tracker())).toEqual(['late', 'today', 'later', 'done']);
  });

  it('names the owner and status and says how many days an action is overdue', () => {
    const [first, second] = tracker();
    expect(first).toMatchObject({
      ownerName: 'Sam Taylor',
      statusLabel: 'In progress',
      isOverdue: true,
      daysOverdue: 3,
    });
    expect(second).toMatchObject({
      ownerName: 'Unknown member',
      statusLabel: 'Not started',
      isOverdue: false,
      daysOverdue: 0,
    });
  });

  it.each<[string, ActionTrackerFilter, string[]]>([
    ['owner', { ownerId: members.lead }, ['later', 'done']],
    ['overdue', { status: 'overdue' }, ['late']],
    ['not started', { status: 'notStarted' }, ['today', 'later']],
    ['completed', { status: 'completed' }, ['done']],
    ['owner and status', { ownerId: members.lead, status: 'completed' }, ['done']],
    ['nothing', {}, ['late', 'today', 'later', 'done']],
  ])('filters by %s', (_what, filter, expected) => {
    expect(ids(filterActionTracker(tracker(), filter))).toEqual(expected);
  });

  it('offers each owner once, by name, and every status with overdue first', () => {
    expect(actionOwners(tracker()).map((owner) => owner.label)).toEqual([
      'Dana Kim',
      'Sam Taylor',
      'Unknown member',
    ]);
    expect(ACTION_STATUS_CHOICES.map((choice) => choice.label)).toEqual([
      'Overdue',
      'Not started',
      'In progress',
      'Completed',
    ]);
  });

  it('counts completed, overdue and on-time actions', () => {
    expect(actionProgress([later, dueToday, doneLate, late], TODAY)).toEqual({
      total: 4,
      completed: 1,
      overdue: 1,
      onTrack: 2,
      completionPercent: 25,
    });
    expect(actionProgress([], TODAY).completionPercent).toBe(0);
    expect(percentOf(2, 3)).toBe(67);
  });

  it('puts every action in exactly one of completed, overdue and on track', () => {
    const statuses: ActionStatus[] = ['notStarted', 'inProgress', 'completed'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            status: fc.constantFrom(...statuses),
            day: fc.integer({ min: 10, max: 30 }),
          }),
          { maxLength: 25 },
        ),
        (specs) => {
          const actions = specs.map((spec) => ({
            status: spec.status,
            dueDate: `2026-03-${spec.day}`,
          }));
          const progress = actionProgress(actions, TODAY);
          expect(progress.completed + progress.overdue + progress.onTrack).toBe(progress.total);
          expect(progress.onTrack).toBeGreaterThanOrEqual(0);
          expect(progress.completionPercent).toBeGreaterThanOrEqual(0);
          expect(progress.completionPercent).toBeLessThanOrEqual(100);
        },
      ),
      { numRuns: 50 },
    );
  });
});
