import { ValidationError } from '../../../src/domain/errors';
import { actionItemId } from '../../../src/domain/ids';
import {
  fromPlannerPercentComplete,
  isCalendarDate,
  isOverdue,
  sortForTracker,
  toPlannerPercentComplete,
  withActionStatus,
  withPlannerTask,
} from '../../../src/domain/records';
import type { ActionItem, ActionStatus } from '../../../src/domain/records';
import { act, members } from './fixtures';

function issuesOf(run: () => unknown): { field: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return [...error.issues];
    throw error;
  }
  return [];
}

describe('actionItem', () => {
  it('creates an action not started, with its title trimmed', () => {
    const action = act({ title: '  Draft the callback script ', plannerTaskId: 'task-1' });
    expect(action.title).toBe('Draft the callback script');
    expect(action.status).toBe('notStarted');
    expect(action.plannerTaskId).toBe('task-1');
    expect(action.source).toEqual({
      meetingId: 'meeting-march',
      occurrenceId: '2025-03-04T15:00:00Z',
    });
  });

  it('allows an action due on the day of the meeting', () => {
    expect(act({ dueDate: '2025-03-04' }).dueDate).toBe('2025-03-04');
  });

  it('reports a missing title, a missing owner and a due date before the meeting together', () => {
    expect(issuesOf(() => act({ title: ' ', owner: undefined, dueDate: '2025-03-01' }))).toEqual([
      { field: 'title', message: 'Say what will be done: the action needs a title' },
      { field: 'owner', message: 'Choose who owns this action' },
      {
        field: 'dueDate',
        message:
          'The due date 2025-03-01 is before the meeting on 2025-03-04: choose the meeting day or later',
      },
    ]);
  });

  it.each([
    [{ dueDate: '2025-02-30' }, 'dueDate', 'Enter the due date as a date such as 2025-03-31'],
    [{ dueDate: '31/03/2025' }, 'dueDate', 'Enter the due date as a date such as 2025-03-31'],
    [{ meetingDate: 'March' }, 'meetingDate', 'The meeting date must be a date such as 2025-03-04'],
    [
      { title: 'x'.repeat(256) },
      'title',
      "Shorten the title to 255 characters or fewer (Planner's limit)",
    ],
  ])('rejects %j', (overrides, field, message) => {
    expect(issuesOf(() => act(overrides))).toEqual([{ field, message }]);
  });

  it('recognises real calendar dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
  });

  it.each<[ActionStatus, number]>([
    ['notStarted', 0],
    ['inProgress', 50],
    ['completed', 100],
  ])('maps %s to Planner percentComplete %i and back', (status, percent) => {
    expect(toPlannerPercentComplete(status)).toBe(percent);
    expect(fromPlannerPercentComplete(percent)).toBe(status);
  });

  it.each<[number | null | undefined, ActionStatus]>([
    [25, 'inProgress'],
    [99, 'inProgress'],
    [120, 'completed'],
    [-5, 'notStarted'],
    [Number.NaN, 'notStarted'],
    [null, 'notStarted'],
    [undefined, 'notStarted'],
  ])('reads Planner percentComplete %p as %s', (percent, status) => {
    expect(fromPlannerPercentComplete(percent)).toBe(status);
  });

  it.each<[string, ActionStatus, boolean]>([
    ['2025-03-09', 'notStarted', true],
    ['2025-03-09', 'inProgress', true],
    ['2025-03-09', 'completed', false],
    ['2025-03-10', 'notStarted', false],
    ['2025-03-11', 'inProgress', false],
  ])('an action due %s and %s is overdue on 2025-03-10: %s', (dueDate, status, overdue) => {
    expect(isOverdue({ dueDate, status }, '2025-03-10')).toBe(overdue);
  });

  it('sorts the tracker overdue first, then by due date, completed last, without touching the input', () => {
    const today = '2025-04-10';
    const actions: ActionItem[] = [
      act({ id: actionItemId('later'), dueDate: '2025-05-01' }),
      act({ id: actionItemId('done-late'), dueDate: '2025-03-20', status: 'completed' }),
      act({ id: actionItemId('soon'), dueDate: '2025-04-12' }),
      act({ id: actionItemId('overdue-recent'), dueDate: '2025-04-09', status: 'inProgress' }),
      act({ id: actionItemId('due-today'), dueDate: '2025-04-10' }),
      act({ id: actionItemId('overdue-oldest'), dueDate: '2025-03-15' }),
      act({ id: actionItemId('soon-b'), title: 'Brief sales', dueDate: '2025-04-12' }),
    ];
    const before = actions.map((action) => action.id);
    expect(sortForTracker(actions, today).map((action) => action.id)).toEqual([
      'overdue-oldest',
      'overdue-recent',
      'due-today',
      'soon-b',
      'soon',
      'later',
      'done-late',
    ]);
    expect(actions.map((action) => action.id)).toEqual(before);
  });

  it('updates status and Planner link as new objects, the same object when unchanged', () => {
    const action = act();
    const started = withActionStatus(action, 'inProgress');
    expect(started.status).toBe('inProgress');
    expect(action.status).toBe('notStarted');
    expect(withActionStatus(started, 'inProgress')).toBe(started);
    const linked = withPlannerTask(action, 'task-9');
    expect(linked.plannerTaskId).toBe('task-9');
    expect(withPlannerTask(linked, 'task-9')).toBe(linked);
    expect(linked.owner).toBe(members.service);
  });
});
