import type { MemberId, OccurrenceId } from '../ids';

/**
 * A calendar date in the meeting's own time zone, written `YYYY-MM-DD` (e.g. `2027-03-09`). The
 * rotation never needs a time of day: "away that day" and "presented last" are both whole days, and
 * `YYYY-MM-DD` strings sort in date order, so they are compared as strings.
 */
export type LocalDate = string;

/** One meeting of the series that needs a Mission Moment presenter. */
export interface RotationOccurrence {
  readonly occurrenceId: OccurrenceId;
  /** The meeting's local date (in the cadence's time zone). */
  readonly date: LocalDate;
}

/** A Mission Moment someone already told. */
export interface PastPresentation {
  readonly memberId: MemberId;
  readonly date: LocalDate;
}

/** A member's out-of-office days, both ends included (`from` 2027-03-08 `to` 2027-03-12 = a week). */
export interface MemberAbsence {
  readonly memberId: MemberId;
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/** A presenter fixed by a person for one meeting (a volunteer, or one half of a swap). */
export interface PresenterOverride {
  readonly occurrenceId: OccurrenceId;
  readonly memberId: MemberId;
}

export interface RotationOptions {
  /** Who may present, in roster order: the order decides ties. No duplicates, at least one. */
  readonly members: readonly MemberId[];
  /** The meetings to assign, in strictly increasing date order (at most one a day). */
  readonly occurrences: readonly RotationOccurrence[];
  /**
   * Mission Moments already told, in any order. People no longer on the roster are ignored. A
   * presentation only counts for meetings after its date, so history that overlaps the planned
   * meetings is taken in as the plan reaches it.
   */
  readonly history?: readonly PastPresentation[];
  /** Out-of-office ranges, in any order; several per member allowed, overlaps allowed. */
  readonly absences?: readonly MemberAbsence[];
  /** At most one per meeting; each for a planned meeting and a member on the roster. */
  readonly overrides?: readonly PresenterOverride[];
}

/** Why a member was passed over for a meeting they were otherwise due to present. */
export type SkipReason = 'outOfOffice';

export interface SkippedMember {
  readonly memberId: MemberId;
  readonly reason: SkipReason;
}

/** Something a planner should show next to an override instead of silently accepting it. */
export type OverrideWarning = 'awayThatDay';

interface AssignmentBase {
  readonly occurrenceId: OccurrenceId;
  readonly date: LocalDate;
  /**
   * Members who were due before the presenter but were out of office that day, most overdue
   * first. Empty for overrides. For `noOneAvailable`, the whole roster.
   */
  readonly skipped: readonly SkippedMember[];
}

/** The rotation chose the presenter: the available member whose last turn is oldest. */
export interface RotationAssignment extends AssignmentBase {
  readonly reason: 'rotation';
  readonly presenterId: MemberId;
}

/** A person fixed the presenter. `warning` is set when that member is out of office that day. */
export interface OverrideAssignment extends AssignmentBase {
  readonly reason: 'override';
  readonly presenterId: MemberId;
  readonly warning?: OverrideWarning;
}

/** Everyone on the roster is out of office that day, so the meeting has no presenter. */
export interface UnassignedOccurrence extends AssignmentBase {
  readonly reason: 'noOneAvailable';
  readonly presenterId: undefined;
}

export type PresenterAssignment = RotationAssignment | OverrideAssignment | UnassignedOccurrence;

export type AssignmentReason = PresenterAssignment['reason'];
