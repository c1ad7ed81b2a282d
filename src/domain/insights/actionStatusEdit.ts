import { ACTION_STATUS_LABELS } from '../records';
import type { ActionStatus } from '../records';

/**
 * Where a person's change of an action's status stands in the tracker. The status lives in the
 * action's Planner task, which is only ever updated with the ETag it was read with, so a change
 * made on a stale read is refused (never a silent overwrite) and becomes a `conflict`.
 *
 * - `saving`: `status` is being written.
 * - `saved`: Planner now has `status`.
 * - `conflict`: someone else changed the task first, to `theirs`; `mine` is kept, not written.
 * - `failed`: `status` could not be written (offline, throttled…); the person may try again.
 */
export type ActionStatusEdit =
  | { readonly state: 'saving'; readonly status: ActionStatus }
  | { readonly state: 'saved'; readonly status: ActionStatus }
  | { readonly state: 'conflict'; readonly mine: ActionStatus; readonly theirs: ActionStatus }
  | { readonly state: 'failed'; readonly status: ActionStatus };

/** Planner's three statuses in the order a status control offers them, with their words. */
export const ACTION_STATUS_OPTIONS: readonly { value: ActionStatus; label: string }[] = [
  { value: 'notStarted', label: ACTION_STATUS_LABELS.notStarted },
  { value: 'inProgress', label: ACTION_STATUS_LABELS.inProgress },
  { value: 'completed', label: ACTION_STATUS_LABELS.completed },
];

/**
 * The status a status control shows: the person's own choice while it is being saved, refused
 * (conflict) or failed, so nothing they chose disappears; otherwise the status as read.
 */
export function shownActionStatus(
  read: ActionStatus,
  edit: ActionStatusEdit | undefined,
): ActionStatus {
  if (!edit) return read;
  switch (edit.state) {
    case 'conflict':
      return edit.mine;
    case 'saved':
      return read;
    default:
      return edit.status;
  }
}

/** The words shown next to an action whose status someone else changed first. */
export function describeStatusConflict(edit: {
  readonly mine: ActionStatus;
  readonly theirs: ActionStatus;
}): { readonly title: string; readonly message: string } {
  return {
    title: 'Someone else changed this action first',
    message:
      `They set it to ${ACTION_STATUS_LABELS[edit.theirs]}; Planner keeps that for now. ` +
      `Your choice, ${ACTION_STATUS_LABELS[edit.mine]}, is not saved: use theirs, or save yours again.`,
  };
}
