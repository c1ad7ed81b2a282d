import {
  CHARTER_LIMITS,
  DEFAULT_CATEGORY_IDS,
  DEFAULT_ROLE_IDS,
  checkCharter,
  createDefaultCharter,
  validateCharter,
  type Charter,
} from '../../../src/domain/charter';
import { ValidationError } from '../../../src/domain/errors';
import { memberId } from '../../../src/domain/ids';
import { deepFreeze, draftOf } from './charterFixtures';

type Patch = Record<string, unknown>;

const patchAt = <T>(items: readonly T[], index: number, patch: Patch): unknown[] =>
  items.map((item, position) => (position === index ? { ...item, ...patch } : item));

const withRole = (charter: Charter, index: number, patch: Patch): unknown => ({
  ...charter,
  roles: patchAt(charter.roles, index, patch),
});

const withCategory = (charter: Charter, index: number, patch: Patch): unknown => ({
  ...charter,
  decisionCategories: patchAt(charter.decisionCategories, index, patch),
});

const withRow = (charter: Charter, category: string, row: Patch): unknown => ({
  ...charter,
  decisionRights: { ...charter.decisionRights, [category]: row },
});

const withStakeholders = (charter: Charter, ...stakeholders: Patch[]): unknown => ({
  ...charter,
  stakeholders,
});

const board: Patch = {
  name: 'Board',
  need: 'mustKnow',
  email: 'board@contoso.com',
  categoryIds: [],
};

const issuesOf = (input: unknown) => {
  const result = checkCharter(input);
  return result.ok ? [] : result.issues;
};

const { executiveSponsor, cxLead, it: itChampion } = DEFAULT_ROLE_IDS;
const { resourcesBudget, measurement, cxPriorities } = DEFAULT_CATEGORY_IDS;

