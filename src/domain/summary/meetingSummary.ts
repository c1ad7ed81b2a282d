import { DateTime } from 'luxon';
import type { AgendaCarryOver } from '../agenda';
import { DEPARTMENTS, departmentLabel } from '../charter/defaultCharter';
import type { Charter, Department } from '../charter/types';
import { ValidationError } from '../errors';
import type { MemberId } from '../ids';
import type { ActionItem } from '../records/actionItem';
import type { CarryOver } from '../records/carryOver';
import { UNKNOWN_MEMBER_NAME, toAgendaCarryOver } from '../records/carryOver';
import type { Decision, DecisionStatus, RoleAssignment } from '../records/decision';
import { categoryName, decisionStatusLabel, roleName, whoMustKnow } from '../records/decision';
import type { MeetingRecord } from '../records/meetingRecord';
import type { MissionMoment } from '../records/missionMoment';
import { missionMomentOutcomeLabel } from '../records/missionMoment';
import { resolveIanaZone } from '../timeZone';

/** A team member as the summary needs them: the directory entry behind a `MemberId`. */
export interface SummaryMember {
  readonly id: MemberId;
  readonly displayName: string;
  /** Where the summary is mailed; members without one are named but not mailed. */
  readonly email?: string;
}

export interface BuildMeetingSummaryOptions {
  /** The meeting's subject, e.g. "CX Council". */
  readonly title: string;
  readonly record: MeetingRecord;
  /** The team's time zone (Windows or IANA name), for the meeting's date and time. */
  readonly timeZone: string;
  readonly charter: Pick<
    Charter,
    'roles' | 'decisionCategories' | 'decisionRights' | 'stakeholders'
  >;
  /** Names and mail addresses of everyone the record, decisions and actions mention. */
  readonly members: readonly SummaryMember[];
  readonly missionMoment?: MissionMoment;
  /** The decisions taken in this meeting. */
  readonly decisions: readonly Decision[];
  /** The actions agreed in this meeting. */
  readonly actions: readonly ActionItem[];
  /**
   * What goes on to the next meeting (see `carryOver`). Items that are also this meeting's new
   * actions or decisions are listed only once, in their own section.
   */
  readonly carriedForward?: CarryOver;
  /** BCP 47 locale for the date; defaults to `DEFAULT_SUMMARY_LOCALE`. */
  readonly locale?: string;
}

export const DEFAULT_SUMMARY_LOCALE = 'en-GB';
/** Luxon format of the meeting's date line: "Tuesday 4 March 2025, 15:00 GMT". */
export const SUMMARY_DATE_FORMAT = 'cccc d LLLL yyyy, HH:mm ZZZZ';

/** Who came and who did not, for one department. Names in the record's order. */
export interface SummaryDepartmentAttendance {
  readonly department: Department;
  readonly departmentLabel: string;
  readonly attendees: readonly string[];
  readonly absentees: readonly string[];
}

export interface SummaryMissionMoment {
  readonly presenterName: string;
  readonly story: string;
  readonly livedUpToMission: boolean;
  /** "Lived up to our CX mission" or "Missed our CX mission". */
  readonly outcomeLabel: string;
  readonly why: string;
  readonly celebrate?: string;
  readonly lesson?: string;
}

/** A charter role and the person who acted in it, both by name. */
export interface SummaryRoleHolder {
  readonly roleName: string;
  readonly memberName: string;
}

export interface SummaryDecision {
  readonly statement: string;
  readonly rationale: string;
  readonly categoryName: string;
  readonly driver: SummaryRoleHolder;
  readonly approver: SummaryRoleHolder;
  readonly contributors: readonly string[];
  readonly informed: readonly string[];
  readonly status: DecisionStatus;
  /** "Approved", "Pending approval by Executive Sponsor", … */
  readonly statusLabel: string;
}

export interface SummaryAction {
  readonly title: string;
  /** The owner's Entra user id: what a Teams @mention needs. */
  readonly ownerId: MemberId;
  readonly ownerName: string;
  /** `YYYY-MM-DD`. */
  readonly dueDate: string;
}

