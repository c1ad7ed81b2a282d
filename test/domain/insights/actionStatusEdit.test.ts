import {
  ACTION_STATUS_OPTIONS,
  describeStatusConflict,
  shownActionStatus,
} from '../../../src/domain/insights';

describe('shownActionStatus', () => {
  it('shows the status as read when nothing was changed or the change was saved', () => {
    expect(shownActionStatus('inProgress', undefined)).toBe('inProgress');
    expect(shownActionStatus('completed', { state: 'saved', status: 'completed' })).toBe(
      'completed',
    );
  });

  it("keeps the person's choice while saving, after a failure and in a conflict", () => {
    expect(shownActionStatus('notStarted', { state: 'saving', status: 'completed' })).toBe(
      'completed',
    );
    expect(shownActionStatus('notStarted', { state: 'failed', status: 'inProgress' })).toBe(
      'inProgress',
    );
    expect(
      shownActionStatus('inProgress', {
        state: 'conflict',
        mine: 'completed',
        theirs: 'inProgress',
      }),
    ).toBe('completed');
  });
});

describe('describeStatusConflict', () => {
  it("names their status and the person's kept choice", () => {
    expect(describeStatusConflict({ mine: 'completed', theirs: 'inProgress' })).toEqual({
      title: 'Someone else changed this action first',
      message:
        'They set it to In progress; Planner keeps that for now. ' +
        'Your choice, Completed, is not saved: use theirs, or save yours again.',
    });
  });
});

describe('ACTION_STATUS_OPTIONS', () => {
  it("offers Planner's three statuses in order", () => {
    expect(ACTION_STATUS_OPTIONS.map((option) => option.label)).toEqual([
      'Not started',
      'In progress',
      'Completed',
    ]);
  });
});
