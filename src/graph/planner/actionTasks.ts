import type { ActionItemId } from '../../domain/ids';
import type { ActionItem } from '../../domain/records';
import { withPlannerTask } from '../../domain/records';
import type { BatchRequest, GraphClient } from '../client';
import { GraphError, collectAll, executeBatch } from '../client';
import { actionTaskKey } from './actionTaskKey';
import {
  fromPlannerTask,
  hasTaskChanges,
  toPlannerTaskCreate,
  toPlannerTaskPatch,
  withPlannerStatus,
  withTaskChanges,
} from './actionTaskMapper';
import type {
  ActionTaskChanges,
  ActionTaskLocation,
  PlannerActionTask,
  PlannerTaskResource,
} from './actionTaskMapper';
import { isRetryableWriteFailure, waitBeforeNextRound, writeAttempts } from './lookBeforeWrite';
import type { WriteOutcome } from './lookBeforeWrite';
import { PlannerConflictError } from './plannerErrors';

/**
 * Action items as Planner tasks: created once (look before write), read back for the action
 * tracker (one request per page of tasks, never one per task), updated only with `If-Match`.
 */

export const planTasksUrl = (planId: string): string =>
  `/planner/plans/${encodeURIComponent(planId)}/tasks`;
export const bucketTasksUrl = (bucketId: string): string =>
  `/planner/buckets/${encodeURIComponent(bucketId)}/tasks`;

export interface ReadActionTasksOptions {
  readonly planId: string;
  /** Only this bucket's tasks (the cadence's); default the whole plan. */
  readonly bucketId?: string;
  /** The team's zone (Windows or IANA), for due dates. */
  readonly timeZone: string;
}

/** Every task of the plan (or bucket), following `@odata.nextLink`: one request per page. */
export async function readActionTasks(
  client: GraphClient,
  options: ReadActionTasksOptions,
): Promise<PlannerActionTask[]> {
  const url = options.bucketId ? bucketTasksUrl(options.bucketId) : planTasksUrl(options.planId);
  const tasks = await collectAll<PlannerTaskResource>(client, url);
  return tasks.map((task) => fromPlannerTask(task, options.timeZone));
}

/**
 * Each action's task among `tasks`: the one with the action's stored `plannerTaskId`, otherwise
 * the one whose title carries the action's key (the smallest task id if people copied it). Tasks
 * are looked for in the whole plan, so a task moved to another bucket is still found.
 */
export function matchActionTasks(
  actions: readonly ActionItem[],
  tasks: readonly PlannerActionTask[],
): Map<ActionItemId, PlannerActionTask> {
  const byId = new Map(tasks.map((task) => [task.taskId, task]));
  const byKey = new Map<string, PlannerActionTask>();
  for (const task of [...tasks].sort((a, b) => (a.taskId < b.taskId ? 1 : -1))) {
    if (task.actionKey) byKey.set(task.actionKey, task);
  }
  const matches = new Map<ActionItemId, PlannerActionTask>();
  for (const action of actions) {
    const task =
      (action.plannerTaskId ? byId.get(action.plannerTaskId) : undefined) ??
      byKey.get(actionTaskKey(action.id));
    if (task) matches.set(action.id, task);
  }
  return matches;
}

/**
 * The action tracker's view after reading Planner: each action with its task's status and linked
 * to it; actions without a task are returned unchanged. A new array; inputs are not touched.
 */
export function syncActionStatuses(
  actions: readonly ActionItem[],
  tasks: readonly PlannerActionTask[],
): ActionItem[] {
  const matches = matchActionTasks(actions, tasks);
  return actions.map((action) => {
    const task = matches.get(action.id);
    return task ? withPlannerStatus(action, task) : action;
  });
}

/** The `$batch` requests creating the actions' tasks, ids `task-<action key>`. */
export function actionTaskCreateRequests(
  actions: readonly ActionItem[],
  options: ActionTaskLocation & { readonly timeZone: string },
): BatchRequest[] {
  return actions.map((action) => ({
    id: taskRequestId(action.id),
    method: 'POST',
    url: '/planner/tasks',
    body: toPlannerTaskCreate(action, options),
    // Never replayed blindly: a failed create is followed by another look (see lookBeforeWrite).
    retrySafe: false,
  }));
}

/** The batch request id of an action's create. */
export function taskRequestId(actionId: ActionItemId): string {
  return `task-${actionTaskKey(actionId)}`;
}

export interface CreateActionTasksOptions extends ActionTaskLocation {
  readonly actions: readonly ActionItem[];
  /** The team's zone (Windows or IANA), for due dates. */
  readonly timeZone: string;
  /** Look-then-write rounds; default the client's retries + 1. */
  readonly maxAttempts?: number;
}

/** One action's task after `createActionTasks`. */
export interface ActionTaskResult {
  readonly actionId: ActionItemId;
  readonly outcome: WriteOutcome;
  readonly task: PlannerActionTask;
}

export interface ActionTasksReport {
  /** One per action, in the order given. */
  readonly results: readonly ActionTaskResult[];
  /** The actions linked to their tasks (`plannerTaskId`): what the record store should keep. */
  readonly actions: readonly ActionItem[];
}

/** Some actions' tasks could not be created; the others were (see `report`). Run again to resume. */
export class ActionTasksIncompleteError extends Error {
  override readonly name: string = 'ActionTasksIncompleteError';
  readonly code = 'actionTasksIncomplete' as const;
  readonly report: ActionTasksReport;
  readonly failures: ReadonlyMap<ActionItemId, GraphError>;

