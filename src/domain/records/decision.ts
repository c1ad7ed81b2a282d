import * as z from 'zod/mini';
import { canApprove, rightOf, rolesOfMember, rolesWithRight } from '../charter/decisionRights';
import type { Charter, CharterRole, Stakeholder } from '../charter/types';
import { ValidationError, zodMessage } from '../errors';
import type { FieldIssue } from '../errors';
import type {
  DecisionCategoryId,
  DecisionId,
  MeetingId,
  MemberId,
  OccurrenceId,
  RoleId,
} from '../ids';

/**
 * - `approved`: the approver named holds the Approver right for the category (or approved later).
 * - `pendingApproval`: recorded, but someone with the Approver right still has to approve it.
 * - `deferred`: carried to the next meeting undecided.
 * - `rejected`: a role holding the Approver right turned it down.
 */
export type DecisionStatus = 'approved' | 'pendingApproval' | 'deferred' | 'rejected';

/** A charter role and the member who acted in it. */
export interface RoleAssignment {
  readonly roleId: RoleId;
  readonly memberId: MemberId;
}

/** A decision taken (or put forward) in a CX meeting, validated against the charter's DACI matrix. */
export interface Decision {
  readonly id: DecisionId;
  readonly meetingId: MeetingId;
  readonly occurrenceId: OccurrenceId;
  readonly categoryId: DecisionCategoryId;
  /** What was decided, in one or two sentences. */
  readonly statement: string;
  /** Why; empty when nothing was noted during quick capture. */
  readonly rationale: string;
  readonly driver: RoleAssignment;
  /** Who approved, or was named as approver when the decision was captured. */
  readonly approver: RoleAssignment;
  readonly contributors: readonly RoleId[];
  readonly informed: readonly RoleId[];
  /** ISO 8601 date-time with offset. */
  readonly decidedAt: string;
  readonly status: DecisionStatus;
  /**
   * The roles holding the Approver right when the decision was recorded and its named approver did
   * not: one of them must approve. Empty when approved, rejected, or when no role holds the right.
   */
  readonly pendingApprovalBy: readonly RoleId[];
  /** Why the decision is not simply approved, in words a person reads. */
  readonly statusNote?: string;
  /** When the status last changed after recording (approval, rejection, deferral). */
  readonly statusChangedAt?: string;
}

export interface RecordDecisionOptions {
  readonly charter: Pick<Charter, 'roles' | 'decisionCategories' | 'decisionRights'>;
  readonly id: DecisionId;
  readonly meetingId: MeetingId;
  readonly occurrenceId: OccurrenceId;
  readonly categoryId: DecisionCategoryId;
  readonly statement: string;
  readonly rationale?: string;
  readonly driver: RoleAssignment;
  readonly approver: RoleAssignment;
  /** Defaults to none. */
  readonly contributors?: readonly RoleId[];
  /** Defaults to the roles holding the Informed right for the category. */
  readonly informed?: readonly RoleId[];
  /** ISO 8601 date-time with offset, passed in (the domain never reads the clock). */
  readonly decidedAt: string;
  /** `true` when the team carries the decision to the next meeting instead of deciding now. */
  readonly deferred?: boolean;
}

export const DECISION_STATEMENT_MAX_LENGTH = 1000;
export const DECISION_RATIONALE_MAX_LENGTH = 4000;
/** The note a deferred decision carries when the team gave no reason. */
export const DEFAULT_DEFERRAL_NOTE = 'Carried to the next meeting';

const ISO_DATE_TIME_MESSAGE = 'must be an ISO date-time such as 2025-03-04T15:05:00Z';

const decisionTextSchema = z.object({
  statement: z
    .string({ error: 'Write what was decided: the statement is required' })
    .check(
      z.trim(),
      z.minLength(1, 'Write what was decided: the statement is required'),
      z.maxLength(
        DECISION_STATEMENT_MAX_LENGTH,
        `Shorten the statement to ${DECISION_STATEMENT_MAX_LENGTH} characters or fewer; put the detail in the rationale`,
      ),
    ),
  rationale: z
    .string({ error: 'The rationale must be text' })
    .check(
      z.trim(),
      z.maxLength(
        DECISION_RATIONALE_MAX_LENGTH,
        `Shorten the rationale to ${DECISION_RATIONALE_MAX_LENGTH} characters or fewer`,
      ),
    ),
  decidedAt: z.iso.datetime({
    offset: true,
    error: `The decision time ${ISO_DATE_TIME_MESSAGE}`,
  }),
});

