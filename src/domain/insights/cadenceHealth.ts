import { cadenceOccurrences } from '../cadence';
import type { Cadence } from '../cadence';
import { DEPARTMENTS, departmentLabel } from '../charter';
import type { Department } from '../charter';
import type { CadenceId, DecisionCategoryId, OccurrenceId, RoleId } from '../ids';
import { attendanceByDepartment, categoryName, roleName } from '../records';
import type { Decision, DecisionStatus, MeetingRecord, MissionMoment } from '../records';
import { percentOf } from './actionTracker';
import type { InsightCharter } from './decisionLog';
import { NO_CHARTER } from './decisionLog';

/**
 * Cadence health: the numbers behind the hub's charts. Each breakdown partitions what it counts,
 * so its parts add up to its total (a chart never shows more meetings, decisions or invitations
 * than there are).
 */

/** Planned meetings by what became of them: `held + cancelled + notRecorded = planned`. */
export interface MeetingCounts {
  readonly planned: number;
  readonly held: number;
  readonly cancelled: number;
  /** Planned meetings whose time has come with no record: nobody captured them. */
  readonly notRecorded: number;
}

export interface CadenceMeetingCounts extends MeetingCounts {
  readonly cadenceId: CadenceId;
  readonly title: string;
}

export interface HeldVersusPlanned {
  /** One row per cadence, in the order given. */
  readonly cadences: readonly CadenceMeetingCounts[];
  readonly totals: MeetingCounts;
}

export interface HeldVersusPlannedOptions {
  readonly cadences: readonly Cadence[];
  readonly meetings: readonly Pick<
    MeetingRecord,
    'cadenceId' | 'occurrenceId' | 'scheduledStart' | 'status'
  >[];
  /** ISO instant with an offset: meetings that started before it are due. */
  readonly now: string;
}

/** The window's start for "every occurrence so far": before any cadence can start. */
const BEGINNING_OF_RECORDS = '1970-01-01T00:00:00Z';

/**
 * Meetings held versus planned, per cadence and in total. A meeting is planned once its start is
 * before `now`: every occurrence of the cadence so far, plus any recorded occurrence the current
 * version of the cadence no longer has (it was moved or the cadence changed). A planned meeting is
 * held or cancelled as its record says, or not recorded. Records of meetings still to come and of
 * cadences the team no longer has are not counted.
 *
 * @example A biweekly cadence from Tuesday 2026-03-10, `now` 2026-04-01: planned 2 (10 and 24
 *   March); a held record for 10 March → held 1, not recorded 1.
 */
export function meetingsHeldVersusPlanned(options: HeldVersusPlannedOptions): HeldVersusPlanned {
  const nowMs = Date.parse(options.now);
  const rows = options.cadences.map((cadence): CadenceMeetingCounts => {
    const due = dueOccurrenceIds(cadence, options.now);
    const recorded = new Map<OccurrenceId, MeetingRecord['status']>();
    for (const meeting of options.meetings) {
      if (meeting.cadenceId !== cadence.id || Date.parse(meeting.scheduledStart) > nowMs) continue;
      due.add(meeting.occurrenceId);
      recorded.set(meeting.occurrenceId, meeting.status);
    }
    const statuses = [...recorded.values()];
    const held = statuses.filter((status) => status === 'held').length;
    const cancelled = statuses.length - held;
    return {
      cadenceId: cadence.id,
      title: cadence.title,
      planned: due.size,
      held,
      cancelled,
      notRecorded: due.size - held - cancelled,
    };
  });
  return { cadences: rows, totals: sumMeetingCounts(rows) };
}

function dueOccurrenceIds(cadence: Cadence, now: string): Set<OccurrenceId> {
  if (Date.parse(now) <= Date.parse(BEGINNING_OF_RECORDS)) return new Set();
  const occurrences = cadenceOccurrences(cadence, {
    window: { from: BEGINNING_OF_RECORDS, to: now },
  });
  return new Set(occurrences.map((occurrence) => occurrence.id));
}

function sumMeetingCounts(rows: readonly MeetingCounts[]): MeetingCounts {
  const sum = (pick: (row: MeetingCounts) => number) =>
    rows.reduce((total, row) => total + pick(row), 0);
  return {
    planned: sum((row) => row.planned),
    held: sum((row) => row.held),
    cancelled: sum((row) => row.cancelled),
    notRecorded: sum((row) => row.notRecorded),
  };
}

/** How many held meetings had a Mission Moment told, and how many did not. */
export interface MissionMomentCoverage {
  readonly held: number;
  readonly withMoment: number;
  readonly withoutMoment: number;
}

/**
 * Held meetings with and without a Mission Moment (`withMoment + withoutMoment = held`): a
 * meeting has one when its record links it or a stored moment names the meeting.
 */