describe('charter schema', () => {
  const base = deepFreeze(createDefaultCharter());

  it('accepts the default charter unchanged', () => {
    expect(validateCharter(base)).toEqual(base);
  });

  it.each<[string, (charter: Charter) => unknown, string, string]>([
    [
      'an empty vision',
      (c) => ({ ...c, vision: '' }),
      'vision',
      'Give the CX vision: the experience you want customers to have, in a sentence or two (at most 500 characters)',
    ],
    [
      'a blank mission',
      (c) => ({ ...c, mission: '   ' }),
      'mission',
      'Give the CX mission in one or two sentences (at most 500 characters)',
    ],
    [
      'a mission that is too long',
      (c) => ({ ...c, mission: 'm'.repeat(CHARTER_LIMITS.missionLength + 1) }),
      'mission',
      'Shorten the CX mission to at most 500 characters (it has 501)',
    ],
    [
      'a missing problem statement',
      (c) => ({ ...c, problemStatement: undefined }),
      'problemStatement',
      'Describe the customer problem this team exists to solve (at most 1000 characters)',
    ],
    [
      'an empty success statement',
      (c) => ({ ...c, successStatement: { ...c.successStatement, statement: '' } }),
      'successStatement.statement',
      'Say in a few sentences what CX success will look like (at most 1000 characters)',
    ],
    [
      'no success indicators',
      (c) => ({ ...c, successStatement: { ...c.successStatement, indicators: [] } }),
      'successStatement.indicators',
      'Add at least one measurable indicator so the team can tell whether CX improves',
    ],
    [
      'an indicator without a target',
      (c) => ({
        ...c,
        successStatement: {
          ...c.successStatement,
          indicators: patchAt(c.successStatement.indicators, 1, { target: '' }),
        },
      }),
      'successStatement.indicators.1.target',
      'Give the target and when it should be reached, e.g. “35 by Q4” (at most 300 characters)',
    ],
    [
      'no goals',
      (c) => ({ ...c, goals: [] }),
      'goals',
      'Add at least one CX goal with its objectives',
    ],
    [
      'more goals than a charter can hold',
      (c) => ({ ...c, goals: Array.from({ length: 21 }, () => c.goals[0]) }),
      'goals',
      'Keep at most 20 goals: remove some, or merge those that overlap',
    ],
    [
      'a goal without objectives',
      (c) => ({ ...c, goals: patchAt(c.goals, 0, { objectives: [] }) }),
      'goals.0.objectives',
      'Add at least one objective to this goal so the team can tell when it is met',
    ],
    [
      'an empty prioritisation approach',
      (c) => ({ ...c, prioritisationApproach: '' }),
      'prioritisationApproach',
      'Say how the team decides which CX efforts come first (at most 1000 characters)',
    ],
    [
      'no working agreements',
      (c) => ({ ...c, workingAgreements: [] }),
      'workingAgreements',
      'Add at least one working agreement: how this team works together',
    ],
    [
      'a blank working agreement',
      (c) => ({ ...c, workingAgreements: [...c.workingAgreements.slice(0, 2), ' '] }),
      'workingAgreements.2',
      'Write the working agreement in a sentence, or remove it (at most 300 characters)',
    ],
    [
      'a role without a name',
      (c) => withRole(c, 2, { name: '' }),
      'roles.2.name',
      'Name the role, e.g. “CX Lead” or “Sales champion” (at most 100 characters)',
    ],
    [
      'a role without responsibilities',
      (c) => withRole(c, 3, { responsibilities: [] }),
      'roles.3.responsibilities',
      'Give this role at least one responsibility so its members know what it does',
    ],
    [
      'a role from an unknown department',
      (c) => withRole(c, 1, { department: 'finance' }),
      'roles.1.department',
      'Choose the department this role comes from',
    ],
    [
      'two roles with the same name in different case',
      (c) => withRole(c, 4, { name: 'cx lead' }),
      'roles.4.name',
      'Another role is already called “cx lead”: give this role a different name',
    ],
    [
      'two roles with the same id',
      (c) => ({ ...c, roles: [...c.roles, { ...c.roles[1], name: 'Deputy CX Lead' }] }),
      'roles.11.id',
      'Two roles share the id “cx-lead”: remove one of them and add it again',
    ],
    [
      'a member listed twice in one role',
      (c) => withRole(c, 0, { memberIds: ['ana', 'ben', 'ana'] }),
      'roles.0.memberIds.2',
      'This person is already a member of “Executive Sponsor”: remove the repeat',
    ],
    [
      'a role without an id',
      (c) => ({ ...c, roles: [...c.roles, { ...c.roles[1], id: '', name: 'Deputy CX Lead' }] }),
      'roles.11.id',
      'Every item needs an id: reload the charter and try again',
    ],
    [
      'a decision category without a name',
      (c) => withCategory(c, 1, { name: ' ' }),
      'decisionCategories.1.name',
      'Name the decision category, e.g. “Resources and budget” (at most 100 characters)',
    ],
    [
      'two decision categories with the same name',
      (c) => withCategory(c, 2, { name: 'CX PRIORITIES' }),
      'decisionCategories.2.name',
      'Another decision category is already called “CX PRIORITIES”: give this one a different name',
    ],
    [
      'two decision categories with the same id',
      (c) => ({
        ...c,
        decisionCategories: [
          ...c.decisionCategories,
          { id: cxPriorities, name: 'Pricing', description: '' },
        ],
      }),
      'decisionCategories.6.id',
      'Two decision categories share the id “cx-priorities”: remove one of them and add it again',
    ],
    [
      'a matrix row for a category that does not exist',
      (c) => withRow(c, 'pricing', { [executiveSponsor]: 'approver' }),
      'decisionRights.pricing',
      'This row of the decision-rights table is for a decision category that no longer exists: remove the row',
    ],
    [
      'a matrix entry for a role that does not exist',
      (c) =>
        withRow(c, measurement, { ...c.decisionRights[measurement], 'legal-champion': 'informed' }),
      'decisionRights.measurement.legal-champion',
      'The decision-rights table gives a right to a role that no longer exists: remove it from the row',
    ],
    [
      'a category without an approver',
      (c) => withRow(c, resourcesBudget, { [cxLead]: 'driver' }),
      'decisionRights.resources-budget',
      'Choose a role to approve “Resources and budget” decisions: every decision category needs an approver',
    ],
    [
      'a category with no matrix row at all',
      (c) => {
        const { [resourcesBudget]: _row, ...rest } = c.decisionRights;
        return { ...c, decisionRights: rest };
      },
      'decisionRights.resources-budget',
      'Choose a role to approve “Resources and budget” decisions: every decision category needs an approver',
    ],
    [
      'a matrix row that is not a list of roles',
      (c) => ({ ...c, decisionRights: { ...c.decisionRights, [resourcesBudget]: 'approver' } }),
      'decisionRights.resources-budget',
      'Give each decision category’s rights as a list of roles and their rights',
    ],
    [
      'a role that is not an object',
      (c) => ({ ...c, roles: [...c.roles, 'Legal champion'] }),
      'roles.11',
      'Give each role a name, a department and its responsibilities',
    ],
    [
      'a category with two drivers',
      (c) => withRow(c, measurement, { ...c.decisionRights[measurement], [itChampion]: 'driver' }),
      'decisionRights.measurement.it-champion',
      'Only one role can drive “Measurement” decisions and “CX Lead” already does: make “IT champion” a contributor or informed instead',
    ],
    [
      'a right that is not a DACI right',
      (c) => withRow(c, measurement, { ...c.decisionRights[measurement], [cxLead]: 'owner' }),
      'decisionRights.measurement.cx-lead',
      'Choose Driver, Approver, Contributor or Informed',
    ],
    [
      'a must-know stakeholder without an email',
      (c) => withStakeholders(c, board, { ...board, email: undefined }),
      'stakeholders.1.email',
      'Add an email address for stakeholder “Board” so they can be sent summaries',
    ],
    [
      'a must-know stakeholder whose email box is blank',
      (c) => withStakeholders(c, { ...board, email: '  ' }),
      'stakeholders.0.email',
      'Add an email address for stakeholder “Board” so they can be sent summaries',
    ],
    [
      'a stakeholder email that is not an address',
      (c) => withStakeholders(c, board, { ...board, email: 'board at contoso' }),
      'stakeholders.1.email',
      'Enter a full email address, like name@contoso.com, or leave it empty',
    ],
    [
      'a stakeholder following a category that does not exist',
      (c) => withStakeholders(c, { ...board, categoryIds: [measurement, 'pricing'] }),
      'stakeholders.0.categoryIds.1',
      'Stakeholder “Board” follows a decision category that no longer exists: remove it from their list',
    ],
    [
      'a stakeholder with neither need',
      (c) => withStakeholders(c, { ...board, need: 'maybe' }),
      'stakeholders.0.need',
      'Choose whether this stakeholder must know what the team decides or must approve it',
    ],
    [
      'a stakeholder without a name',
      (c) => withStakeholders(c, { ...board, name: '' }),
      'stakeholders.0.name',
      'Name the stakeholder: a person, a team or a board (at most 100 characters)',
    ],
  ])('reports %s at its field', (_rule, change, field, message) => {
    expect(issuesOf(change(base))).toEqual([{ field, message }]);
  });

  it('reports every problem at once, cross-field rules included', () => {
    const draft = {
      ...base,
      vision: 'v'.repeat(CHARTER_LIMITS.visionLength + 20),
      roles: patchAt(base.roles, 3, { name: 'executive sponsor', department: 'finance' }),
      decisionRights: { ...base.decisionRights, [resourcesBudget]: { [cxLead]: 'driver' } },
      stakeholders: [
        { ...board, email: undefined },
        { ...board, name: 'Auditors', need: 'mustApprove', email: 'nope' },
      ],
    };
    const issues = issuesOf(draft);
    expect(issues.map((issue) => issue.field).sort()).toEqual(
      [
        'vision',
        'roles.3.department',
        'roles.3.name',
        'decisionRights.resources-budget',
        'stakeholders.0.email',
        'stakeholders.1.email',
      ].sort(),
    );
    expect(() => validateCharter(draft)).toThrow(ValidationError);
    try {
      validateCharter(draft);
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toEqual(issues);
      expect((error as ValidationError).code).toBe('validationFailed');
    }
  });

  it('asks for a charter when given something else', () => {
    expect(issuesOf(null)).toEqual([
      {
        field: '',
        message: 'Give the charter as an object with its vision, mission, roles and the rest',
      },
    ]);
  });

  it('allows a category with no driver and one with two approvers', () => {
    const draft = withRow(createDefaultCharter(), resourcesBudget, {
      [executiveSponsor]: 'approver',
      [cxLead]: 'approver',
    });
    expect(checkCharter(draft).ok).toBe(true);
  });

  it('trims text, drops unknown fields and treats a blank email as none', () => {
    const draft = draftOf(createDefaultCharter());
    draft.mission = '  We serve customers well.  ';
    draft.notes = 'not part of a charter';
    draft.stakeholders = [{ name: ' Auditors ', need: 'mustApprove', email: ' ', categoryIds: [] }];
    const charter = validateCharter(draft);
    expect(charter.mission).toBe('We serve customers well.');
    expect(charter).not.toHaveProperty('notes');
    expect(charter.stakeholders).toEqual([
      { name: 'Auditors', need: 'mustApprove', email: undefined, categoryIds: [] },
    ]);
  });

  it('keeps the draft untouched so a form loses nothing the person typed', () => {
    const draft = deepFreeze({ ...draftOf(base), mission: '' });
    const before = JSON.stringify(draft);
    const result = checkCharter(draft);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(draft)).toBe(before);
  });

  it('returns the parsed charter with its members when the draft is valid', () => {
    const draft = withRole(base, 1, { memberIds: ['ana', 'ben'] });
    const result = checkCharter(draft);
    expect(result).toEqual({
      ok: true,
      charter: expect.objectContaining({ vision: base.vision }) as unknown,
    });
    if (result.ok)
      expect(result.charter.roles[1]?.memberIds).toEqual([memberId('ana'), memberId('ben')]);
  });
});
