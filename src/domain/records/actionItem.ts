import { isCalendarDate } from '../calendarDate';
import { ValidationError } from '../errors';
import type { FieldIssue } from '../errors';
import type {
  ActionItemId,
  DecisionId,
  MeetingId,
  MemberId,
  MissionMomentId,
  OccurrenceId,
} from '../ids';

/** The three states Planner shows for a task; they map to its `percentComplete` 0, 50 and 100. */
export type ActionStatus = 'notStarted' | 'inProgress' | 'completed';

/** Where an action came from: the meeting, and the decision or Mission Moment that led to it. */
export interface ActionSource {
  readonly meetingId: MeetingId;
  readonly occurrenceId: OccurrenceId;
  readonly decisionId?: DecisionId;
  readonly missionMomentId?: MissionMomentId;
}

/** Something a member agreed to do by a date; mirrored as a Planner task in the team's plan. */
export interface ActionItem {
  readonly id: ActionItemId;
  readonly title: string;
  readonly owner: MemberId;
  /** A calendar date, `YYYY-MM-DD`, in the team's time zone. */
  readonly dueDate: string;
  readonly status: ActionStatus;
  readonly source: ActionSource;
  /** The Planner task mirroring this action, once created. */
  readonly plannerTaskId?: string;
}

export interface CreateActionItemOptions {
  readonly id: ActionItemId;
  readonly title: string;
  /** Empty or missing while nobody has been chosen: reported as a field problem. */
  readonly owner: MemberId | undefined;
  /** `YYYY-MM-DD`; not before `meetingDate`. */
  readonly dueDate: string;
  /** The meeting's date in the team's time zone, `YYYY-MM-DD`. */
  readonly meetingDate: string;
  readonly source: ActionSource;
  /** Defaults to `notStarted`. */
  readonly status?: ActionStatus;
  readonly plannerTaskId?: string;
}

/** Planner rejects task titles longer than this. */
export const ACTION_TITLE_MAX_LENGTH = 255;

/** Planner's `percentComplete` for each status. */
export const PLANNER_PERCENT_COMPLETE: Readonly<Record<ActionStatus, number>> = {
  notStarted: 0,
  inProgress: 50,
  completed: 100,
};

/** Status names people read, e.g. in the summary and the tracker. */
export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  notStarted: 'Not started',
  inProgress: 'In progress',
  completed: 'Completed',
};

/**
 * Validates a new action item and returns it with its title trimmed.
 *
 * @throws ValidationError naming every wrong field: `title` (missing or longer than Planner allows),
 * `owner` (nobody chosen), `dueDate` (not a date, or before the meeting), `meetingDate`.
 */
export function createActionItem(options: CreateActionItemOptions): ActionItem {
  const title = options.title.trim();
  const issues: FieldIssue[] = [
    ...titleIssues(title),
    ...(options.owner?.trim() ? [] : [{ field: 'owner', message: 'Choose who owns this action' }]),
    ...dueDateIssues(options.dueDate, options.meetingDate),
  ];
  if (issues.length > 0 || !options.owner) throw new ValidationError(issues);
  return {
    id: options.id,
    title,
    owner: options.owner,
    dueDate: options.dueDate,
    status: options.status ?? 'notStarted',
    source: { ...options.source },
    ...(options.plannerTaskId ? { plannerTaskId: options.plannerTaskId } : {}),
  };
}

function titleIssues(title: string): FieldIssue[] {
  if (title.length === 0) {
    return [{ field: 'title', message: 'Say what will be done: the action needs a title' }];
  }
  if (title.length > ACTION_TITLE_MAX_LENGTH) {
    return [
      {
        field: 'title',
        message: `Shorten the title to ${ACTION_TITLE_MAX_LENGTH} characters or fewer (Planner's limit)`,
      },
    ];
  }
  return [];
}

function dueDateIssues(dueDate: string, meetingDate: string): FieldIssue[] {
  if (!isCalendarDate(meetingDate)) {
    return [
      { field: 'meetingDate', message: 'The meeting date must be a date such as 2025-03-04' },
    ];
  }
  if (!isCalendarDate(dueDate)) {
    return [{ field: 'dueDate', message: 'Enter the due date as a date such as 2025-03-31' }];
  }
  if (dueDate < meetingDate) {
    return [
      {
        field: 'dueDate',
        message: `The due date ${dueDate} is before the meeting on ${meetingDate}: choose the meeting day or later`,
      },
    ];
  }
  return [];
}

/** Planner's `percentComplete` for a status: 0, 50 or 100. */
export function toPlannerPercentComplete(status: ActionStatus): number {
  return PLANNER_PERCENT_COMPLETE[status];
}

/**
 * The status for a Planner `percentComplete`. Planner's own UI only writes 0, 50 and 100, but the
 * API accepts any whole number: 100 or more is completed, anything above 0 is in progress, and 0,
 * a negative number or a missing value is not started.
 */
export function fromPlannerPercentComplete(
  percentComplete: number | null | undefined,
): ActionStatus {
  if (percentComplete === null || percentComplete === undefined || !(percentComplete > 0)) {
    return 'notStarted';
  }
  return percentComplete >= 100 ? 'completed' : 'inProgress';
}

/**
 * True when the action is not completed and its due date has passed. `today` is the calendar date
 * (`YYYY-MM-DD`) in the team's time zone, passed in; an action due today is not overdue yet.
 */
export function isOverdue(action: Pick<ActionItem, 'status' | 'dueDate'>, today: string): boolean {
  return action.status !== 'completed' && action.dueDate < today;
}

/** True until the action is completed. */
export function isOpen(action: Pick<ActionItem, 'status'>): boolean {
  return action.status !== 'completed';
}

/**
 * The order of the action tracker: overdue actions first, then the other open ones, then completed
 * ones (still visible, out of the way); each group by due date, then title and id so the order is
 * stable. Returns a new array; the input is not touched.
 */
export function sortForTracker(actions: readonly ActionItem[], today: string): ActionItem[] {
  const group = (action: ActionItem): number => {
    if (isOverdue(action, today)) return 0;
    return isOpen(action) ? 1 : 2;
  };
  return [...actions].sort(
    (a, b) =>
      group(a) - group(b) ||
      compareText(a.dueDate, b.dueDate) ||
      compareText(a.title, b.title) ||
      compareText(a.id, b.id),
  );
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** The action with a new status; the same object when the status is unchanged. */
export function withActionStatus(action: ActionItem, status: ActionStatus): ActionItem {
  return action.status === status ? action : { ...action, status };
}

/** The action linked to its Planner task; the same object when already linked to it. */
export function withPlannerTask(action: ActionItem, plannerTaskId: string): ActionItem {
  return action.plannerTaskId === plannerTaskId ? action : { ...action, plannerTaskId };
}
