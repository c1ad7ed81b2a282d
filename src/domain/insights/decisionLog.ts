import type { Charter } from '../charter/types';
import type { DecisionCategoryId, MeetingId, RoleId } from '../ids';
import { categoryName, decisionStatusLabel, roleName } from '../records';
import type { Decision, DecisionStatus, MeetingRecord, RoleAssignment } from '../records';
import type { TimeZoneName } from '../timeZone';
import { memberNameOf } from './memberDirectory';
import type { MemberDirectory } from './memberDirectory';
import { calendarDateIn } from './teamCalendar';

/** The parts of the charter the hub's insights read: names of roles and decision categories. */
export type InsightCharter = Pick<Charter, 'roles' | 'decisionCategories'>;

/** Before the team saved a charter: no names, so ids are shown as they are. */
export const NO_CHARTER: InsightCharter = { roles: [], decisionCategories: [] };

/** A role on a decision with the names people read. */
export interface DecisionRoleLabel {
  readonly roleId: RoleId;
  /** The charter's name for the role, or its id when the charter no longer has it. */
  readonly roleName: string;
  readonly memberName: string;
}

/** One row of the decision log: the decision and everything the log shows about it, in words. */
export interface DecisionLogEntry {
  readonly decision: Decision;
  readonly categoryName: string;
  readonly driver: DecisionRoleLabel;
  readonly approver: DecisionRoleLabel;
  /** "Approved", "Pending approval by Executive Sponsor", … */
  readonly statusLabel: string;
  /** Someone with the Approver right still has to approve it: shown first. */
  readonly isAwaitingApproval: boolean;
  /** The meeting's day in the team's zone, `YYYY-MM-DD` (the decision's own day without a record). */
  readonly meetingDate: string;
}

export interface BuildDecisionLogOptions {
  readonly decisions: readonly Decision[];
  /** `undefined` before the team saved its charter. */
  readonly charter: InsightCharter | undefined;
  readonly members: MemberDirectory;
  /** The team's meeting records, for each decision's meeting date. */
  readonly meetings: readonly Pick<MeetingRecord, 'id' | 'scheduledStart'>[];
  /** The team's zone: meeting dates are the days meetings started there. */
  readonly timeZone: TimeZoneName;
}

/** Log order: what needs someone's approval first, then what waits, then what is settled. */
const STATUS_ORDER: Readonly<Record<DecisionStatus, number>> = {
  pendingApproval: 0,
  deferred: 1,
  approved: 2,
  rejected: 2,
};

/** The statuses a filter offers, in log order, with the words the filter shows. */
export const DECISION_STATUS_CHOICES: readonly FilterChoice<DecisionStatus>[] = [
  { value: 'pendingApproval', label: 'Pending approval' },
  { value: 'deferred', label: 'Deferred' },
  { value: 'approved', label: 'Approved' },
  { value: 'rejected', label: 'Rejected' },
];

/**
 * The decision log: every decision with its category, driver and approver (role and member
 * names), status and meeting date. Decisions pending approval come first, then deferred ones,
 * then approved and rejected ones; newest first within each group (id breaks ties, so the order
 * is stable). Returns a new array.
 *
 * @example A decision of 9 March pending approval by the Executive Sponsor is listed before an
 *   approved decision of 10 March, even though it is older.
 */
export function buildDecisionLog(options: BuildDecisionLogOptions): DecisionLogEntry[] {
  const charter = options.charter ?? NO_CHARTER;
  const startOf = new Map(options.meetings.map((meeting) => [meeting.id, meeting.scheduledStart]));
  const label = (assignment: RoleAssignment): DecisionRoleLabel => ({
    roleId: assignment.roleId,
    roleName: roleName(charter, assignment.roleId),
    memberName: memberNameOf(options.members, assignment.memberId),
  });
  const entries = options.decisions.map((decision): DecisionLogEntry => ({
    decision,
    categoryName: categoryName(charter, decision.categoryId),
    driver: label(decision.driver),
    approver: label(decision.approver),
    statusLabel: decisionStatusLabel(decision, charter),
    isAwaitingApproval: decision.status === 'pendingApproval',
    meetingDate: calendarDateIn(
      startOf.get(decision.meetingId) ?? decision.decidedAt,
      options.timeZone,
    ),
  }));
  return entries.sort(compareLogEntries);
}