/**
 * Records a decision and works out its status from the charter's decision-rights matrix:
 *
 * - the named approver's role holds the Approver right for the category → `approved`;
 * - it does not → `pendingApproval`, with `pendingApprovalBy` naming the roles that hold the right
 *   ("Pending approval by Executive Sponsor"). The decision is never silently accepted and never
 *   refused outright: the meeting's work is kept and the right person is asked;
 * - no role holds the Approver right for the category → `pendingApproval` with no approver and a
 *   note that the matrix needs one;
 * - `deferred: true` → `deferred`, with `pendingApprovalBy` worked out the same way.
 *
 * @throws ValidationError for every unknown category or role, a member who does not hold the role
 * named for them, an empty statement or a malformed time.
 */
export function recordDecision(options: RecordDecisionOptions): Decision {
  const { charter } = options;
  const text = decisionTextSchema.safeParse(
    {
      statement: options.statement,
      rationale: options.rationale ?? '',
      decidedAt: options.decidedAt,
    },
    { error: zodMessage },
  );
  const issues = [
    ...(text.success ? [] : ValidationError.fromZod(text.error).issues),
    ...charterReferenceIssues(options),
  ];
  if (!text.success || issues.length > 0) throw new ValidationError(issues);

  const approval = assessApproval(charter, options.categoryId, options.approver.roleId);
  const informed =
    options.informed ?? rolesWithRight(charter, options.categoryId, 'informed').map((r) => r.id);
  const base = {
    id: options.id,
    meetingId: options.meetingId,
    occurrenceId: options.occurrenceId,
    categoryId: options.categoryId,
    statement: text.data.statement,
    rationale: text.data.rationale,
    driver: { ...options.driver },
    approver: { ...options.approver },
    contributors: [...(options.contributors ?? [])],
    informed: [...informed],
    decidedAt: text.data.decidedAt,
    pendingApprovalBy: approval.pendingApprovalBy,
  };
  if (options.deferred) return { ...base, status: 'deferred', statusNote: DEFAULT_DEFERRAL_NOTE };
  if (approval.isApproved) return { ...base, status: 'approved' };
  return { ...base, status: 'pendingApproval', statusNote: approval.note };
}

/** Whether a decision is approved as recorded, and if not, who must approve it and why. */
export interface ApprovalAssessment {
  readonly isApproved: boolean;
  readonly pendingApprovalBy: readonly RoleId[];
  readonly note: string;
}

/**
 * The decision-rights rule: approved when the approver's role holds the Approver right for the
 * category, else pending approval by the roles that hold it (none: the matrix needs an Approver).
 */
export function assessApproval(
  charter: Pick<Charter, 'roles' | 'decisionCategories' | 'decisionRights'>,
  categoryId: DecisionCategoryId,
  approverRoleId: RoleId,
): ApprovalAssessment {
  const category = categoryName(charter, categoryId);
  const approvers = rolesWithRight(charter, categoryId, 'approver');
  if (approvers.length === 0) {
    return { isApproved: false, pendingApprovalBy: [], note: noApproverMessage(category) };
  }
  if (canApprove(charter.decisionRights, categoryId, approverRoleId)) {
    return { isApproved: true, pendingApprovalBy: [], note: '' };
  }
  const names = joinWithOr(approvers.map((role) => role.name));
  return {
    isApproved: false,
    pendingApprovalBy: approvers.map((role) => role.id),
    note: `${roleName(charter, approverRoleId)} does not hold the Approver right for ${category} decisions, so this decision is pending approval by ${names}`,
  };
}

function noApproverMessage(category: string): string {
  return `No role can approve ${category} decisions yet: the decision-rights matrix needs an Approver for this category`;
}

function charterReferenceIssues(options: RecordDecisionOptions): FieldIssue[] {
  const { charter } = options;
  const issues: FieldIssue[] = [];
  if (!charter.decisionCategories.some((category) => category.id === options.categoryId)) {
    issues.push({
      field: 'categoryId',
      message: `Choose a decision category from the charter: "${options.categoryId}" is not one of them`,
    });
  }
  issues.push(...assignmentIssues(charter, 'driver', options.driver));
  issues.push(...assignmentIssues(charter, 'approver', options.approver));
  issues.push(...roleListIssues(charter, 'contributors', options.contributors ?? []));
  issues.push(...roleListIssues(charter, 'informed', options.informed ?? []));
  return issues;
}

