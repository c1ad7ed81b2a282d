import type { PlannerTask } from '@microsoft/microsoft-graph-types';
import type { ActionItem } from '../../../src/domain/records';
import { GraphError } from '../../../src/graph/client';
import type { GraphClient } from '../../../src/graph/client';
import {
  ActionTasksIncompleteError,
  PlannerConflictError,
  actionTaskKey,
  createActionTasks,
  ensureCadenceBucket,
  findTeamPlan,
  readActionTasks,
  syncActionStatuses,
  updateActionTask,
} from '../../../src/graph/planner';
import type { PlannerActionTask } from '../../../src/graph/planner';
import { countRequests, startEmulatorSession } from '../support/emulatorSession';
import type { EmulatorSession } from '../support/emulatorSession';
import {
  DEMO_CX_GROUP_ID,
  DEMO_CX_LEAD_UPN,
  DEMO_CX_PLAN_ID,
  DEMO_USER_IDS,
  SimulatedCrash,
  TEAM_ZONE,
  crashAfterWrites,
  demoAction,
  untilItSucceeds,
  upn,
  writesIn,
} from './support';

const survey = demoAction({
  id: 'a-survey',
  title: 'Send the NPS survey',
  owner: 'sam',
  dueDate: '2026-03-13',
});
const brief = demoAction({
  id: 'a-brief',
  title: 'Brief sales on the callback pilot',
  owner: 'marcus',
  dueDate: '2026-03-20',
});
const themes = demoAction({
  id: 'a-themes',
  title: 'Collect complaint themes',
  owner: 'lukas',
  dueDate: '2026-03-31',
});
const actions = [survey, brief, themes];

/** The task of an action among tasks read back; fails the test when there is none. */
function taskOf(tasks: readonly PlannerActionTask[], action: ActionItem): PlannerActionTask {
  const task = tasks.find((candidate) => candidate.actionKey === actionTaskKey(action.id));
  if (!task) throw new Error(`No task for ${action.id}`);
  return task;
}