function compareLogEntries(a: DecisionLogEntry, b: DecisionLogEntry): number {
  return (
    STATUS_ORDER[a.decision.status] - STATUS_ORDER[b.decision.status] ||
    Date.parse(b.decision.decidedAt) - Date.parse(a.decision.decidedAt) ||
    compareText(a.decision.id, b.decision.id)
  );
}

/** What the log is narrowed to; a missing field does not narrow. */
export interface DecisionLogFilter {
  readonly categoryId?: DecisionCategoryId;
  /** Decisions this role drives, approves, contributes to, is informed of or must approve. */
  readonly roleId?: RoleId;
  readonly status?: DecisionStatus;
  readonly meetingId?: MeetingId;
}

/** True when the role has any part in the decision (DACI, or as the approver it waits for). */
export function involvesRole(decision: Decision, roleId: RoleId): boolean {
  return rolesOf(decision).includes(roleId);
}

/** The entries matching every field of the filter, in the order given. */
export function filterDecisionLog(
  entries: readonly DecisionLogEntry[],
  filter: DecisionLogFilter,
): DecisionLogEntry[] {
  return entries.filter(({ decision }) => {
    if (filter.categoryId !== undefined && decision.categoryId !== filter.categoryId) return false;
    if (filter.roleId !== undefined && !involvesRole(decision, filter.roleId)) return false;
    if (filter.status !== undefined && decision.status !== filter.status) return false;
    return filter.meetingId === undefined || decision.meetingId === filter.meetingId;
  });
}

/** A value a filter offers and the words it shows. */
export interface FilterChoice<T extends string> {
  readonly value: T;
  readonly label: string;
}

/** What each of the log's filters offers. */
export interface DecisionLogChoices {
  /** The charter's categories, then any a decision names that the charter no longer has. */
  readonly categories: readonly FilterChoice<DecisionCategoryId>[];
  /** The charter's roles, then any a decision names that the charter no longer has. */
  readonly roles: readonly FilterChoice<RoleId>[];
  readonly statuses: readonly FilterChoice<DecisionStatus>[];
  /** Meetings that took decisions, newest first, labelled by their date (`YYYY-MM-DD`). */
  readonly meetings: readonly FilterChoice<MeetingId>[];
}

/** The choices of the log's filters, from the charter and the decisions in the log. */
export function decisionLogChoices(
  entries: readonly DecisionLogEntry[],
  charter: InsightCharter | undefined,
): DecisionLogChoices {
  const known = charter ?? NO_CHARTER;
  const categories = new Map<DecisionCategoryId, string>(
    known.decisionCategories.map((category) => [category.id, category.name]),
  );
  const roles = new Map<RoleId, string>(known.roles.map((role) => [role.id, role.name]));
  const meetings = new Map<MeetingId, string>();
  for (const entry of [...entries].sort((a, b) => compareText(b.meetingDate, a.meetingDate))) {
    const { decision } = entry;
    if (!categories.has(decision.categoryId)) {
      categories.set(decision.categoryId, entry.categoryName);
    }
    for (const roleId of rolesOf(decision)) {
      if (!roles.has(roleId)) roles.set(roleId, roleName(known, roleId));
    }
    if (!meetings.has(decision.meetingId)) meetings.set(decision.meetingId, entry.meetingDate);
  }
  const choices = <T extends string>(map: Map<T, string>) =>
    [...map].map(([value, label]) => ({ value, label }));
  return {
    categories: choices(categories),
    roles: choices(roles),
    statuses: DECISION_STATUS_CHOICES,
    meetings: choices(meetings),
  };
}

function rolesOf(decision: Decision): RoleId[] {
  return [
    decision.driver.roleId,
    decision.approver.roleId,
    ...decision.contributors,
    ...decision.informed,
    ...decision.pendingApprovalBy,
  ];
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
