import type { DecisionCategoryId, MemberId, RoleId } from '../ids';
import { withRight, withoutCategory, withoutRole } from './decisionRights';
import type {
  Charter,
  CharterGoal,
  CharterRole,
  DecisionCategory,
  DecisionRight,
  Stakeholder,
  SuccessIndicator,
} from './types';

/*
 * Editing operations for the charter editor. Each returns a new charter and leaves its input alone;
 * when an edit changes nothing (the role is already named that, the id is unknown, the index is out
 * of range) it returns the very same charter, so React can skip re-rendering.
 *
 * Edits keep the charter's references consistent (removing a role removes its rights; removing a
 * category removes its row), but they do not enforce the charter's rules: a draft may be briefly
 * wrong (a new category with no approver yet), and `checkCharter` says exactly which field to fix.
 */

/** A role as the editor adds it: responsibilities and members may come later. */
export interface NewRole {
  readonly id: RoleId;
  readonly name: string;
  readonly department: CharterRole['department'];
  readonly responsibilities?: readonly string[];
  readonly memberIds?: readonly MemberId[];
}

export interface RoleChange {
  readonly role: RoleId;
  readonly name?: string;
  readonly responsibilities?: readonly string[];
  readonly department?: CharterRole['department'];
}

export interface RoleRename {
  readonly role: RoleId;
  readonly name: string;
}

export interface RoleMembership {
  readonly role: RoleId;
  readonly member: MemberId;
}

export interface DecisionCategoryChange {
  readonly category: DecisionCategoryId;
  readonly name?: string;
  readonly description?: string;
}

export interface DecisionRightChange {
  readonly category: DecisionCategoryId;
  readonly role: RoleId;
  /** `undefined` takes the role out of the category. */
  readonly right: DecisionRight | undefined;
}

export const sameItems = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a.length === b.length && a.every((item, index) => item === b[index]);

export const hasIndex = (items: readonly unknown[], index: number): boolean =>
  Number.isInteger(index) && index >= 0 && index < items.length;

const without = <T>(items: readonly T[], index: number): T[] =>
  items.filter((_, position) => position !== index);

const hasRole = (charter: Charter, role: RoleId): boolean =>
  charter.roles.some((candidate) => candidate.id === role);

const hasCategory = (charter: Charter, category: DecisionCategoryId): boolean =>
  charter.decisionCategories.some((candidate) => candidate.id === category);

/** Replaces one role through `update`; the same charter when the role is unknown or unchanged. */
function updateRoleWith(
  charter: Charter,
  role: RoleId,
  update: (current: CharterRole) => CharterRole,
): Charter {
  let changed = false;
  const roles = charter.roles.map((current) => {
    if (current.id !== role) return current;
    const next = update(current);
    changed ||= next !== current;
    return next;
  });
  return changed ? { ...charter, roles } : charter;
}

/** Adds a role at the end of the roster, with no decision rights yet. */
export function addRole(charter: Charter, role: NewRole): Charter {
  const added: CharterRole = {
    id: role.id,
    name: role.name,
    department: role.department,
    responsibilities: role.responsibilities ?? [],
    memberIds: role.memberIds ?? [],
  };
  return { ...charter, roles: [...charter.roles, added] };
}

/** Changes a role's name, responsibilities or department; fields left out stay as they are. */
export function updateRole(charter: Charter, change: RoleChange): Charter {
  return updateRoleWith(charter, change.role, (current) => {
    const name = change.name ?? current.name;
    const department = change.department ?? current.department;
    const responsibilities = change.responsibilities ?? current.responsibilities;
    const unchanged =
      name === current.name &&
      department === current.department &&
      sameItems(responsibilities, current.responsibilities);
    return unchanged ? current : { ...current, name, department, responsibilities };
  });
}

/** Renames a role. Decisions refer to roles by id, so past decisions follow the new name. */
export function renameRole(charter: Charter, rename: RoleRename): Charter {
  return updateRole(charter, { role: rename.role, name: rename.name });
}

/** Removes a role and every decision right it held. Other roles keep their rights. */
export function removeRole(charter: Charter, role: RoleId): Charter {
  if (!hasRole(charter, role)) return charter;
  return {
    ...charter,
    roles: charter.roles.filter((candidate) => candidate.id !== role),
    decisionRights: withoutRole(charter.decisionRights, role),
  };
}

/** Makes a member hold a role; the same charter when they already do or the role is unknown. */
export function assignMember(charter: Charter, membership: RoleMembership): Charter {
  return updateRoleWith(charter, membership.role, (current) =>
    current.memberIds.includes(membership.member)
      ? current
      : { ...current, memberIds: [...current.memberIds, membership.member] },
  );
}

/** Takes a member out of a role (every listing of them, should a draft hold repeats). */
export function unassignMember(charter: Charter, membership: RoleMembership): Charter {
  return updateRoleWith(charter, membership.role, (current) =>
    current.memberIds.includes(membership.member)
      ? { ...current, memberIds: current.memberIds.filter((id) => id !== membership.member) }
      : current,
  );
}

/**
 * Adds a decision category with an empty row in the matrix. Until a role is made its approver,
 * `checkCharter` reports `decisionRights.<categoryId>`, which is where the editor asks for one.
 */
