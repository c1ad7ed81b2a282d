import { addDays } from '../calendarDate';
import { ValidationError, type FieldIssue } from '../errors';
import type { MemberId, OccurrenceId } from '../ids';
import { assertValidRotationOptions } from './rotationValidation';
import type {
  LocalDate,
  MemberAbsence,
  PastPresentation,
  PresenterAssignment,
  PresenterOverride,
  RotationOccurrence,
  RotationOptions,
  SkippedMember,
} from './types';

/*
 * The rule is "least recently presented first": for each meeting, in date order, the presenter is
 * the member not away that day whose last Mission Moment is oldest (never presented = oldest of
 * all; ties go to roster order). With nobody away this is a fixed cycle through the roster, so any
 * run of meetings gives everyone the same number of turns, give or take one. Example, roster
 * Ana, Ben, Cy, history Ben 2027-01-04: 2027-01-18 Ana (never presented), 2027-02-01 Cy (never),
 * 2027-02-15 Ben, 2027-03-01 Ana… If Ana is out of office on 2027-03-01, Cy presents and Ana is
 * listed as skipped; on 2027-03-15 Ana, now the most overdue, goes first.
 */

interface RosterEntry {
  readonly memberId: MemberId;
  readonly rosterIndex: number;
}

interface DateRange {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/** Per member, their out-of-office days as sorted, non-overlapping ranges (for binary search). */
type AbsenceCalendar = ReadonlyMap<MemberId, readonly DateRange[]>;

/** Each member's last turn so far; missing = never presented. Local to one planning run. */
type LastTurns = Map<MemberId, LocalDate>;

interface PlanningContext {
  readonly roster: readonly RosterEntry[];
  readonly absences: AbsenceCalendar;
  readonly overrides: ReadonlyMap<OccurrenceId, MemberId>;
}

/** Merges overlapping or touching ranges (Mon–Wed and Thu–Fri become Mon–Fri). */
function mergeRanges(ranges: readonly DateRange[]): DateRange[] {
  const sorted = [...ranges].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: DateRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.from <= addDays(last.to, 1)) {
      merged[merged.length - 1] = { from: last.from, to: range.to > last.to ? range.to : last.to };
    } else {
      merged.push(range);
    }
  }
  return merged;
}

function buildAbsenceCalendar(absences: readonly MemberAbsence[]): AbsenceCalendar {
  const byMember = new Map<MemberId, DateRange[]>();
  for (const { memberId, from, to } of absences) {
    const ranges = byMember.get(memberId) ?? [];
    ranges.push({ from, to });
    byMember.set(memberId, ranges);
  }
  return new Map([...byMember].map(([memberId, ranges]) => [memberId, mergeRanges(ranges)]));
}

function isOutOfOffice(calendar: AbsenceCalendar, member: MemberId, date: LocalDate): boolean {
  const ranges = calendar.get(member);
  if (!ranges) return false;
  // The last range starting on or before `date` is the only one that can contain it.
  let low = 0;
  let high = ranges.length - 1;
  let candidate: DateRange | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle] as DateRange;
    if (range.from <= date) {
      candidate = range;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return candidate !== undefined && date <= candidate.to;
}

/** Negative when `a` is due before `b`: older last turn first, never-presented first of all. */
function compareDue(lastTurns: LastTurns, a: RosterEntry, b: RosterEntry): number {
  const lastA = lastTurns.get(a.memberId);
  const lastB = lastTurns.get(b.memberId);
  if (lastA !== lastB) {
    if (lastA === undefined) return -1;
    if (lastB === undefined) return 1;
    return lastA < lastB ? -1 : 1;
  }
  return a.rosterIndex - b.rosterIndex;
}

function recordTurn(lastTurns: LastTurns, member: MemberId, date: LocalDate): void {
  const previous = lastTurns.get(member);
  if (previous === undefined || previous < date) lastTurns.set(member, date);
}

function asSkipped(entries: readonly RosterEntry[], lastTurns: LastTurns): SkippedMember[] {
  return [...entries]
    .sort((a, b) => compareDue(lastTurns, a, b))
    .map(({ memberId }) => ({ memberId, reason: 'outOfOffice' }));
}