export interface SummaryRecipient {
  readonly name: string;
  readonly email: string;
}

/**
 * Everything the post-meeting summary shows, with ids already turned into names: plain text that
 * every renderer (mail, chat, Adaptive Card) escapes.
 */
export interface MeetingSummary {
  readonly title: string;
  /** The meeting's calendar date in the team's zone, `YYYY-MM-DD`. */
  readonly date: string;
  /** "Tuesday 4 March 2025, 15:00 GMT". */
  readonly dateLabel: string;
  readonly isCancelled: boolean;
  /** Departments in the charter's display order, only those invited. */
  readonly attendance: readonly SummaryDepartmentAttendance[];
  readonly missionMoment?: SummaryMissionMoment;
  readonly decisions: readonly SummaryDecision[];
  readonly newActions: readonly SummaryAction[];
  readonly carriedForward: AgendaCarryOver;
  /** Invitees (absent ones too), members of roles who must know, `mustKnow` stakeholders: one per address. */
  readonly recipients: readonly SummaryRecipient[];
}

/**
 * Builds the post-meeting summary: the meeting's title and date in the team's zone, attendees and
 * absentees by department, the Mission Moment, decisions with their DACI roles and status, new
 * actions with owners and due dates, what is carried forward, and who receives it.
 *
 * Recipients are everyone invited (those who missed the meeting included), then the members of every role that must know about a decision
 * (Informed or Approver for its category, or named as informed), then the charter's `mustKnow`
 * stakeholders for those categories (see `whoMustKnow`): each mail address once, compared without
 * regard to case, the first name seen kept. People without a mail address are left out.
 *
 * @example
 * // A meeting at 2025-03-04T15:00:00Z in "GMT Standard Time" (Europe/London):
 * // date '2025-03-04', dateLabel 'Tuesday 4 March 2025, 15:00 GMT'.
 * // The same instant in "Eastern Standard Time": 'Tuesday 4 March 2025, 10:00 GMT-5'.
 * @throws ValidationError when the time zone is unknown or the scheduled start is not a date-time.
 */
export function buildMeetingSummary(options: BuildMeetingSummaryOptions): MeetingSummary {
  const { charter, record } = options;
  const start = meetingStart(options);
  const names = memberNames(options.members);
  const nameOf = (id: MemberId): string => names.get(id) ?? UNKNOWN_MEMBER_NAME;
  return {
    title: options.title,
    date: start.toISODate() ?? '',
    dateLabel: start.toFormat(SUMMARY_DATE_FORMAT),
    isCancelled: record.status === 'cancelled',
    attendance: attendanceOf(record, nameOf),
    ...(options.missionMoment
      ? { missionMoment: summariseMissionMoment(options.missionMoment, nameOf) }
      : {}),
    decisions: options.decisions.map((decision) => summariseDecision(decision, charter, nameOf)),
    newActions: options.actions.map((action) => ({
      title: action.title,
      ownerId: action.owner,
      ownerName: nameOf(action.owner),
      dueDate: action.dueDate,
    })),
    carriedForward: carriedForwardOf(options, names),
    recipients: recipientsOf(options),
  };
}

function meetingStart(options: BuildMeetingSummaryOptions): DateTime {
  const zone = resolveIanaZone(options.timeZone);
  const start = DateTime.fromISO(options.record.scheduledStart, { zone }).setLocale(
    options.locale ?? DEFAULT_SUMMARY_LOCALE,
  );
  if (!start.isValid) {
    throw ValidationError.single(
      'record.scheduledStart',
      'The meeting start must be an ISO date-time such as 2025-03-04T15:00:00Z',
    );
  }
  return start;
}

function memberNames(members: readonly SummaryMember[]): Map<MemberId, string> {
  return new Map(members.map((member) => [member.id, member.displayName]));
}

