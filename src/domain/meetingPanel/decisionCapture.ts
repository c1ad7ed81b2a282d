import type { Charter } from '../charter/types';
import type { DecisionCategoryId, MemberId, RoleId } from '../ids';
import { assessApproval, decisionStatusLabel } from '../records/decision';
import type { RoleAssignment } from '../records/decision';

/**
 * Quick capture of a decision in the side panel: the driver and the approver are each a charter
 * role and a member holding it, picked from one list ("Dana Kim · CX Lead"), and the panel says
 * before saving whether the decision will be approved or wait for someone with the right.
 */

/** One role a member holds, as one choice of the driver or approver list. */
export interface RoleMemberChoice extends RoleAssignment {
  /** Stable key for a form control: `roleId|memberId`. */
  readonly key: string;
  /** "Dana Kim · CX Lead". */
  readonly label: string;
}

/** Shown for a member of a role whom the team's member list does not know (e.g. left the team). */
export const UNNAMED_MEMBER = 'Former member';

/**
 * Every (role, member) pair of the charter, in role order then member order; roles nobody holds
 * are left out (a decision needs a person behind each role).
 */
export function roleMemberChoices(
  charter: Pick<Charter, 'roles'>,
  memberNames: ReadonlyMap<MemberId, string>,
): RoleMemberChoice[] {
  return charter.roles.flatMap((role) =>
    role.memberIds.map((memberId) => ({
      key: choiceKey({ roleId: role.id, memberId }),
      roleId: role.id,
      memberId,
      label: `${memberNames.get(memberId) ?? UNNAMED_MEMBER} · ${role.name}`,
    })),
  );
}

/** The form key of a role assignment. */
export function choiceKey(assignment: RoleAssignment): string {
  return `${assignment.roleId}|${assignment.memberId}`;
}

/**
 * The choice to start from for the person recording: their own first role, else the first choice
 * (`undefined` when the charter has no member in any role).
 */
export function defaultChoiceFor(
  choices: readonly RoleMemberChoice[],
  memberId: MemberId | undefined,
): RoleMemberChoice | undefined {
  return choices.find((choice) => choice.memberId === memberId) ?? choices[0];
}

export interface ApprovalPreviewOptions {
  readonly charter: Pick<Charter, 'roles' | 'decisionCategories' | 'decisionRights'>;
  readonly categoryId: DecisionCategoryId;
  readonly approverRoleId: RoleId;
}

export interface ApprovalPreview {
  readonly isApproved: boolean;
  /** "Approved", "Pending approval by Executive Sponsor", … (the decision log's wording). */
  readonly label: string;
}

/** What recording the decision will give: `recordDecision`'s own rule (`assessApproval`). */
export function approvalPreview(options: ApprovalPreviewOptions): ApprovalPreview {
  const { charter, categoryId } = options;
  const { isApproved, pendingApprovalBy } = assessApproval(
    charter,
    categoryId,
    options.approverRoleId,
  );
  const label = decisionStatusLabel(
    { status: isApproved ? 'approved' : 'pendingApproval', pendingApprovalBy, categoryId },
    charter,
  );
  return { isApproved, label };
}
