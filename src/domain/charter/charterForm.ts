import type { FieldIssue } from '../errors';
import type { RoleId } from '../ids';
import { DEFAULT_ROLE_IDS } from './defaultCharter';
import { hasIndex, sameItems } from './editCharter';
import type {
  Charter,
  CharterGoal,
  CharterRole,
  DecisionRight,
  Department,
  Stakeholder,
  StakeholderNeed,
  SuccessIndicator,
} from './types';

/*
 * What the charter editor needs beyond `editCharter`: edits of one item inside the charter's lists
 * (a goal, an indicator, a stakeholder, a working agreement), where each validation issue belongs on
 * screen, and the words for rights and stakeholder needs. Like the other edits, these return the
 * same charter when nothing changes and never touch their input.
 */

/** The parts of the hub that edit the charter; each validation issue belongs to exactly one. */
export type CharterSection = 'charter' | 'roster' | 'rights';

/** Labels for the decision-rights selects, in DACI order. */
export const DECISION_RIGHT_LABELS: Readonly<Record<DecisionRight, string>> = {
  driver: 'Driver',
  approver: 'Approver',
  contributor: 'Contributor',
  informed: 'Informed',
};

/** What the matrix shows for a role with no part in a category's decisions. */
export const NO_RIGHT_LABEL = 'No part';

export const STAKEHOLDER_NEED_LABELS: Readonly<Record<StakeholderNeed, string>> = {
  mustKnow: 'Must know',
  mustApprove: 'Must approve',
};

/**
 * The hub section that shows `field`: roles live on the roster, decision categories and the matrix
 * on the decision rights, everything else on the charter itself.
 */
export function sectionOfField(field: string): CharterSection {
  const [head] = field.split('.');
  if (head === 'roles') return 'roster';
  if (head === 'decisionCategories' || head === 'decisionRights') return 'rights';
  return 'charter';
}

/** How many issues each section holds: the counts the hub's tabs show. */
export function countIssuesBySection(
  issues: readonly FieldIssue[],
): Readonly<Record<CharterSection, number>> {
  const counts: Record<CharterSection, number> = { charter: 0, roster: 0, rights: 0 };
  for (const issue of issues) counts[sectionOfField(issue.field)] += 1;
  return counts;
}

/**
 * The message to show next to exactly `field` (several joined by a space), or `undefined` when the
 * field is fine. `roles.2` does not pick up `roles.2.name`: each input shows its own problem.
 */
export function messageFor(issues: readonly FieldIssue[], field: string): string | undefined {
  const messages = issues.filter((issue) => issue.field === field).map((issue) => issue.message);
  return messages.length === 0 ? undefined : messages.join(' ');
}

/** Every message at `prefix` or inside it (`roles.2` picks up `roles.2.name` and `roles.2.memberIds.0`). */
export function messagesUnder(issues: readonly FieldIssue[], prefix: string): string[] {
  return issues
    .filter((issue) => issue.field === prefix || issue.field.startsWith(`${prefix}.`))
    .map((issue) => issue.message);
}

/** `items` with the item at `index` replaced; the same array when the index is out of range or the item is unchanged. */
export function withItemReplaced<T>(items: readonly T[], index: number, item: T): readonly T[] {
  if (!hasIndex(items, index) || items[index] === item) return items;
  return items.map((current, position) => (position === index ? item : current));
}

/** `items` without the item at `index`; the same array when the index is out of range. */
export function withItemRemoved<T>(items: readonly T[], index: number): readonly T[] {
  if (!hasIndex(items, index)) return items;
  return items.filter((_, position) => position !== index);
}

