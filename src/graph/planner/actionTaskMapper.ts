import type { PlannerTask } from '@microsoft/microsoft-graph-types';
import { DateTime } from 'luxon';
import { ValidationError } from '../../domain/errors';
import { memberId } from '../../domain/ids';
import type { MemberId } from '../../domain/ids';
import {
  fromPlannerPercentComplete,
  toPlannerPercentComplete,
  withActionStatus,
  withPlannerTask,
} from '../../domain/records';
import type { ActionItem, ActionStatus } from '../../domain/records';
import { resolveIanaZone } from '../../domain/timeZone';
import { actionTaskKey, splitActionTitle, titleWithActionKey } from './actionTaskKey';

/**
 * ActionItem ⇄ Planner task. Graph types stay here: the domain never sees a `plannerTask`.
 *
 * Due dates: the domain's due date is a calendar day in the team's time zone; Planner stores an
 * instant. CX Cadence writes midday of that day in the team's zone, so the day reads the same in
 * the team's zone and in every zone within ±11 hours of it (Planner shows the date in the viewer's
 * zone), and reads back to the same day. Worked example: due 2026-03-20 for a team in
 * "Pacific Standard Time" → `2026-03-20T19:00:00.000Z` (12:00 PDT); read back in that zone:
 * 2026-03-20. A task someone dated at midnight UTC in Planner reads as the day in the team's zone
 * (2026-03-19 for that team).
 */

/** Local hour of the team's zone a due date is written at. */
export const PLANNER_DUE_HOUR = 12;

/** A `plannerTask` as Graph returns it, with its ETag. */
export type PlannerTaskResource = PlannerTask & { readonly '@odata.etag'?: string };

/** Where action tasks go: the team's plan and the cadence's bucket. */
export interface ActionTaskLocation {
  readonly planId: string;
  readonly bucketId: string;
}

/** A Planner task as the action tracker reads it. */
export interface PlannerActionTask {
  readonly taskId: string;
  /** The task's `@odata.etag`: every update sends it as `If-Match`. */
  readonly etag: string;
  readonly planId: string;
  readonly bucketId: string;
  /** The title without the action key. */
  readonly title: string;
  /** The action key found in the title (see `actionTaskKey`), if any. */
  readonly actionKey?: string;
  readonly assigneeIds: readonly MemberId[];
  /** `YYYY-MM-DD` in the team's zone; undefined when the task has no due date. */
  readonly dueDate?: string;
  readonly status: ActionStatus;
  readonly percentComplete: number;
}

const ASSIGNMENT_TYPE = '#microsoft.graph.plannerAssignment';
/** Planner's "place it first" order hint for a new assignment. */
const FIRST_ORDER_HINT = ' !';

/** The body of `POST /planner/tasks` for an action: keyed title, owner, due date, status. */
export function toPlannerTaskCreate(
  action: ActionItem,
  options: ActionTaskLocation & { readonly timeZone: string },
): Record<string, unknown> {
  return {
    planId: options.planId,
    bucketId: options.bucketId,
    title: titleWithActionKey(action.title, actionTaskKey(action.id)),
    assignments: assignmentOf(action.owner),
    dueDateTime: plannerDueDateTime(action.dueDate, options.timeZone),
    percentComplete: toPlannerPercentComplete(action.status),
  };
}

/** What an update may change on an action's task. */
export interface ActionTaskChanges {
  readonly title?: string;
  readonly owner?: MemberId;
  readonly dueDate?: string;
  readonly status?: ActionStatus;
}

/**
 * The body of `PATCH /planner/tasks/{id}`: only the changed fields. A new owner replaces the
 * current assignees (they are unassigned with `null`, as Planner expects); a new title keeps the
 * task's action key.
 */