export function missionMomentCoverage(
  meetings: readonly Pick<MeetingRecord, 'id' | 'status' | 'missionMomentId'>[],
  moments: readonly Pick<MissionMoment, 'meetingId'>[],
): MissionMomentCoverage {
  const told = new Set<string>(moments.map((moment) => moment.meetingId));
  const held = meetings.filter((meeting) => meeting.status === 'held');
  const withMoment = held.filter(
    (meeting) => meeting.missionMomentId !== undefined || told.has(meeting.id),
  ).length;
  return { held: held.length, withMoment, withoutMoment: held.length - withMoment };
}

/** Decisions of one category, by status: the status counts add up to `total`. */
export interface CategoryDecisionCounts {
  readonly categoryId: DecisionCategoryId;
  readonly name: string;
  readonly total: number;
  readonly byStatus: Readonly<Record<DecisionStatus, number>>;
}

/**
 * Decisions per category, split by status: the charter's categories in its order (those with no
 * decision left out), then categories the charter no longer has. The totals add up to the number
 * of decisions.
 */
export function decisionsPerCategory(
  decisions: readonly Pick<Decision, 'categoryId' | 'status'>[],
  charter: InsightCharter | undefined,
): CategoryDecisionCounts[] {
  const known = charter ?? NO_CHARTER;
  const order = [
    ...known.decisionCategories.map((category) => category.id),
    ...decisions.map((decision) => decision.categoryId),
  ];
  return [...new Set(order)].flatMap((categoryId) => {
    const inCategory = decisions.filter((decision) => decision.categoryId === categoryId);
    if (inCategory.length === 0) return [];
    const count = (status: DecisionStatus) =>
      inCategory.filter((decision) => decision.status === status).length;
    return [
      {
        categoryId,
        name: categoryName(known, categoryId),
        total: inCategory.length,
        byStatus: {
          pendingApproval: count('pendingApproval'),
          deferred: count('deferred'),
          approved: count('approved'),
          rejected: count('rejected'),
        },
      },
    ];
  });
}

/** Decisions one role drove and named it as approver. */
export interface RoleDecisionCounts {
  readonly roleId: RoleId;
  readonly name: string;
  readonly driven: number;
  readonly approved: number;
}

/**
 * Decisions per role: how many each role drove and how many named it as approver (a role that
 * did both on one decision counts in both). The charter's roles in its order, those with no
 * decision left out, then roles the charter no longer has. Every decision has exactly one driver
 * and one approver, so `driven` and `approved` each add up to the number of decisions.
 */
export function decisionsPerRole(
  decisions: readonly Pick<Decision, 'driver' | 'approver'>[],
  charter: InsightCharter | undefined,
): RoleDecisionCounts[] {
  const known = charter ?? NO_CHARTER;
  const order = [
    ...known.roles.map((role) => role.id),
    ...decisions.flatMap((decision) => [decision.driver.roleId, decision.approver.roleId]),
  ];
  return [...new Set(order)].flatMap((roleId) => {
    const driven = decisions.filter((decision) => decision.driver.roleId === roleId).length;
    const approved = decisions.filter((decision) => decision.approver.roleId === roleId).length;
    return driven + approved === 0
      ? []
      : [{ roleId, name: roleName(known, roleId), driven, approved }];
  });
}

/** One department's attendance over the held meetings: `attended + missed = invited`. */
export interface DepartmentAttendanceTotals {
  readonly department: Department;
  readonly label: string;
  readonly invited: number;
  readonly attended: number;
  readonly missed: number;
  /** `attended` of `invited`, 0–100, rounded. */
  readonly attendancePercent: number;
}

/**
 * Attendance per department over every held meeting (cancelled meetings had nobody to attend):
 * the silo signal. Lowest attendance first, so the departments drifting away lead; ties in the
 * usual department order.
 *
 * @example Two held meetings where Sales was invited twice and came once, and Marketing came
 *   both times: Sales 1 of 2 (50 %) is listed before Marketing 2 of 2 (100 %).
 */
export function attendanceByDepartmentOverall(
  meetings: readonly Pick<MeetingRecord, 'status' | 'attendance'>[],
): DepartmentAttendanceTotals[] {
  const counts = new Map<Department, { invited: number; attended: number }>();
  for (const meeting of meetings) {
    if (meeting.status !== 'held') continue;
    for (const { department, invited, attended } of attendanceByDepartment(meeting)) {
      const current = counts.get(department) ?? { invited: 0, attended: 0 };
      counts.set(department, {
        invited: current.invited + invited,
        attended: current.attended + attended,
      });
    }
  }
  return DEPARTMENTS.flatMap((department) => {
    const count = counts.get(department);
    if (!count) return [];
    return [
      {
        department,
        label: departmentLabel(department),
        invited: count.invited,
        attended: count.attended,
        missed: count.invited - count.attended,
        attendancePercent: percentOf(count.attended, count.invited),
      },
    ];
  }).sort((a, b) => a.attended / a.invited - b.attended / b.invited);
}