function assignByRotation(
  context: PlanningContext,
  lastTurns: LastTurns,
  { occurrenceId, date }: RotationOccurrence,
): PresenterAssignment {
  let chosen: RosterEntry | undefined;
  const away: RosterEntry[] = [];
  for (const entry of context.roster) {
    if (isOutOfOffice(context.absences, entry.memberId, date)) away.push(entry);
    else if (!chosen || compareDue(lastTurns, entry, chosen) < 0) chosen = entry;
  }
  if (!chosen) {
    const skipped = asSkipped(away, lastTurns);
    return { occurrenceId, date, reason: 'noOneAvailable', presenterId: undefined, skipped };
  }
  const presenter = chosen;
  const passedOver = away.filter((entry) => compareDue(lastTurns, entry, presenter) < 0);
  return {
    occurrenceId,
    date,
    reason: 'rotation',
    presenterId: presenter.memberId,
    skipped: asSkipped(passedOver, lastTurns),
  };
}

function assignOccurrence(
  context: PlanningContext,
  lastTurns: LastTurns,
  occurrence: RotationOccurrence,
): PresenterAssignment {
  const overridden = context.overrides.get(occurrence.occurrenceId);
  if (overridden === undefined) return assignByRotation(context, lastTurns, occurrence);
  const isAway = isOutOfOffice(context.absences, overridden, occurrence.date);
  return {
    occurrenceId: occurrence.occurrenceId,
    date: occurrence.date,
    reason: 'override',
    presenterId: overridden,
    skipped: [],
    ...(isAway ? { warning: 'awayThatDay' as const } : {}),
  };
}

/** Plans the first `limit` occurrences of already-validated options. */
function planPresenters(options: RotationOptions, limit: number): PresenterAssignment[] {
  const roster = options.members.map((memberId, rosterIndex) => ({ memberId, rosterIndex }));
  const eligible = new Set(options.members);
  const context: PlanningContext = {
    roster,
    absences: buildAbsenceCalendar(options.absences ?? []),
    overrides: new Map((options.overrides ?? []).map((o) => [o.occurrenceId, o.memberId])),
  };
  // Sorted once, then consumed as the plan walks forward in time: O(history log history) in all.
  const history: PastPresentation[] = (options.history ?? [])
    .filter((presentation) => eligible.has(presentation.memberId))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const lastTurns: LastTurns = new Map();
  let nextPast = 0;
  return options.occurrences.slice(0, limit).map((occurrence) => {
    for (; nextPast < history.length; nextPast += 1) {
      const past = history[nextPast] as PastPresentation;
      if (past.date >= occurrence.date) break;
      recordTurn(lastTurns, past.memberId, past.date);
    }
    const assignment = assignOccurrence(context, lastTurns, occurrence);
    if (assignment.presenterId !== undefined) {
      recordTurn(lastTurns, assignment.presenterId, occurrence.date);
    }
    return assignment;
  });
}

/**
 * Assigns a Mission Moment presenter to every occurrence, in date order: least recently presented
 * first, skipping members who are out of office that day, honouring overrides.
 *
 * - Fair: with nobody away and no overrides, any run of consecutive meetings gives each member the
 *   same number of turns, give or take one (history before the first meeting sets the order).
 * - Continues from history: the first presenter is the member whose last turn is oldest, and a
 *   plan of meetings 1..n equals a plan of 1..k followed by a plan of k+1..n given 1..k as history.
 * - A member skipped for being away is the most overdue when they return, so they go next.
 * - An override is always honoured; when its member is away that day the assignment carries
 *   `warning: 'awayThatDay'` so the planner can ask, rather than silently accept or refuse.
 * - Deterministic; the order of `history` and `absences` does not matter; inputs are not mutated.
 * - O(history log history + absences log absences + occurrences × members log absences).
 *
 * @throws ValidationError naming every wrong field: empty or duplicate roster, malformed or
 *   out-of-order meeting dates, overrides for unplanned meetings or people off the roster,
 *   absences that end before they start, malformed history dates.
 */
export function assignMissionMomentPresenters(options: RotationOptions): PresenterAssignment[] {
  assertValidRotationOptions(options);
  return planPresenters(options, options.occurrences.length);
}