/** Copies `change`'s defined fields over `current`; `current` itself when none differs. */
function merged<T extends object>(current: T, change: Partial<T>): T {
  const differs = (Object.keys(change) as (keyof T)[]).some(
    (key) => change[key] !== undefined && change[key] !== current[key],
  );
  if (!differs) return current;
  const defined = Object.fromEntries(
    Object.entries(change).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
  return { ...current, ...defined };
}

export interface GoalChange {
  readonly index: number;
  readonly title?: string;
  readonly objectives?: readonly string[];
}

/** Changes the title or the objectives of the goal at `index`. */
export function updateGoal(charter: Charter, change: GoalChange): Charter {
  const { index, title, objectives } = change;
  const current = charter.goals[index];
  if (current === undefined) return charter;
  const isNewTitle = title !== undefined && title !== current.title;
  const areNewObjectives = objectives !== undefined && !sameItems(objectives, current.objectives);
  if (!isNewTitle && !areNewObjectives) return charter;
  const next: CharterGoal = {
    title: isNewTitle ? title : current.title,
    objectives: areNewObjectives ? objectives : current.objectives,
  };
  return { ...charter, goals: withItemReplaced(charter.goals, index, next) };
}

export interface IndicatorChange {
  readonly index: number;
  readonly name?: string;
  readonly measure?: string;
  /** An empty baseline is kept as typed; the schema trims it on save. */
  readonly baseline?: string;
  readonly target?: string;
}

/** Changes one field or more of the success indicator at `index`. */
export function updateIndicator(charter: Charter, change: IndicatorChange): Charter {
  const { index, ...fields } = change;
  const { successStatement } = charter;
  const current = successStatement.indicators[index];
  if (current === undefined) return charter;
  const next: SuccessIndicator = merged(current, fields);
  if (next === current) return charter;
  return {
    ...charter,
    successStatement: {
      ...successStatement,
      indicators: withItemReplaced(successStatement.indicators, index, next),
    },
  };
}

export interface StakeholderChange {
  readonly index: number;
  readonly name?: string;
  /** A blank address means "no email" once saved; it is kept as typed until then. */
  readonly email?: string;
  readonly need?: StakeholderNeed;
  readonly categoryIds?: Stakeholder['categoryIds'];
}

/** Changes one field or more of the stakeholder at `index`. */
export function updateStakeholder(charter: Charter, change: StakeholderChange): Charter {
  const { index, categoryIds, ...fields } = change;
  const current = charter.stakeholders[index];
  if (current === undefined) return charter;
  const sameCategories = categoryIds === undefined || sameItems(categoryIds, current.categoryIds);
  const withFields: Stakeholder = merged(current, fields);
  if (withFields === current && sameCategories) return charter;
  const next = sameCategories ? withFields : { ...withFields, categoryIds };
  return { ...charter, stakeholders: withItemReplaced(charter.stakeholders, index, next) };
}

export interface WorkingAgreementChange {
  readonly index: number;
  readonly text: string;
}

/** Rewrites the working agreement at `index`. */
export function updateWorkingAgreement(charter: Charter, change: WorkingAgreementChange): Charter {
  const workingAgreements = withItemReplaced(charter.workingAgreements, change.index, change.text);
  return workingAgreements === charter.workingAgreements
    ? charter
    : { ...charter, workingAgreements };
}

/** A role the roster's "Add a role" creates: named later, one responsibility box to fill in. */
export function newRoleDraft(id: RoleId, department: Department = 'other'): CharterRole {
  return { id, name: '', department, responsibilities: [''], memberIds: [] };
}

/**
 * The team members who hold no role in the charter, in the order given: the roster's "not on the
 * charter yet" list, so the CX lead sees who still needs a role.
 */
export function membersWithoutRole<T extends { readonly id: string }>(
  charter: Pick<Charter, 'roles'>,
  members: readonly T[],
): T[] {
  const held = new Set<string>(charter.roles.flatMap((role) => role.memberIds));
  return members.filter((member) => !held.has(member.id));
}

/** Each role's display name by id, e.g. for an agenda's "Owner" column. Unnamed roles are left out. */
export function roleNamesOf(charter: Pick<Charter, 'roles'>): Partial<Record<RoleId, string>> {
  return Object.fromEntries(
    charter.roles
      .filter((role) => role.name.trim() !== '')
      .map((role) => [role.id, role.name.trim()] as const),
  );
}

export interface AgendaOwnerRoles {
  readonly cxLeadRoleId?: RoleId;
  readonly executiveSponsorRoleId?: RoleId;
}

/**
 * Which of the charter's roles own the standard agenda's items: the default CX Lead and Executive
 * Sponsor roles when the charter still has them (renaming keeps their ids), otherwise the first
 * role from the CX department and the first from the executive. Absent when there is none, so the
 * agenda falls back to its own defaults.
 */
export function agendaOwnerRoles(charter: Pick<Charter, 'roles'>): AgendaOwnerRoles {
  const pick = (defaultId: RoleId, department: Department): RoleId | undefined =>
    charter.roles.find((role) => role.id === defaultId)?.id ??
    charter.roles.find((role) => role.department === department)?.id;
  const cxLeadRoleId = pick(DEFAULT_ROLE_IDS.cxLead, 'cx');
  const executiveSponsorRoleId = pick(DEFAULT_ROLE_IDS.executiveSponsor, 'executive');
  return {
    ...(cxLeadRoleId ? { cxLeadRoleId } : {}),
    ...(executiveSponsorRoleId ? { executiveSponsorRoleId } : {}),
  };
}