function assignmentIssues(
  charter: Pick<Charter, 'roles'>,
  field: 'driver' | 'approver',
  assignment: RoleAssignment,
): FieldIssue[] {
  const role = charter.roles.find((candidate) => candidate.id === assignment.roleId);
  if (!role) {
    return [
      {
        field: `${field}.roleId`,
        message: `Choose the ${field}'s role from the charter: "${assignment.roleId}" is not one of its roles`,
      },
    ];
  }
  if (!role.memberIds.includes(assignment.memberId)) {
    return [
      {
        field: `${field}.memberId`,
        message: `This member does not hold the ${role.name} role: choose one of its members as ${field}, or the role this member holds`,
      },
    ];
  }
  return [];
}

function roleListIssues(
  charter: Pick<Charter, 'roles'>,
  field: 'contributors' | 'informed',
  roleIds: readonly RoleId[],
): FieldIssue[] {
  return roleIds.flatMap((id, index) =>
    charter.roles.some((role) => role.id === id)
      ? []
      : [
          {
            field: `${field}.${index}`,
            message: `Choose roles from the charter: "${id}" is not one of its roles`,
          },
        ],
  );
}

export interface ApproveDecisionOptions {
  readonly charter: Pick<Charter, 'roles' | 'decisionCategories' | 'decisionRights'>;
  readonly decision: Decision;
  /** The member approving (or rejecting): must hold a role with the Approver right. */
  readonly memberId: MemberId;
  /** Which of the member's roles they act in; defaults to their first role that may approve. */
  readonly roleId?: RoleId;
  /** ISO 8601 date-time with offset. */
  readonly at: string;
}

/**
 * Approves a pending or deferred decision. Only a member holding a role with the Approver right for
 * the decision's category (in the charter as it is now) may; the approver on the decision becomes
 * that member and role. Returns the same object when the decision is already approved.
 *
 * @throws ValidationError naming who can approve when `memberId` may not, or when the decision was
 * rejected.
 */
export function approveDecision(options: ApproveDecisionOptions): Decision {
  const { decision } = options;
  if (decision.status === 'approved') return decision;
  if (decision.status === 'rejected') {
    throw ValidationError.single(
      'status',
      'This decision was rejected: record a new decision to revisit it',
    );
  }
  return resolveDecision(options, 'approved');
}

export interface RejectDecisionOptions extends ApproveDecisionOptions {
  /** Why it was turned down; shown in the decision log and the summary. */
  readonly reason?: string;
}

/**
 * Rejects a pending or deferred decision; the same approval rule as `approveDecision` applies.
 * Returns the same object when it is already rejected.
 *
 * @throws ValidationError naming who can decide when `memberId` may not, or when it is approved.
 */
export function rejectDecision(options: RejectDecisionOptions): Decision {
  const { decision } = options;
  if (decision.status === 'rejected') return decision;
  if (decision.status === 'approved') {
    throw ValidationError.single(
      'status',
      'This decision is already approved: record a new decision to reverse it',
    );
  }
  const rejected = resolveDecision(options, 'rejected');
  const reason = options.reason?.trim();
  return reason ? { ...rejected, statusNote: reason } : rejected;
}

function resolveDecision(
  options: ApproveDecisionOptions,
  status: 'approved' | 'rejected',
): Decision {
  const { charter, decision, memberId } = options;
  const approverRole = approverRoleOf(options);
  const at = z.iso.datetime({ offset: true }).safeParse(options.at);
  if (!at.success) {
    throw ValidationError.single('at', `The ${status} time ${ISO_DATE_TIME_MESSAGE}`);
  }
  if (!approverRole) {
    throw ValidationError.single('memberId', whoCanApproveMessage(charter, decision.categoryId));
  }
  const { statusNote: _previousNote, ...rest } = decision;
  return {
    ...rest,
    status,
    approver: { roleId: approverRole.id, memberId },
    pendingApprovalBy: [],
    statusChangedAt: at.data,
  };
}

function approverRoleOf(options: ApproveDecisionOptions): CharterRole | undefined {
  const { charter, decision } = options;
  return rolesOfMember(charter, options.memberId).find(
    (role) =>
      (options.roleId === undefined || role.id === options.roleId) &&
      canApprove(charter.decisionRights, decision.categoryId, role.id),
  );
}

function whoCanApproveMessage(
  charter: Pick<Charter, 'roles' | 'decisionCategories' | 'decisionRights'>,
  categoryId: DecisionCategoryId,
): string {
  const category = categoryName(charter, categoryId);
  const approvers = rolesWithRight(charter, categoryId, 'approver');
  if (approvers.length === 0) return noApproverMessage(category);
  const names = joinWithOr(approvers.map((role) => role.name));
  return `Only a member holding the ${names} role can approve or reject ${category} decisions`;
}

