import type { DecisionCategoryId, MemberId, RoleId } from '../ids';

/**
 * The CX Charter: the short agreement a cross-functional CX team governs by. It answers six
 * questions (vision; goals and objectives; roles and responsibilities; how we prioritise; who must
 * know and who must approve; how we work together) and carries the CX mission, the problem statement
 * it answers and the success statement that says how success is measured.
 */
export interface Charter {
  readonly vision: string;
  /** How the organisation delivers on the vision today; shown at the top of every agenda. */
  readonly mission: string;
  readonly problemStatement: string;
  readonly successStatement: SuccessStatement;
  readonly goals: readonly CharterGoal[];
  readonly prioritisationApproach: string;
  readonly stakeholders: readonly Stakeholder[];
  readonly workingAgreements: readonly string[];
  readonly roles: readonly CharterRole[];
  readonly decisionCategories: readonly DecisionCategory[];
  readonly decisionRights: DecisionRightsMatrix;
}

export interface SuccessStatement {
  /** A few sentences that say what CX success looks like. */
  readonly statement: string;
  readonly indicators: readonly SuccessIndicator[];
}

/** A measurable indicator of CX success, e.g. "Net Promoter Score: from 21 to 35 by Q4". */
export interface SuccessIndicator {
  readonly name: string;
  /** What is measured and how, e.g. "relationship NPS, quarterly survey". */
  readonly measure: string;
  readonly baseline?: string;
  readonly target: string;
}

export interface CharterGoal {
  readonly title: string;
  readonly objectives: readonly string[];
}

export type StakeholderNeed = 'mustKnow' | 'mustApprove';

/** Someone outside the team who must be told what it decides, or must approve it. */
export interface Stakeholder {
  readonly name: string;
  /** Mail address: summaries go here when `need` includes `mustKnow`. */
  readonly email?: string;
  readonly need: StakeholderNeed;
  /** The decision categories this stakeholder cares about; empty means all. */
  readonly categoryIds: readonly DecisionCategoryId[];
}

export type Department =
  | 'executive'
  | 'cx'
  | 'marketing'
  | 'sales'
  | 'customerService'
  | 'customerSuccess'
  | 'product'
  | 'digital'
  | 'it'
  | 'hrLearning'
  | 'operations'
  | 'other';

export interface CharterRole {
  readonly id: RoleId;
  readonly name: string;
  readonly responsibilities: readonly string[];
  readonly department: Department;
  readonly memberIds: readonly MemberId[];
}

export interface DecisionCategory {
  readonly id: DecisionCategoryId;
  readonly name: string;
  readonly description: string;
}

/** DACI: who drives a decision, who approves it, who contributes and who is informed. */
export type DecisionRight = 'driver' | 'approver' | 'contributor' | 'informed';

/**
 * The decision-rights matrix: for each decision category, each role's right. A role absent from a
 * category's row has no part in decisions of that category.
 */
export type DecisionRightsMatrix = Readonly<
  Record<DecisionCategoryId, Readonly<Partial<Record<RoleId, DecisionRight>>>>
>;
