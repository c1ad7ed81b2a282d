import { sha256Hex } from '../../domain/sha256';
import { ACTION_TITLE_MAX_LENGTH } from '../../domain/records';
import type { ActionItemId } from '../../domain/ids';

/**
 * The stable key that ties a Planner task to the action it mirrors, so a retried or repeated
 * create finds the task instead of making a second one.
 *
 * Where the key lives, and why the title: the look-up before every create must be one list call
 * (`GET /planner/plans/{id}/tasks`, a page per 100 tasks), and the key must exist the moment the
 * task does.
 * - Title suffix (chosen): written by the same `POST` that creates the task, so there is no moment
 *   when the task exists without its key; returned by the list call, so matching costs no extra
 *   request. Cost: people see a short code such as `[CXA-3F9A12BC45]` after the title, and may
 *   delete it when renaming the task; the action's stored `plannerTaskId` is matched first, so
 *   only a rename before the id was saved can lose the link.
 * - Task details `description` or `references`: invisible in the board, but written by a second
 *   request (`PATCH /planner/tasks/{id}/details` with `If-Match`) after the create: a crash between
 *   the two leaves a task without its key, which the next run duplicates; and reading them back is
 *   one `GET …/details` per task, the request-per-item pattern CX Cadence avoids.
 * - `orderHint`: Planner rewrites it to place the task, so it cannot carry a value.
 */

/** `CXA-` and 10 hexadecimal digits (40 bits: collisions are negligible within one plan). */
export const ACTION_TASK_KEY_PATTERN = /^CXA-[0-9A-F]{10}$/;
const KEY_SUFFIX = / \[(CXA-[0-9A-F]{10})\]$/;
const KEY_DIGITS = 10;

/** The key of an action: the same for the same action id on every run and every machine. */
export function actionTaskKey(actionId: ActionItemId): string {
  const digest = sha256Hex(`cx-cadence-action:${actionId}`);
  return `CXA-${digest.slice(0, KEY_DIGITS).toUpperCase()}`;
}

/**
 * The Planner title for an action: its title, then ` [key]`. A title too long for Planner with
 * the key is shortened (ending with "…") so the whole stays within {@link ACTION_TITLE_MAX_LENGTH}.
 */
export function titleWithActionKey(title: string, key: string): string {
  const suffix = ` [${key}]`;
  const room = ACTION_TITLE_MAX_LENGTH - suffix.length;
  const shown = title.length <= room ? title : `${title.slice(0, room - 1).trimEnd()}…`;
  return `${shown}${suffix}`;
}

/** Splits a Planner title into the action's title and its key (undefined when it has none). */
export function splitActionTitle(plannerTitle: string): { title: string; key?: string } {
  const match = KEY_SUFFIX.exec(plannerTitle);
  if (!match?.[1]) return { title: plannerTitle };
  return { title: plannerTitle.slice(0, match.index), key: match[1] };
}