export interface DeferDecisionOptions {
  /** ISO 8601 date-time with offset. */
  readonly at: string;
  /** Why it waits; defaults to "Carried to the next meeting". */
  readonly reason?: string;
}

/**
 * Carries a pending decision to the next meeting. Approved and rejected decisions are final and
 * cannot be deferred; a deferred decision is returned unchanged (the same object).
 *
 * @throws ValidationError when the decision is already approved or rejected.
 */
export function deferDecision(decision: Decision, options: DeferDecisionOptions): Decision {
  if (decision.status === 'deferred') return decision;
  if (decision.status !== 'pendingApproval') {
    throw ValidationError.single(
      'status',
      `This decision is already ${decision.status}: record a new decision to revisit it`,
    );
  }
  const at = z.iso.datetime({ offset: true }).safeParse(options.at);
  if (!at.success) {
    throw ValidationError.single('at', `The deferral time ${ISO_DATE_TIME_MESSAGE}`);
  }
  return {
    ...decision,
    status: 'deferred',
    statusNote: options.reason?.trim() || DEFAULT_DEFERRAL_NOTE,
    statusChangedAt: at.data,
  };
}

/**
 * The short status a summary or agenda shows, with role names from the charter:
 * "Approved", "Pending approval by Executive Sponsor", "Pending approval: the decision-rights
 * matrix needs an Approver for Budget", "Deferred to the next meeting", "Rejected".
 */
export function decisionStatusLabel(
  decision: Pick<Decision, 'status' | 'pendingApprovalBy' | 'categoryId'>,
  charter: Pick<Charter, 'roles' | 'decisionCategories'>,
): string {
  switch (decision.status) {
    case 'approved':
      return 'Approved';
    case 'rejected':
      return 'Rejected';
    case 'deferred':
      return 'Deferred to the next meeting';
    case 'pendingApproval':
      return decision.pendingApprovalBy.length === 0
        ? `Pending approval: the decision-rights matrix needs an Approver for ${categoryName(charter, decision.categoryId)}`
        : `Pending approval by ${joinWithOr(decision.pendingApprovalBy.map((id) => roleName(charter, id)))}`;
  }
}

/** Who must be told about a set of decisions: the summary's recipients beyond the attendees. */
export interface WhoMustKnow {
  /** Roles with the Informed or Approver right for a decision's category, or named as informed. */
  readonly roles: readonly CharterRole[];
  /** The members of those roles, each once, in role order. */
  readonly memberIds: readonly MemberId[];
  /** Charter stakeholders who must know about a decision's category (empty categories: all). */
  readonly stakeholders: readonly Stakeholder[];
}

/**
 * Works out who must know about `decisions`: for each decision, the roles holding the Informed or
 * Approver right for its category plus the roles named on it as informed, and the charter's
 * `mustKnow` stakeholders whose categories include it (or who follow every category). With no
 * decisions nobody extra needs telling. Results keep the charter's order, each entry once.
 */
export function whoMustKnow(
  charter: Pick<Charter, 'roles' | 'decisionRights' | 'stakeholders'>,
  decisions: readonly Pick<Decision, 'categoryId' | 'informed'>[],
): WhoMustKnow {
  const roles = charter.roles.filter((role) =>
    decisions.some((decision) => mustRoleKnow(charter, decision, role.id)),
  );
  const stakeholders = charter.stakeholders.filter(
    (stakeholder) =>
      stakeholder.need === 'mustKnow' &&
      decisions.some(
        (decision) =>
          stakeholder.categoryIds.length === 0 ||
          stakeholder.categoryIds.includes(decision.categoryId),
      ),
  );
  const memberIds = [...new Set(roles.flatMap((role) => role.memberIds))];
  return { roles, memberIds, stakeholders };
}

function mustRoleKnow(
  charter: Pick<Charter, 'decisionRights'>,
  decision: Pick<Decision, 'categoryId' | 'informed'>,
  role: RoleId,
): boolean {
  const right = rightOf(charter.decisionRights, decision.categoryId, role);
  return right === 'informed' || right === 'approver' || decision.informed.includes(role);
}

/** A category's name from the charter, or its id when the charter no longer has it. */
export function categoryName(
  charter: Pick<Charter, 'decisionCategories'>,
  id: DecisionCategoryId,
): string {
  return charter.decisionCategories.find((category) => category.id === id)?.name ?? id;
}

/** A role's name from the charter, or its id when the charter no longer has it. */
export function roleName(charter: Pick<Charter, 'roles'>, id: RoleId): string {
  return charter.roles.find((role) => role.id === id)?.name ?? id;
}

/** "A", "A or B", "A, B or C". */
function joinWithOr(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
