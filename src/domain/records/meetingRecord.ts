import { rolesOfMember } from '../charter/decisionRights';
import { DEPARTMENTS, departmentLabel } from '../charter/defaultCharter';
import type { Charter, Department } from '../charter/types';
import { meetingId } from '../ids';
import type {
  ActionItemId,
  CadenceId,
  DecisionId,
  MeetingId,
  MemberId,
  MissionMomentId,
  OccurrenceId,
} from '../ids';

/** Whether the occurrence took place; a cancelled one still counts against "held versus planned". */
export type MeetingStatus = 'held' | 'cancelled';

/** One invited member and whether they came; the department feeds the silo signal. */
export interface Attendance {
  readonly memberId: MemberId;
  readonly department: Department;
  readonly attended: boolean;
}

/** What one occurrence of a cadence produced. Outcomes are referenced by id, stored on their own. */
export interface MeetingRecord {
  readonly id: MeetingId;
  readonly cadenceId: CadenceId;
  readonly occurrenceId: OccurrenceId;
  /** ISO 8601 date-time with offset: the occurrence's scheduled start. */
  readonly scheduledStart: string;
  readonly status: MeetingStatus;
  readonly attendance: readonly Attendance[];
  readonly missionMomentId?: MissionMomentId;
  readonly decisionIds: readonly DecisionId[];
  readonly actionIds: readonly ActionItemId[];
}

/**
 * The meeting record's id for one occurrence of a cadence. Derived, not generated, so the side
 * panel, the summary and a retried write all name the same record without asking anyone.
 *
 * @example meetingIdOf('cad-1', '2026-03-02T15:00:00Z') → 'cad-1@2026-03-02T15:00:00Z'
 */
export function meetingIdOf(cadenceId: CadenceId, occurrenceId: OccurrenceId): MeetingId {
  return meetingId(`${cadenceId}@${occurrenceId}`);
}

/** Members who came, in the record's order. */
export function attendeesOf(record: Pick<MeetingRecord, 'attendance'>): MemberId[] {
  return record.attendance.filter((entry) => entry.attended).map((entry) => entry.memberId);
}

/** Invited members who did not come, in the record's order. */
export function absenteesOf(record: Pick<MeetingRecord, 'attendance'>): MemberId[] {
  return record.attendance.filter((entry) => !entry.attended).map((entry) => entry.memberId);
}

/** Attendance counts for one department in one meeting. */
export interface DepartmentAttendance {
  readonly department: Department;
  readonly attended: number;
  readonly invited: number;
}

/**
 * Attendance per department, in the order departments first appear in the record. A department
 * with invited members and nobody attending is the early sign of a silo drifting away.
 */
export function attendanceByDepartment(
  record: Pick<MeetingRecord, 'attendance'>,
): DepartmentAttendance[] {
  const counts = new Map<Department, { attended: number; invited: number }>();
  for (const entry of record.attendance) {
    const current = counts.get(entry.department) ?? { attended: 0, invited: 0 };
    counts.set(entry.department, {
      attended: current.attended + (entry.attended ? 1 : 0),
      invited: current.invited + 1,
    });
  }
  return [...counts].map(([department, count]) => ({ department, ...count }));
}

/**
 * Sets whether a member attended (adding them when they were not invited, e.g. a guest from a
 * department). Returns the same record when nothing changes.
 */
export function withAttendance(record: MeetingRecord, entry: Attendance): MeetingRecord {
  const index = record.attendance.findIndex((existing) => existing.memberId === entry.memberId);
  const existing = record.attendance[index];
  if (
    existing &&
    existing.attended === entry.attended &&
    existing.department === entry.department
  ) {
    return record;
  }
  const attendance =
    index === -1
      ? [...record.attendance, entry]
      : record.attendance.map((current, at) => (at === index ? entry : current));
  return { ...record, attendance };
}

/** Adds a decision to the record; the same record when it is already there. */
export function withDecision(record: MeetingRecord, decisionId: DecisionId): MeetingRecord {
  if (record.decisionIds.includes(decisionId)) return record;
  return { ...record, decisionIds: [...record.decisionIds, decisionId] };
}

/** Adds an action to the record; the same record when it is already there. */
export function withAction(record: MeetingRecord, actionId: ActionItemId): MeetingRecord {
  if (record.actionIds.includes(actionId)) return record;
  return { ...record, actionIds: [...record.actionIds, actionId] };
}

/** Links the meeting's Mission Moment; the same record when it is already linked. */
export function withMissionMoment(
  record: MeetingRecord,
  missionMomentId: MissionMomentId,
): MeetingRecord {
  if (record.missionMomentId === missionMomentId) return record;
  return { ...record, missionMomentId };
}

/** Options of {@link invitedAttendance}. */
export interface InvitedAttendanceOptions {
  /** Who the cadence invites, in its order. */
  readonly attendeeIds: readonly MemberId[];
  /** The charter's roles: a member's department is that of the first role they hold. */
  readonly charter: Pick<Charter, 'roles'>;
  /**
   * The department each person's directory profile names ("Customer Service"), for people who
   * hold no charter role; matched to the charter's departments by name, else `other`.
   */
  readonly directoryDepartments?: ReadonlyMap<MemberId, string | undefined>;
}

/**
 * The attendance a meeting record starts with: everyone the cadence invites, by department, each
 * presumed present until someone marks them absent. A record with no attendance at all would send
 * the summary to nobody and leave the health view's attendance empty.
 */
export function invitedAttendance(options: InvitedAttendanceOptions): Attendance[] {
  return options.attendeeIds.map((memberId) => ({
    memberId,
    department:
      rolesOfMember(options.charter, memberId)[0]?.department ??
      departmentNamed(options.directoryDepartments?.get(memberId)),
    attended: true,
  }));
}

/** The department whose label or id is `name`, ignoring case and punctuation; else `other`. */
function departmentNamed(name: string | undefined): Department {
  const wanted = simplified(name ?? '');
  if (wanted === '') return 'other';
  const found = DEPARTMENTS.find(
    (department) =>
      simplified(department) === wanted || simplified(departmentLabel(department)) === wanted,
  );
  return found ?? 'other';
}

const simplified = (text: string): string => text.toLowerCase().replace(/[^a-z]/g, '');