export function toPlannerTaskPatch(
  current: PlannerActionTask,
  changes: ActionTaskChanges,
  timeZone: string,
): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  if (changes.title !== undefined) {
    patch.title = current.actionKey
      ? titleWithActionKey(changes.title, current.actionKey)
      : changes.title;
  }
  if (changes.owner !== undefined) {
    const removed = current.assigneeIds.filter((id) => id !== changes.owner);
    patch.assignments = {
      ...Object.fromEntries(removed.map((id) => [id, null])),
      ...(current.assigneeIds.includes(changes.owner) ? {} : assignmentOf(changes.owner)),
    };
  }
  if (changes.dueDate !== undefined) {
    patch.dueDateTime = plannerDueDateTime(changes.dueDate, timeZone);
  }
  if (changes.status !== undefined) {
    patch.percentComplete = toPlannerPercentComplete(changes.status);
  }
  return patch;
}

/** The task as the tracker reads it, due date in the team's zone. */
export function fromPlannerTask(task: PlannerTaskResource, timeZone: string): PlannerActionTask {
  const { title, key } = splitActionTitle(task.title ?? '');
  const dueDate = task.dueDateTime ? dueDateOf(task.dueDateTime, timeZone) : undefined;
  return {
    taskId: task.id ?? '',
    etag: task['@odata.etag'] ?? '',
    planId: task.planId ?? '',
    bucketId: task.bucketId ?? '',
    title,
    ...(key ? { actionKey: key } : {}),
    assigneeIds: Object.keys((task.assignments ?? {}) as Record<string, unknown>)
      .filter((id) => !id.startsWith('@'))
      .map(memberId),
    ...(dueDate ? { dueDate } : {}),
    status: fromPlannerPercentComplete(task.percentComplete),
    percentComplete: task.percentComplete ?? 0,
  };
}

/** The task as it would read after `changes` (for a conflict's "ours" and for checks). */
export function withTaskChanges(
  task: PlannerActionTask,
  changes: ActionTaskChanges,
): PlannerActionTask {
  return {
    ...task,
    ...(changes.title !== undefined ? { title: changes.title } : {}),
    ...(changes.owner !== undefined ? { assigneeIds: [changes.owner] } : {}),
    ...(changes.dueDate !== undefined ? { dueDate: changes.dueDate } : {}),
    ...(changes.status !== undefined
      ? { status: changes.status, percentComplete: toPlannerPercentComplete(changes.status) }
      : {}),
  };
}

/** True when the task already shows every change (e.g. an earlier attempt of the same update). */
export function hasTaskChanges(task: PlannerActionTask, changes: ActionTaskChanges): boolean {
  return (
    (changes.title === undefined || task.title === changes.title) &&
    (changes.owner === undefined ||
      (task.assigneeIds.length === 1 && task.assigneeIds[0] === changes.owner)) &&
    (changes.dueDate === undefined || task.dueDate === changes.dueDate) &&
    (changes.status === undefined || task.status === changes.status)
  );
}

/**
 * The action as the tracker shows it after reading its task: Planner's status, linked to the
 * task. The same object when nothing changed. Title, owner and due date stay the meeting's record.
 */
export function withPlannerStatus(action: ActionItem, task: PlannerActionTask): ActionItem {
  return withActionStatus(withPlannerTask(action, task.taskId), task.status);
}

/** Midday of `date` in the team's zone, as the UTC instant Planner stores. */
export function plannerDueDateTime(date: string, timeZone: string): string {
  const local = DateTime.fromISO(date, { zone: resolveIanaZone(timeZone) }).set({
    hour: PLANNER_DUE_HOUR,
  });
  if (!local.isValid) {
    throw ValidationError.single(
      'dueDate',
      `Enter the due date as a date such as 2026-03-20, not "${date}"`,
    );
  }
  return local.toUTC().toISO() ?? '';
}

function dueDateOf(dueDateTime: string, timeZone: string): string | undefined {
  const instant = DateTime.fromISO(dueDateTime, { zone: resolveIanaZone(timeZone) });
  return instant.isValid ? (instant.toISODate() ?? undefined) : undefined;
}

function assignmentOf(owner: MemberId): Record<string, unknown> {
  return { [owner]: { '@odata.type': ASSIGNMENT_TYPE, orderHint: FIRST_ORDER_HINT } };
}
