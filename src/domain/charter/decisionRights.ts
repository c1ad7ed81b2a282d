import type { DecisionCategoryId, MemberId, RoleId } from '../ids';
import type { Charter, CharterRole, DecisionRight, DecisionRightsMatrix } from './types';

/** The right `role` holds over decisions in `category`, or `undefined` when it has none. */
export function rightOf(
  matrix: DecisionRightsMatrix,
  category: DecisionCategoryId,
  role: RoleId,
): DecisionRight | undefined {
  return matrix[category]?.[role];
}

/** True when `role` may approve decisions in `category`. */
export function canApprove(
  matrix: DecisionRightsMatrix,
  category: DecisionCategoryId,
  role: RoleId,
): boolean {
  return rightOf(matrix, category, role) === 'approver';
}

/** The roles holding `right` for `category`, in the charter's role order. */
export function rolesWithRight(
  charter: Pick<Charter, 'roles' | 'decisionRights'>,
  category: DecisionCategoryId,
  right: DecisionRight,
): CharterRole[] {
  return charter.roles.filter(
    (role) => rightOf(charter.decisionRights, category, role.id) === right,
  );
}

/** The roles a member holds, in the charter's role order. */
export function rolesOfMember(charter: Pick<Charter, 'roles'>, member: MemberId): CharterRole[] {
  return charter.roles.filter((role) => role.memberIds.includes(member));
}

/**
 * Returns a matrix with `role`'s right for `category` set (or removed with `undefined`). Returns the
 * same matrix object when nothing changes, so React can skip re-rendering.
 */
export function withRight(
  matrix: DecisionRightsMatrix,
  category: DecisionCategoryId,
  role: RoleId,
  right: DecisionRight | undefined,
): DecisionRightsMatrix {
  if (rightOf(matrix, category, role) === right) return matrix;
  const row = { ...matrix[category] };
  if (right === undefined) delete row[role];
  else row[role] = right;
  return { ...matrix, [category]: row };
}