export function addDecisionCategory(charter: Charter, category: DecisionCategory): Charter {
  return {
    ...charter,
    decisionCategories: [...charter.decisionCategories, category],
    decisionRights: { ...charter.decisionRights, [category.id]: {} },
  };
}

/** Renames a decision category or changes its description. */
export function updateDecisionCategory(charter: Charter, change: DecisionCategoryChange): Charter {
  let changed = false;
  const decisionCategories = charter.decisionCategories.map((current) => {
    if (current.id !== change.category) return current;
    const name = change.name ?? current.name;
    const description = change.description ?? current.description;
    if (name === current.name && description === current.description) return current;
    changed = true;
    return { ...current, name, description };
  });
  return changed ? { ...charter, decisionCategories } : charter;
}

/**
 * Removes a decision category, its row of the matrix, and the category from every stakeholder's
 * list. A stakeholder who followed only that category is then told about every category (an
 * empty list means all): telling someone too much is safer than silently telling them nothing.
 */
export function removeDecisionCategory(charter: Charter, category: DecisionCategoryId): Charter {
  if (!hasCategory(charter, category)) return charter;
  const stakeholders = charter.stakeholders.map((stakeholder) =>
    stakeholder.categoryIds.includes(category)
      ? { ...stakeholder, categoryIds: stakeholder.categoryIds.filter((id) => id !== category) }
      : stakeholder,
  );
  return {
    ...charter,
    decisionCategories: charter.decisionCategories.filter((candidate) => candidate.id !== category),
    decisionRights: withoutCategory(charter.decisionRights, category),
    stakeholders: sameItems(stakeholders, charter.stakeholders)
      ? charter.stakeholders
      : stakeholders,
  };
}

/**
 * Sets (or, with `right: undefined`, clears) a role's right in a category. A role or category the
 * charter does not have is ignored, so the matrix never points at something that is not there.
 */
export function setDecisionRight(charter: Charter, change: DecisionRightChange): Charter {
  if (!hasRole(charter, change.role) || !hasCategory(charter, change.category)) return charter;
  const decisionRights = withRight(
    charter.decisionRights,
    change.category,
    change.role,
    change.right,
  );
  return decisionRights === charter.decisionRights ? charter : { ...charter, decisionRights };
}

export function addStakeholder(charter: Charter, stakeholder: Stakeholder): Charter {
  return { ...charter, stakeholders: [...charter.stakeholders, stakeholder] };
}

/** Removes the stakeholder at `index` (their position in the list). */
export function removeStakeholder(charter: Charter, index: number): Charter {
  if (!hasIndex(charter.stakeholders, index)) return charter;
  return { ...charter, stakeholders: without(charter.stakeholders, index) };
}

export function addIndicator(charter: Charter, indicator: SuccessIndicator): Charter {
  const { successStatement } = charter;
  return {
    ...charter,
    successStatement: {
      ...successStatement,
      indicators: [...successStatement.indicators, indicator],
    },
  };
}

/** Removes the success indicator at `index`. */
export function removeIndicator(charter: Charter, index: number): Charter {
  const { successStatement } = charter;
  if (!hasIndex(successStatement.indicators, index)) return charter;
  return {
    ...charter,
    successStatement: {
      ...successStatement,
      indicators: without(successStatement.indicators, index),
    },
  };
}

export function addGoal(charter: Charter, goal: CharterGoal): Charter {
  return { ...charter, goals: [...charter.goals, goal] };
}

/** Removes the goal at `index`, with its objectives. */
export function removeGoal(charter: Charter, index: number): Charter {
  if (!hasIndex(charter.goals, index)) return charter;
  return { ...charter, goals: without(charter.goals, index) };
}

export function addWorkingAgreement(charter: Charter, agreement: string): Charter {
  return { ...charter, workingAgreements: [...charter.workingAgreements, agreement] };
}

/** Removes the working agreement at `index`. */
export function removeWorkingAgreement(charter: Charter, index: number): Charter {
  if (!hasIndex(charter.workingAgreements, index)) return charter;
  return { ...charter, workingAgreements: without(charter.workingAgreements, index) };
}

/** The charter's free-text parts, as the editor's text boxes change them. */
export interface CharterTextChange {
  readonly vision?: string;
  readonly mission?: string;
  readonly problemStatement?: string;
  /** The success statement's sentences (its indicators are edited one by one). */
  readonly successStatement?: string;
  readonly prioritisationApproach?: string;
}

/** Changes the vision, mission and other statements; the same charter when none differs. */
export function updateCharterText(charter: Charter, change: CharterTextChange): Charter {
  const { successStatement: statement, ...plain } = change;
  const plainChanged = (Object.keys(plain) as (keyof typeof plain)[]).some(
    (key) => plain[key] !== undefined && plain[key] !== charter[key],
  );
  const statementChanged =
    statement !== undefined && statement !== charter.successStatement.statement;
  if (!plainChanged && !statementChanged) return charter;
  const definedPlain = Object.fromEntries(
    Object.entries(plain).filter(([, value]) => value !== undefined),
  );
  return {
    ...charter,
    ...definedPlain,
    successStatement: statementChanged
      ? { ...charter.successStatement, statement }
      : charter.successStatement,
  };
}