/**
 * The assignment of the first occurrence in `options` only (what the side panel shows for the
 * coming meeting), or `undefined` when there are no occurrences. Validates the whole of `options`.
 */
export function nextPresenter(options: RotationOptions): PresenterAssignment | undefined {
  assertValidRotationOptions(options);
  return planPresenters(options, 1)[0];
}

/**
 * Turns per presenter in `assignments` (meetings with no presenter count for nobody). Members in
 * `members` are listed first, in that order, with 0 when they have no turn; anyone else follows in
 * order of first appearance.
 */
export function rotationCounts(
  assignments: readonly PresenterAssignment[],
  members: readonly MemberId[] = [],
): ReadonlyMap<MemberId, number> {
  const counts = new Map<MemberId, number>(members.map((member) => [member, 0]));
  for (const { presenterId } of assignments) {
    if (presenterId !== undefined) counts.set(presenterId, (counts.get(presenterId) ?? 0) + 1);
  }
  return counts;
}

/**
 * Returns `overrides` with the presenter of `occurrenceId` fixed to `memberId`, or with that
 * meeting's override removed when `memberId` is `undefined` (the rotation decides again). Returns
 * the same array when nothing changes, so a planner can skip recomputing.
 */
export function withOverride(
  overrides: readonly PresenterOverride[],
  occurrenceId: OccurrenceId,
  memberId: MemberId | undefined,
): readonly PresenterOverride[] {
  const index = overrides.findIndex((override) => override.occurrenceId === occurrenceId);
  const current = overrides[index];
  if (current?.memberId === memberId) return overrides;
  if (memberId === undefined) return overrides.filter((_, i) => i !== index);
  if (index < 0) return [...overrides, { occurrenceId, memberId }];
  return overrides.map((override, i) => (i === index ? { occurrenceId, memberId } : override));
}

/** `withOverride` for each change in turn (e.g. the pair returned by `swapPresenters`). */
export function withOverrides(
  overrides: readonly PresenterOverride[],
  changes: readonly PresenterOverride[],
): readonly PresenterOverride[] {
  return changes.reduce(
    (current, change) => withOverride(current, change.occurrenceId, change.memberId),
    overrides,
  );
}

/** The presenter of `occurrenceId`, or the problem that stops it being swapped. */
function swappablePresenter(
  assignments: readonly PresenterAssignment[],
  occurrenceId: OccurrenceId,
  field: string,
): MemberId | FieldIssue {
  const assignment = assignments.find((a) => a.occurrenceId === occurrenceId);
  if (!assignment) {
    return { field, message: 'This meeting is not in the plan; pick a planned meeting' };
  }
  return (
    assignment.presenterId ?? {
      field,
      message:
        'This meeting has no presenter because everyone is away; fix a presenter for it instead of swapping',
    }
  );
}

const isIssue = (value: MemberId | FieldIssue): value is FieldIssue => typeof value !== 'string';

/**
 * The two overrides that swap the presenters of meetings `first` and `second` in `assignments`.
 * Apply them with `withOverrides` and plan again: the swap is then fixed, and the rest of the rota
 * is recomputed around it by the same rule. Swapping neighbouring meetings changes nothing else,
 * except that in later rounds the two keep their swapped order (that is now who presented longest
 * ago). Swapping meetings further apart: the member moved later has not presented yet, so the
 * rotation may pick them for a meeting in between as well; fix that meeting too if that is unwanted.
 *
 * @throws ValidationError (field `first` or `second`) when a meeting is not in `assignments` or
 *   has no presenter, or when both are the same meeting.
 */
export function swapPresenters(
  assignments: readonly PresenterAssignment[],
  first: OccurrenceId,
  second: OccurrenceId,
): readonly [PresenterOverride, PresenterOverride] {
  if (first === second) {
    throw ValidationError.single('second', 'Pick two different meetings to swap presenters');
  }
  const firstPresenter = swappablePresenter(assignments, first, 'first');
  const secondPresenter = swappablePresenter(assignments, second, 'second');
  if (isIssue(firstPresenter) || isIssue(secondPresenter)) {
    throw new ValidationError([firstPresenter, secondPresenter].filter(isIssue));
  }
  return [
    { occurrenceId: first, memberId: secondPresenter },
    { occurrenceId: second, memberId: firstPresenter },
  ];
}
