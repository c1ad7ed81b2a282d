import type { PlannerPlan } from '@microsoft/microsoft-graph-types';
import { ValidationError } from '../../../src/domain/errors';
import { memberId } from '../../../src/domain/ids';
import { ACTION_TITLE_MAX_LENGTH } from '../../../src/domain/records';
import {
  ACTION_TASK_KEY_PATTERN,
  PlannerPlanError,
  actionTaskKey,
  fromPlannerTask,
  pickCadenceBucket,
  pickTeamPlan,
  plannerDueDateTime,
  splitActionTitle,
  titleWithActionKey,
  toPlannerTaskCreate,
  toPlannerTaskPatch,
  writeAttempts,
} from '../../../src/graph/planner';
import type { PlannerActionTask } from '../../../src/graph/planner';
import { demoAction } from './support';

describe('actionTaskKey', () => {
  it('is the same for the same action and differs between actions', () => {
    const key = actionTaskKey(
      demoAction({ id: 'a-1', title: 'x', owner: 'sam', dueDate: '2026-03-13' }).id,
    );
    expect(key).toMatch(ACTION_TASK_KEY_PATTERN);
    expect(
      actionTaskKey(demoAction({ id: 'a-1', title: 'y', owner: 'sam', dueDate: '2026-03-13' }).id),
    ).toBe(key);
    expect(
      actionTaskKey(demoAction({ id: 'a-2', title: 'x', owner: 'sam', dueDate: '2026-03-13' }).id),
    ).not.toBe(key);
  });

  it('rides at the end of the title, which is shortened to stay within Planner’s limit', () => {
    expect(titleWithActionKey('Send the survey', 'CXA-0123456789')).toBe(
      'Send the survey [CXA-0123456789]',
    );
    const long = titleWithActionKey('x'.repeat(ACTION_TITLE_MAX_LENGTH), 'CXA-0123456789');
    expect(long).toHaveLength(ACTION_TITLE_MAX_LENGTH);
    expect(long.endsWith('… [CXA-0123456789]')).toBe(true);
    expect(splitActionTitle('Send the survey [CXA-0123456789]')).toEqual({
      title: 'Send the survey',
      key: 'CXA-0123456789',
    });
    expect(splitActionTitle('Renamed by someone')).toEqual({ title: 'Renamed by someone' });
  });
});

describe('due dates', () => {
  it.each([
    ['GMT Standard Time', '2026-03-20', '2026-03-20T12:00:00.000Z'],
    ['GMT Standard Time', '2026-03-31', '2026-03-31T11:00:00.000Z'],
    ['Pacific Standard Time', '2026-03-20', '2026-03-20T19:00:00.000Z'],
    ['Asia/Tokyo', '2026-03-20', '2026-03-20T03:00:00.000Z'],
    ['New Zealand Standard Time', '2026-04-05', '2026-04-05T00:00:00.000Z'],
  ])('in %s, due %s is written as %s and reads back as the same day', (zone, date, instant) => {
    expect(plannerDueDateTime(date, zone)).toBe(instant);
    expect(fromPlannerTask({ id: 't', dueDateTime: instant }, zone).dueDate).toBe(date);
  });

  it('reads a task dated at midnight UTC in Planner as that instant’s day in the team’s zone', () => {
    const task = { id: 't', dueDateTime: '2026-03-20T00:00:00Z' };
    expect(fromPlannerTask(task, 'Pacific Standard Time').dueDate).toBe('2026-03-19');
    expect(fromPlannerTask(task, 'W. Europe Standard Time').dueDate).toBe('2026-03-20');
  });

  it('refuses a due date that is not a date', () => {
    expect(() => plannerDueDateTime('next Friday', 'UTC')).toThrow(ValidationError);
  });
});

