import { DateTime } from 'luxon';
import type { AgendaCarryOver } from '../agenda';
import type { Charter } from '../charter/types';
import { isCalendarDate } from '../calendarDate';
import { ValidationError } from '../errors';
import type { FieldIssue } from '../errors';
import type { MemberId } from '../ids';
import { isOpen } from './actionItem';
import type { ActionItem } from './actionItem';
import { decisionStatusLabel } from './decision';
import type { Decision } from './decision';

/** The outcomes of one past meeting, as last saved (so an action's latest status is known). */
export interface PastMeetingOutcomes {
  /** The meeting's date in the team's time zone, `YYYY-MM-DD`. */
  readonly meetingDate: string;
  readonly actions: readonly ActionItem[];
  readonly decisions: readonly Decision[];
}

export interface CarryOverOptions {
  /** Any order; meetings on or after `nextMeetingDate` are ignored. */
  readonly previousMeetings: readonly PastMeetingOutcomes[];
  /** The date of the meeting being prepared, `YYYY-MM-DD`. */
  readonly nextMeetingDate: string;
}

/** What the next meeting picks up: open actions and undecided decisions, oldest first. */
export interface CarryOver {
  readonly nextMeetingDate: string;
  readonly openActions: readonly ActionItem[];
  /** Deferred decisions and decisions still pending approval. */
  readonly deferredDecisions: readonly Decision[];
}

/** Display names for turning ids into the words an agenda shows. */
export interface CarryOverNames {
  /** Member display names by Entra user id. */
  readonly memberNames: ReadonlyMap<MemberId, string>;
  /** For role and category names in decision status labels. */
  readonly charter: Pick<Charter, 'roles' | 'decisionCategories'>;
}

/** Shown for an owner who is no longer in the directory (e.g. left the organisation). */
export const UNKNOWN_MEMBER_NAME = 'Unknown member';

/**
 * Works out what the next meeting must pick up from earlier ones: actions not completed, and
 * decisions deferred or still pending approval.
 *
 * The same action or decision often appears in several past meetings (it was carried over before);
 * each is listed once, in the state saved by the latest meeting, so an action completed since is
 * dropped. Oldest first: by the first meeting it appeared in, then due date (actions) or decision
 * time (decisions), then id.
 *
 * @example
 * // A raised on 3 March (due 31 March), carried on 7 April, completed by 5 May; B raised 7 April.
 * carryOver({ previousMeetings: [march, april, may], nextMeetingDate: '2025-06-02' })
 * // → openActions: [B]
 * @throws ValidationError when a date is not `YYYY-MM-DD`.
 */
export function carryOver(options: CarryOverOptions): CarryOver {
  const issues = carryOverDateIssues(options);
  if (issues.length > 0) throw new ValidationError(issues);
  const meetings = options.previousMeetings
    .filter((meeting) => meeting.meetingDate < options.nextMeetingDate)
    .map((meeting, index) => ({ meeting, index }))
    .sort((a, b) => compareText(a.meeting.meetingDate, b.meeting.meetingDate) || a.index - b.index)
    .map(({ meeting }) => meeting);

  const actions = latestById(meetings, (meeting) => meeting.actions);
  const decisions = latestById(meetings, (meeting) => meeting.decisions);

  const openActions = actions
    .filter(({ item }) => isOpen(item))
    .sort(
      (a, b) =>
        compareText(a.firstSeen, b.firstSeen) ||
        compareText(a.item.dueDate, b.item.dueDate) ||
        compareText(a.item.id, b.item.id),
    )
    .map(({ item }) => item);
  const deferredDecisions = decisions
    .filter(({ item }) => isUndecided(item))
    .sort(
      (a, b) =>
        compareText(a.firstSeen, b.firstSeen) ||
        instant(a.item.decidedAt) - instant(b.item.decidedAt) ||
        compareText(a.item.id, b.item.id),
    )
    .map(({ item }) => item);

  return { nextMeetingDate: options.nextMeetingDate, openActions, deferredDecisions };
}

/** True for a decision the next meeting still has to settle. */
export function isUndecided(decision: Pick<Decision, 'status'>): boolean {
  return decision.status === 'deferred' || decision.status === 'pendingApproval';
}

/**
 * The carry-over as the agenda shows it: owner names instead of ids, and each decision's status
 * in words ("Pending approval by Executive Sponsor", "Deferred to the next meeting").
 */
export function toAgendaCarryOver(carried: CarryOver, names: CarryOverNames): AgendaCarryOver {
  return {
    openActions: carried.openActions.map((action) => ({
      title: action.title,
      ownerName: names.memberNames.get(action.owner) ?? UNKNOWN_MEMBER_NAME,
      dueDate: action.dueDate,
    })),
    deferredDecisions: carried.deferredDecisions.map((decision) => ({
      statement: decision.statement,
      statusLabel: decisionStatusLabel(decision, names.charter),
    })),
  };
}

function carryOverDateIssues(options: CarryOverOptions): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isCalendarDate(options.nextMeetingDate)) {
    issues.push({
      field: 'nextMeetingDate',
      message: 'The next meeting date must be a date such as 2025-04-01',
    });
  }
  options.previousMeetings.forEach((meeting, index) => {
    if (!isCalendarDate(meeting.meetingDate)) {
      issues.push({
        field: `previousMeetings.${index}.meetingDate`,
        message: 'Each past meeting needs its date, such as 2025-03-04',
      });
    }
  });
  return issues;
}

interface Tracked<T> {
  readonly item: T;
  /** The date of the earliest meeting the item appeared in. */
  readonly firstSeen: string;
}

/** Each item once, in its latest saved state; `meetings` must be in date order. */
function latestById<T extends { readonly id: string }>(
  meetings: readonly PastMeetingOutcomes[],
  itemsOf: (meeting: PastMeetingOutcomes) => readonly T[],
): Tracked<T>[] {
  const tracked = new Map<string, Tracked<T>>();
  for (const meeting of meetings) {
    for (const item of itemsOf(meeting)) {
      const firstSeen = tracked.get(item.id)?.firstSeen ?? meeting.meetingDate;
      tracked.set(item.id, { item, firstSeen });
    }
  }
  return [...tracked.values()];
}

function instant(isoDateTime: string): number {
  return DateTime.fromISO(isoDateTime, { setZone: true }).toMillis();
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