describe('Planner action tasks', () => {
  let session: EmulatorSession;
  let dana: GraphClient;
  let bucketId: string;

  beforeAll(async () => {
    session = await startEmulatorSession();
  });
  afterAll(() => session.close());

  beforeEach(async () => {
    await session.reset('demo');
    dana = await session.clientFor(DEMO_CX_LEAD_UPN);
    ({ bucketId } = await ensureCadenceBucket(dana, {
      planId: DEMO_CX_PLAN_ID,
      bucketName: 'CX Council',
    }));
  });

  const create = (client: GraphClient = dana, maxAttempts?: number) =>
    createActionTasks(client, {
      planId: DEMO_CX_PLAN_ID,
      bucketId,
      actions,
      timeZone: TEAM_ZONE,
      ...(maxAttempts ? { maxAttempts } : {}),
    });

  const tasksInPlan = async (): Promise<PlannerTask[]> =>
    (
      await dana.request<{ value: PlannerTask[] }>({
        method: 'GET',
        url: `/planner/plans/${DEMO_CX_PLAN_ID}/tasks?$top=999`,
      })
    ).value;

  const tasksPerAction = async (): Promise<number[]> => {
    const tasks = await tasksInPlan();
    return actions.map(
      (action) => tasks.filter((task) => task.title?.includes(actionTaskKey(action.id))).length,
    );
  };

  it('creates one task per action, assigned to its owner and due on its day, in two requests', async () => {
    const before = countRequests(await session.requests());
    const report = await create();

    expect(report.results.map((result) => result.outcome)).toEqual(['done', 'done', 'done']);
    expect(countRequests(await session.requests()).http - before.http).toBe(2); // look + $batch
    const stored = await tasksInPlan();
    const ours = actions.map((action) =>
      stored.find((task) => task.title?.endsWith(`[${actionTaskKey(action.id)}]`)),
    );
    expect(ours.map((task) => task?.title)).toEqual([
      `Send the NPS survey [${actionTaskKey(survey.id)}]`,
      `Brief sales on the callback pilot [${actionTaskKey(brief.id)}]`,
      `Collect complaint themes [${actionTaskKey(themes.id)}]`,
    ]);
    expect(ours.map((task) => Object.keys(task?.assignments ?? {}))).toEqual([
      [DEMO_USER_IDS.sam],
      [DEMO_USER_IDS.marcus],
      [DEMO_USER_IDS.lukas],
    ]);
    // Midday in London: GMT before 29 March, BST after.
    expect(ours.map((task) => task?.dueDateTime)).toEqual([
      '2026-03-13T12:00:00.000Z',
      '2026-03-20T12:00:00.000Z',
      '2026-03-31T11:00:00.000Z',
    ]);
    expect(ours.every((task) => task?.bucketId === bucketId)).toBe(true);
    expect(report.actions.map((action) => action.plannerTaskId)).toEqual(
      ours.map((task) => task?.id),
    );
  });

  it('reads the tasks back with owners, due dates and status, and the owner sees theirs', async () => {
    await create();
    const read = await readActionTasks(dana, {
      planId: DEMO_CX_PLAN_ID,
      bucketId,
      timeZone: TEAM_ZONE,
    });
    expect(read.map((task) => [task.title, task.assigneeIds, task.dueDate, task.status])).toEqual(
      expect.arrayContaining([
        ['Send the NPS survey', [DEMO_USER_IDS.sam], '2026-03-13', 'notStarted'],
        ['Brief sales on the callback pilot', [DEMO_USER_IDS.marcus], '2026-03-20', 'notStarted'],
        ['Collect complaint themes', [DEMO_USER_IDS.lukas], '2026-03-31', 'notStarted'],
      ]),
    );
    const sam = await session.clientFor(upn('sam'));
    const samsTasks = await sam.request<{ value: PlannerTask[] }>({
      method: 'GET',
      url: '/me/planner/tasks',
    });
    expect(samsTasks.value.map((task) => task.title)).toContain(
      `Send the NPS survey [${actionTaskKey(survey.id)}]`,
    );
  });

  it('creating again finds every task and writes nothing', async () => {
    await create();
    const before = (await session.requests()).length;
    const again = await create();
    const log = (await session.requests()).slice(before);
    expect(again.results.map((result) => result.outcome)).toEqual([
      'alreadyDone',
      'alreadyDone',
      'alreadyDone',
    ]);
    expect(writesIn(log)).toEqual([]);
    expect(countRequests(log).http).toBe(1);
    expect(await tasksPerAction()).toEqual([1, 1, 1]);
  });

  it.each([1, 2, 3])(
    'a run that crashes after %i task(s) landed, run again, ends with one task per action',
    async (landed) => {
      await expect(create(crashAfterWrites(dana, landed))).rejects.toThrow(SimulatedCrash);
      const report = await create();
      expect(report.results.filter((result) => result.outcome === 'alreadyDone')).toHaveLength(
        landed,
      );
      expect(await tasksPerAction()).toEqual([1, 1, 1]);
    },
  );

  it('survives throttling and server errors without a duplicate or a lost task', async () => {
    await session.faults({ throttleRate: 0.3, serverErrorRate: 0.1, seed: 7 });
    await untilItSucceeds(() => create(dana, 8));
    await session.faults(undefined);
    expect(await tasksPerAction()).toEqual([1, 1, 1]);
  });

  it('reports an action whose owner cannot be assigned, and creates the others', async () => {
    const outsider = demoAction({
      id: 'a-outsider',
      title: 'Review the loyalty terms',
      owner: 'grace',
      dueDate: '2026-03-20',
    });
    const attempt = createActionTasks(dana, {
      planId: DEMO_CX_PLAN_ID,
      bucketId,
      actions: [survey, outsider],
      timeZone: TEAM_ZONE,
    });
    await expect(attempt).rejects.toThrow(ActionTasksIncompleteError);
    const error = (await attempt.catch((caught: unknown) => caught)) as ActionTasksIncompleteError;
    expect(error.report.results.map((result) => result.actionId)).toEqual([survey.id]);
    expect([...error.failures.keys()]).toEqual([outsider.id]);
    expect(error.failures.get(outsider.id)).toBeInstanceOf(GraphError);
    expect(error.failures.get(outsider.id)?.status).toBe(400);
  });

  it('reads status back into the tracker after owners update their tasks', async () => {
    const { actions: linked } = await create();
    const sam = await session.clientFor(upn('sam'));
    const marcus = await session.clientFor(upn('marcus'));
    const read = (client: GraphClient) =>
      readActionTasks(client, { planId: DEMO_CX_PLAN_ID, timeZone: TEAM_ZONE });
    await updateActionTask(sam, {
      task: taskOf(await read(sam), survey),
      changes: { status: 'inProgress' },
      timeZone: TEAM_ZONE,
    });
    await updateActionTask(marcus, {
      task: taskOf(await read(marcus), brief),
      changes: { status: 'completed' },
      timeZone: TEAM_ZONE,
    });

    const tracker = syncActionStatuses(linked, await read(dana));
    expect(tracker.map((action) => action.status)).toEqual([
      'inProgress',
      'completed',
      'notStarted',
    ]);
    expect(tracker[2]).toBe(linked[2]); // unchanged actions are the same objects
  });

  describe('updates', () => {
    const first = async (): Promise<PlannerActionTask> => {
      await create();
      const tasks = await readActionTasks(dana, { planId: DEMO_CX_PLAN_ID, timeZone: TEAM_ZONE });
      return taskOf(tasks, survey);
    };

    it('sends If-Match and returns the task with its new ETag', async () => {
      const task = await first();
      const updated = await updateActionTask(dana, {
        task,
        changes: {
          dueDate: '2026-03-27',
          owner: brief.owner,
          title: 'Send the NPS survey to top accounts',
        },
        timeZone: TEAM_ZONE,
      });
      expect(updated.etag).not.toBe(task.etag);
      expect([updated.title, updated.assigneeIds, updated.dueDate, updated.actionKey]).toEqual([
        'Send the NPS survey to top accounts',
        [DEMO_USER_IDS.marcus],
        '2026-03-27',
        task.actionKey,
      ]);
    });

    it('surfaces a concurrent update as a conflict with both values and keeps theirs', async () => {
      const task = await first();
      const sam = await session.clientFor(upn('sam'));
      await updateActionTask(sam, { task, changes: { status: 'completed' }, timeZone: TEAM_ZONE });

      const attempt = updateActionTask(dana, {
        task,
        changes: { status: 'inProgress', dueDate: '2026-03-27' },
        timeZone: TEAM_ZONE,
      });
      await expect(attempt).rejects.toThrow(PlannerConflictError);
      const conflict = (await attempt.catch((caught: unknown) => caught)) as PlannerConflictError;
      expect(conflict.code).toBe('plannerConflict');
      expect([conflict.ours.status, conflict.ours.dueDate]).toEqual(['inProgress', '2026-03-27']);
      expect([conflict.theirs.status, conflict.theirs.dueDate]).toEqual([
        'completed',
        '2026-03-13',
      ]);
      const now = await readActionTasks(dana, { planId: DEMO_CX_PLAN_ID, timeZone: TEAM_ZONE });
      expect(now.find((t) => t.taskId === task.taskId)?.status).toBe('completed');
    });

    it('treats the replay of an update that already landed as done, not as a conflict', async () => {
      const task = await first();
      const changes = { status: 'completed' as const };
      await updateActionTask(dana, { task, changes, timeZone: TEAM_ZONE });
      const replay = await updateActionTask(dana, { task, changes, timeZone: TEAM_ZONE });
      expect(replay.status).toBe('completed');
    });
  });

  it('follows nextLink: 105 tasks are read in two requests, one per page', async () => {
    const many = Array.from({ length: 105 }, (_, index) =>
      demoAction({
        id: `a-${index}`,
        title: `Action ${index}`,
        owner: 'sam',
        dueDate: '2026-03-13',
      }),
    );
    await createActionTasks(dana, {
      planId: DEMO_CX_PLAN_ID,
      bucketId,
      actions: many,
      timeZone: TEAM_ZONE,
    });
    const before = (await session.requests()).length;
    const read = await readActionTasks(dana, {
      planId: DEMO_CX_PLAN_ID,
      bucketId,
      timeZone: TEAM_ZONE,
    });
    expect(read).toHaveLength(105);
    expect((await session.requests()).slice(before)).toHaveLength(2);
  });
});