  constructor(report: ActionTasksReport, failures: ReadonlyMap<ActionItemId, GraphError>) {
    const first = [...failures.values()][0];
    super(
      `${failures.size} of ${report.results.length + failures.size} action tasks could not be created in Planner` +
        `${first ? ` (${first.message})` : ''}. The others were; run it again to create the rest.`,
    );
    this.report = report;
    this.failures = failures;
  }
}

/**
 * Creates a Planner task per action, assigned to its owner and due on its date, unless the action
 * already has one: each round reads the plan's tasks (one request per page), then creates what is
 * missing in one `$batch`. A create that failed with 429/5xx is looked for again in the next round
 * before being written again, so a retried or repeated call never makes a second task.
 *
 * @throws ActionTasksIncompleteError when some tasks could not be created (the report says which
 * were); a `GraphClientSideError` (no network) as it comes: run again to resume.
 */
export async function createActionTasks(
  client: GraphClient,
  options: CreateActionTasksOptions,
): Promise<ActionTasksReport> {
  const attempts = writeAttempts(client, options.maxAttempts);
  const done = new Map<ActionItemId, ActionTaskResult>();
  const refused = new Map<ActionItemId, GraphError>();
  let unsettled = new Map<ActionItemId, GraphError>();
  for (let round = 0; round < attempts; round++) {
    const pending = options.actions.filter(
      (action) => !done.has(action.id) && !refused.has(action.id),
    );
    const found = matchActionTasks(pending, await readActionTasks(client, options));
    for (const [actionId, task] of found) {
      done.set(actionId, { actionId, task, outcome: round === 0 ? 'alreadyDone' : 'done' });
    }
    const missing = pending.filter((action) => !found.has(action.id));
    unsettled = new Map();
    if (missing.length === 0) break;
    for (const [actionId, error] of await createMissing(
      client,
      { ...options, actions: missing },
      done,
    )) {
      (isRetryableWriteFailure(error) ? unsettled : refused).set(actionId, error);
    }
    const goOn =
      unsettled.size > 0 &&
      round + 1 < attempts &&
      (await waitBeforeNextRound(client, { round, failures: [...unsettled.values()] }));
    if (!goOn) break;
  }
  const report = reportOf(options.actions, done);
  const failures = new Map([...refused, ...unsettled]);
  if (failures.size > 0) throw new ActionTasksIncompleteError(report, failures);
  return report;
}

async function createMissing(
  client: GraphClient,
  options: CreateActionTasksOptions,
  done: Map<ActionItemId, ActionTaskResult>,
): Promise<Map<ActionItemId, GraphError>> {
  const { results } = await executeBatch<PlannerTaskResource>(
    client,
    actionTaskCreateRequests(options.actions, options),
  );
  const failures = new Map<ActionItemId, GraphError>();
  options.actions.forEach((action, index) => {
    const result = results[index];
    if (result?.ok) {
      const task = fromPlannerTask(result.body, options.timeZone);
      done.set(action.id, { actionId: action.id, task, outcome: 'done' });
    } else if (result) failures.set(action.id, result.error);
  });
  return failures;
}

function reportOf(
  actions: readonly ActionItem[],
  done: ReadonlyMap<ActionItemId, ActionTaskResult>,
): ActionTasksReport {
  const results = actions.flatMap((action) => {
    const result = done.get(action.id);
    return result ? [result] : [];
  });
  return {
    results,
    actions: actions.map((action) => {
      const result = done.get(action.id);
      return result ? withPlannerTask(action, result.task.taskId) : action;
    }),
  };
}

export interface UpdateActionTaskOptions {
  /** The task as last read: its `etag` is sent as `If-Match`. */
  readonly task: PlannerActionTask;
  readonly changes: ActionTaskChanges;
  /** The team's zone (Windows or IANA), for due dates. */
  readonly timeZone: string;
}

/**
 * Updates an action's task with `If-Match` (the ETag it was read with) and returns it as Planner
 * now has it (new ETag). Replays after 429/503 are safe: the ETag makes a replay of an update that
 * already landed answer 412, and a 412 whose current task already shows every change is that
 * replay, not a conflict.
 *
 * @throws PlannerConflictError when someone else changed the task since it was read: nothing is
 * overwritten; the error carries both versions.
 */
export async function updateActionTask(
  client: GraphClient,
  options: UpdateActionTaskOptions,
): Promise<PlannerActionTask> {
  const url = `/planner/tasks/${encodeURIComponent(options.task.taskId)}`;
  try {
    const updated = await client.request<PlannerTaskResource>({
      method: 'PATCH',
      url,
      body: toPlannerTaskPatch(options.task, options.changes, options.timeZone),
      headers: { 'If-Match': options.task.etag, Prefer: 'return=representation' },
      options: { retrySafe: true },
    });
    return fromPlannerTask(updated, options.timeZone);
  } catch (error) {
    if (!(error instanceof GraphError) || error.status !== 412) throw error;
    const current = fromPlannerTask(
      await client.request<PlannerTaskResource>({ method: 'GET', url }),
      options.timeZone,
    );
    if (hasTaskChanges(current, options.changes)) return current;
    throw new PlannerConflictError({
      ours: withTaskChanges(options.task, options.changes),
      theirs: current,
    });
  }
}
