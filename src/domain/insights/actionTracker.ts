import { parseDayNumber } from '../calendarDate';
import type { MemberId } from '../ids';
import { ACTION_STATUS_LABELS, isOverdue, sortForTracker } from '../records';
import type { ActionItem, ActionStatus } from '../records';
import { ACTION_STATUS_OPTIONS } from './actionStatusEdit';
import { memberNameOf } from './memberDirectory';
import type { MemberDirectory } from './memberDirectory';

/** One row of the action tracker with the owner's name and how late it is. */
export interface ActionTrackerEntry {
  readonly action: ActionItem;
  readonly ownerName: string;
  /** "Not started", "In progress", "Completed" (from Planner when it could be read). */
  readonly statusLabel: string;
  readonly isOverdue: boolean;
  /** Whole days past the due date; 0 when not overdue. */
  readonly daysOverdue: number;
}

export interface BuildActionTrackerOptions {
  /** The actions with their Planner statuses already applied. */
  readonly actions: readonly ActionItem[];
  readonly members: MemberDirectory;
  /** Today in the team's zone, `YYYY-MM-DD`: an action due today is not overdue yet. */
  readonly today: string;
}

/**
 * The action tracker: overdue actions first, then the other open ones, then completed ones, each
 * group by due date (see `sortForTracker`). Returns a new array.
 *
 * @example Today 2026-03-20: an action due 2026-03-17 and not completed is 3 days overdue and
 *   listed before an action due 2026-03-18 that is completed, and before one due today.
 */
export function buildActionTracker(options: BuildActionTrackerOptions): ActionTrackerEntry[] {
  const today = parseDayNumber(options.today);
  return sortForTracker(options.actions, options.today).map((action) => {
    const overdue = isOverdue(action, options.today);
    const due = parseDayNumber(action.dueDate);
    return {
      action,
      ownerName: memberNameOf(options.members, action.owner),
      statusLabel: ACTION_STATUS_LABELS[action.status],
      isOverdue: overdue,
      daysOverdue: overdue && today !== undefined && due !== undefined ? today - due : 0,
    };
  });
}

/** A status filter: one of Planner's three, or the open ones past their due date. */
export type ActionStatusFilter = ActionStatus | 'overdue';

/** The status filter's choices, with the words it shows. */
export const ACTION_STATUS_CHOICES: readonly { value: ActionStatusFilter; label: string }[] = [
  { value: 'overdue', label: 'Overdue' },
  ...ACTION_STATUS_OPTIONS,
];

/** What the tracker is narrowed to; a missing field does not narrow. */
export interface ActionTrackerFilter {
  readonly ownerId?: MemberId;
  readonly status?: ActionStatusFilter;
}

/** The entries matching every field of the filter, in the order given. */
export function filterActionTracker(
  entries: readonly ActionTrackerEntry[],
  filter: ActionTrackerFilter,
): ActionTrackerEntry[] {
  return entries.filter((entry) => {
    if (filter.ownerId !== undefined && entry.action.owner !== filter.ownerId) return false;
    if (filter.status === undefined) return true;
    if (filter.status === 'overdue') return entry.isOverdue;
    return entry.action.status === filter.status;
  });
}

/** The owners of the entries, each once, by name (the owner filter's choices). */
export function actionOwners(
  entries: readonly ActionTrackerEntry[],
): { value: MemberId; label: string }[] {
  const owners = new Map<MemberId, string>();
  for (const entry of entries) owners.set(entry.action.owner, entry.ownerName);
  return [...owners]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label) || (a.value < b.value ? -1 : 1));
}

/**
 * Where the actions stand: every action is exactly one of completed, overdue or open on time, so
 * `completed + overdue + onTrack = total`.
 */
export interface ActionProgress {
  readonly total: number;
  readonly completed: number;
  readonly overdue: number;
  /** Open and not past their due date. */
  readonly onTrack: number;
  /** Completed share, 0–100, rounded; 0 with no action. */
  readonly completionPercent: number;
}

/** Completion and overdue counts for the health chart. `today` as in `buildActionTracker`. */
export function actionProgress(
  actions: readonly Pick<ActionItem, 'status' | 'dueDate'>[],
  today: string,
): ActionProgress {
  const completed = actions.filter((action) => action.status === 'completed').length;
  const overdue = actions.filter((action) => isOverdue(action, today)).length;
  return {
    total: actions.length,
    completed,
    overdue,
    onTrack: actions.length - completed - overdue,
    completionPercent: percentOf(completed, actions.length),
  };
}

/** `part` of `whole` as a whole percentage; 0 when `whole` is 0. */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}