describe('the team plan and the cadence bucket', () => {
  let session: EmulatorSession;
  let dana: GraphClient;

  beforeAll(async () => {
    session = await startEmulatorSession();
  });
  afterAll(() => session.close());
  beforeEach(async () => {
    await session.reset('demo');
    dana = await session.clientFor(DEMO_CX_LEAD_UPN);
  });

  it('finds the CX Council plan, by title or as the group’s only plan', async () => {
    expect((await findTeamPlan(dana, { groupId: DEMO_CX_GROUP_ID })).id).toBe(DEMO_CX_PLAN_ID);
    expect(
      (await findTeamPlan(dana, { groupId: DEMO_CX_GROUP_ID, planTitle: ' cx council ' })).id,
    ).toBe(DEMO_CX_PLAN_ID);
  });

  it('names the plans there are when the title matches none', async () => {
    await expect(
      findTeamPlan(dana, { groupId: DEMO_CX_GROUP_ID, planTitle: 'CX Actions' }),
    ).rejects.toMatchObject({
      code: 'planNotFound',
      planTitles: ['CX Council'],
      message: expect.stringContaining('no Planner plan titled "CX Actions"'),
    });
  });

  it('creates the cadence bucket once, then finds it without writing', async () => {
    const first = await ensureCadenceBucket(dana, {
      planId: DEMO_CX_PLAN_ID,
      bucketName: 'Weekly CX sync',
    });
    const before = (await session.requests()).length;
    const second = await ensureCadenceBucket(dana, {
      planId: DEMO_CX_PLAN_ID,
      bucketName: 'weekly cx sync',
    });
    expect(first.created).toBe(true);
    expect(second).toEqual({ bucketId: first.bucketId, created: false });
    expect(writesIn((await session.requests()).slice(before))).toEqual([]);
  });

  it('creates the bucket once under throttling and server errors', async () => {
    await session.faults({ throttleRate: 0.3, serverErrorRate: 0.1, seed: 3 });
    await untilItSucceeds(() =>
      ensureCadenceBucket(dana, { planId: DEMO_CX_PLAN_ID, bucketName: 'Drill', maxAttempts: 8 }),
    );
    await session.faults(undefined);
    const buckets = await dana.request<{ value: { name: string }[] }>({
      method: 'GET',
      url: `/planner/plans/${DEMO_CX_PLAN_ID}/buckets`,
    });
    expect(buckets.value.filter((bucket) => bucket.name === 'Drill')).toHaveLength(1);
  });
});
