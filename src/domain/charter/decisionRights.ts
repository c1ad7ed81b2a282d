import type { DecisionCategoryId, MemberId, RoleId } from '../ids';
import type {
  Charter,
  CharterRole,
  DecisionCategory,
  DecisionRight,
  DecisionRightsMatrix,
} from './types';

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
  const { [role]: _cleared, ...others } = matrix[category] ?? {};
  const row = right === undefined ? others : { ...matrix[category], [role]: right };
  return { ...matrix, [category]: row };
}

/**
 * Returns a matrix with `role` taken out of every category's row, e.g. when the role is removed
 * from the charter. Rows that never mentioned the role keep their identity; the same matrix object
 * comes back when no row mentioned it.
 */
export function withoutRole(matrix: DecisionRightsMatrix, role: RoleId): DecisionRightsMatrix {
  const categories = Object.keys(matrix) as DecisionCategoryId[];
  const affected = categories.filter((category) => rightOf(matrix, category, role) !== undefined);
  return affected.reduce(
    (result, category) => withRight(result, category, role, undefined),
    matrix,
  );
}

/**
 * Returns a matrix without `category`'s row, e.g. when the category is removed from the charter;
 * the same matrix object when it had no row.
 */
export function withoutCategory(
  matrix: DecisionRightsMatrix,
  category: DecisionCategoryId,
): DecisionRightsMatrix {
  if (!Object.hasOwn(matrix, category)) return matrix;
  const { [category]: _removed, ...rest } = matrix;
  return rest as DecisionRightsMatrix;
}

/** The right `role` holds in each category it has a part in, in the charter's category order. */
export function rightsOfRole(
  charter: Pick<Charter, 'decisionCategories' | 'decisionRights'>,
  role: RoleId,
): { readonly category: DecisionCategory; readonly right: DecisionRight }[] {
  return charter.decisionCategories.flatMap((category) => {
    const right = rightOf(charter.decisionRights, category.id, role);
    return right === undefined ? [] : [{ category, right }];
  });
}