describe('status', () => {
  it.each([
    [0, 'notStarted'],
    [50, 'inProgress'],
    [100, 'completed'],
    [30, 'inProgress'],
    [undefined, 'notStarted'],
  ] as const)('percentComplete %p reads as %s', (percentComplete, status) => {
    expect(fromPlannerTask({ id: 't', percentComplete }, 'UTC').status).toBe(status);
  });

  it.each([
    ['notStarted', 0],
    ['inProgress', 50],
    ['completed', 100],
  ] as const)('an action %s is created at %i percent', (status, percent) => {
    const action = {
      ...demoAction({ id: 'a', title: 'x', owner: 'sam', dueDate: '2026-03-13' }),
      status,
    };
    expect(
      toPlannerTaskCreate(action, { planId: 'p', bucketId: 'b', timeZone: 'UTC' }).percentComplete,
    ).toBe(percent);
  });
});

describe('toPlannerTaskPatch', () => {
  const current: PlannerActionTask = {
    taskId: 't',
    etag: 'W/"1"',
    planId: 'p',
    bucketId: 'b',
    title: 'Send the survey',
    actionKey: 'CXA-0123456789',
    assigneeIds: [memberId('u-sam'), memberId('u-lukas')],
    dueDate: '2026-03-13',
    status: 'notStarted',
    percentComplete: 0,
  };

  it('sends only what changed, keeps the key in a new title and unassigns the previous owners', () => {
    expect(
      toPlannerTaskPatch(
        current,
        { title: 'Send the survey twice', owner: memberId('u-marcus') },
        'UTC',
      ),
    ).toEqual({
      title: 'Send the survey twice [CXA-0123456789]',
      assignments: {
        'u-sam': null,
        'u-lukas': null,
        'u-marcus': { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' },
      },
    });
    expect(toPlannerTaskPatch(current, { owner: memberId('u-sam') }, 'UTC')).toEqual({
      assignments: { 'u-lukas': null },
    });
    expect(toPlannerTaskPatch(current, { status: 'completed' }, 'UTC')).toEqual({
      percentComplete: 100,
    });
  });
});

describe('choosing the plan and the bucket', () => {
  const plan = (id: string, title: string): PlannerPlan => ({ id, title });

  it.each([
    [[plan('p1', 'CX Council')], undefined, 'p1'],
    [[plan('p1', 'Launch'), plan('p2', 'CX Council')], 'cx council', 'p2'],
  ])('picks %j titled %p → %s', (plans, planTitle, id) => {
    expect(pickTeamPlan(plans, { groupId: 'g', ...(planTitle ? { planTitle } : {}) }).id).toBe(id);
  });

  it.each([
    [[], undefined, 'noPlan'],
    [[plan('p1', 'Launch'), plan('p2', 'CX Council')], undefined, 'planAmbiguous'],
    [[plan('p1', 'CX'), plan('p2', 'CX')], 'CX', 'planAmbiguous'],
    [[plan('p1', 'Launch')], 'CX Council', 'planNotFound'],
  ])('refuses to guess among %j titled %p (%s)', (plans, planTitle, code) => {
    expect(() =>
      pickTeamPlan(plans, { groupId: 'g', ...(planTitle ? { planTitle } : {}) }),
    ).toThrow(expect.objectContaining({ code }) as PlannerPlanError);
  });

  it('picks the same bucket every time when people made two with the same name', () => {
    const buckets = [
      { id: 'b9', name: 'CX Council' },
      { id: 'b1', name: 'Other' },
      { id: 'b3', name: 'cx council ' },
    ];
    expect(pickCadenceBucket(buckets, 'CX Council')?.id).toBe('b3');
    expect(pickCadenceBucket(buckets, 'Launch')).toBeUndefined();
  });
});

describe('writeAttempts', () => {
  const client = { settings: { retry: { maxRetries: 4 } } } as Parameters<typeof writeAttempts>[0];
  it('defaults to the client’s retries plus one and refuses nonsense', () => {
    expect(writeAttempts(client, undefined)).toBe(5);
    expect(writeAttempts(client, 8)).toBe(8);
    expect(() => writeAttempts(client, 0)).toThrow(ValidationError);
  });
});