function attendanceOf(
  record: MeetingRecord,
  nameOf: (id: MemberId) => string,
): SummaryDepartmentAttendance[] {
  return DEPARTMENTS.flatMap((department) => {
    const entries = record.attendance.filter((entry) => entry.department === department);
    if (entries.length === 0) return [];
    return [
      {
        department,
        departmentLabel: departmentLabel(department),
        attendees: entries.filter((entry) => entry.attended).map((entry) => nameOf(entry.memberId)),
        absentees: entries
          .filter((entry) => !entry.attended)
          .map((entry) => nameOf(entry.memberId)),
      },
    ];
  });
}

function summariseMissionMoment(
  moment: MissionMoment,
  nameOf: (id: MemberId) => string,
): SummaryMissionMoment {
  return {
    presenterName: nameOf(moment.presenterId),
    story: moment.story,
    livedUpToMission: moment.livedUpToMission,
    outcomeLabel: missionMomentOutcomeLabel(moment),
    why: moment.why,
    ...(moment.celebrate ? { celebrate: moment.celebrate } : {}),
    ...(moment.lesson ? { lesson: moment.lesson } : {}),
  };
}

function summariseDecision(
  decision: Decision,
  charter: BuildMeetingSummaryOptions['charter'],
  nameOf: (id: MemberId) => string,
): SummaryDecision {
  const holder = (assignment: RoleAssignment): SummaryRoleHolder => ({
    roleName: roleName(charter, assignment.roleId),
    memberName: nameOf(assignment.memberId),
  });
  return {
    statement: decision.statement,
    rationale: decision.rationale,
    categoryName: categoryName(charter, decision.categoryId),
    driver: holder(decision.driver),
    approver: holder(decision.approver),
    contributors: decision.contributors.map((id) => roleName(charter, id)),
    informed: decision.informed.map((id) => roleName(charter, id)),
    status: decision.status,
    statusLabel: decisionStatusLabel(decision, charter),
  };
}

function carriedForwardOf(
  options: BuildMeetingSummaryOptions,
  names: ReadonlyMap<MemberId, string>,
): AgendaCarryOver {
  const carried = options.carriedForward;
  if (!carried) return { openActions: [], deferredDecisions: [] };
  const newActionIds = new Set<string>(options.actions.map((action) => action.id));
  const newDecisionIds = new Set<string>(options.decisions.map((decision) => decision.id));
  return toAgendaCarryOver(
    {
      ...carried,
      openActions: carried.openActions.filter((action) => !newActionIds.has(action.id)),
      deferredDecisions: carried.deferredDecisions.filter(
        (decision) => !newDecisionIds.has(decision.id),
      ),
    },
    { memberNames: names, charter: options.charter },
  );
}

function recipientsOf(options: BuildMeetingSummaryOptions): SummaryRecipient[] {
  const byId = new Map(options.members.map((member) => [member.id, member]));
  const mustKnow = whoMustKnow(options.charter, options.decisions);
  // Everyone invited, present or not: whoever missed the meeting needs its summary the most.
  const attendeeIds = options.record.attendance.map((entry) => entry.memberId);
  const members = [...attendeeIds, ...mustKnow.memberIds].flatMap((id) => {
    const member = byId.get(id);
    return member ? [{ name: member.displayName, email: member.email }] : [];
  });
  const stakeholders = mustKnow.stakeholders.map((stakeholder) => ({
    name: stakeholder.name,
    email: stakeholder.email,
  }));
  return uniqueByEmail([...members, ...stakeholders]);
}

/** The first person for each address, compared without regard to case; no address, no mail. */
function uniqueByEmail(
  people: readonly { name: string; email: string | undefined }[],
): SummaryRecipient[] {
  const seen = new Set<string>();
  return people.flatMap(({ name, email }) => {
    const address = email?.trim() ?? '';
    const key = address.toLowerCase();
    if (!address || seen.has(key)) return [];
    seen.add(key);
    return [{ name, email: address }];
  });
}
