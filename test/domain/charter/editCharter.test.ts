import fc from 'fast-check';
import {
  DEFAULT_CATEGORY_IDS,
  DEFAULT_ROLE_IDS,
  addDecisionCategory,
  addGoal,
  addIndicator,
  addRole,
  addStakeholder,
  addWorkingAgreement,
  assignMember,
  checkCharter,
  createDefaultCharter,
  removeDecisionCategory,
  removeGoal,
  removeIndicator,
  removeRole,
  removeStakeholder,
  removeWorkingAgreement,
  renameRole,
  rightOf,
  setDecisionRight,
  unassignMember,
  updateCharterText,
  updateDecisionCategory,
  updateRole,
  type Charter,
  type DecisionRight,
  type Department,
  type StakeholderNeed,
} from '../../../src/domain/charter';
import { decisionCategoryId, memberId, roleId } from '../../../src/domain/ids';
import { frozenDefaultCharter } from './charterFixtures';

const { executiveSponsor, cxLead, sales, it: itChampion } = DEFAULT_ROLE_IDS;
const { cxPriorities, resourcesBudget, measurement, teamOperations } = DEFAULT_CATEGORY_IDS;
const ana = memberId('ana');
const legal = roleId('legal-champion');
const pricing = decisionCategoryId('pricing');

const fieldsOf = (charter: Charter): string[] => {
  const result = checkCharter(charter);
  return result.ok ? [] : result.issues.map((issue) => issue.field);
};

/** Every key of the matrix names a category and a role the charter has. */
const matrixIsConsistent = (charter: Charter): boolean => {
  const roles = new Set<string>(charter.roles.map((role) => role.id));
  const categories = new Set<string>(charter.decisionCategories.map((category) => category.id));
  return Object.entries(charter.decisionRights).every(
    ([category, row]) =>
      categories.has(category) && Object.keys(row).every((role) => roles.has(role)),
  );
};

describe('editing the charter', () => {
  let charter: Charter;
  const pristine = createDefaultCharter();

  beforeEach(() => {
    charter = frozenDefaultCharter();
  });

  afterEach(() => {
    // Every edit ran on a deep-frozen charter; it must still equal a fresh default.
    expect(charter).toEqual(pristine);
  });

  describe('roles', () => {
    it('adds a role at the end with no rights yet', () => {
      const edited = addRole(charter, { id: legal, name: 'Legal champion', department: 'other' });
      expect(edited.roles.at(-1)).toEqual({
        id: legal,
        name: 'Legal champion',
        department: 'other',
        responsibilities: [],
        memberIds: [],
      });
      expect(fieldsOf(edited)).toEqual(['roles.11.responsibilities']);
      const described = updateRole(edited, {
        role: legal,
        responsibilities: ['Checks customer-facing policy against the law'],
      });
      expect(checkCharter(described).ok).toBe(true);
    });

    it('renames a role, and returns the same charter when the name or role does not change', () => {
      const renamed = renameRole(charter, { role: cxLead, name: 'Head of CX' });
      expect(renamed.roles[1]?.name).toBe('Head of CX');
      expect(renamed.roles[0]).toBe(charter.roles[0]);
      expect(renameRole(charter, { role: cxLead, name: 'CX Lead' })).toBe(charter);
      expect(renameRole(charter, { role: legal, name: 'Legal' })).toBe(charter);
    });

    it('changes a role’s department and responsibilities', () => {
      const edited = updateRole(charter, {
        role: sales,
        department: 'customerSuccess',
        responsibilities: ['Looks after renewals'],
      });
      expect(edited.roles[3]).toMatchObject({
        department: 'customerSuccess',
        responsibilities: ['Looks after renewals'],
      });
      const current = charter.roles[3];
      expect(
        updateRole(charter, {
          role: sales,
          responsibilities: [...(current?.responsibilities ?? [])],
        }),
      ).toBe(charter);
    });

    it('removes a role together with every right it held', () => {
      const edited = removeRole(charter, sales);
      expect(edited.roles.map((role) => role.id)).not.toContain(sales);
      expect(rightOf(edited.decisionRights, cxPriorities, sales)).toBeUndefined();
      expect(matrixIsConsistent(edited)).toBe(true);
      expect(checkCharter(edited).ok).toBe(true);
      expect(removeRole(charter, legal)).toBe(charter);
    });

    it('points at every category left without an approver when the sponsor role goes', () => {
      expect(fieldsOf(removeRole(charter, executiveSponsor))).toEqual([
        'decisionRights.cx-priorities',
        'decisionRights.customer-facing-policy',
        'decisionRights.journey-touchpoint-change',
        'decisionRights.resources-budget',
        'decisionRights.measurement',
      ]);
    });

    it('assigns and unassigns members, ignoring repeats and unknown roles', () => {
      const assigned = assignMember(charter, { role: sales, member: ana });
      expect(assigned.roles[3]?.memberIds).toEqual([ana]);
      expect(assignMember(assigned, { role: sales, member: ana })).toBe(assigned);
      expect(assignMember(charter, { role: legal, member: ana })).toBe(charter);
      const unassigned = unassignMember(assigned, { role: sales, member: ana });
      expect(unassigned.roles[3]?.memberIds).toEqual([]);
      expect(unassignMember(charter, { role: sales, member: ana })).toBe(charter);
    });
  });

  describe('decision categories and rights', () => {
    it('adds a category with an empty row and asks for its approver', () => {
      const added = addDecisionCategory(charter, {
        id: pricing,
        name: 'Pricing',
        description: 'Prices and discounts customers see',
      });
      expect(added.decisionRights[pricing]).toEqual({});
      expect(fieldsOf(added)).toEqual(['decisionRights.pricing']);
      const approved = setDecisionRight(added, {
        category: pricing,
        role: executiveSponsor,
        right: 'approver',
      });
      expect(checkCharter(approved).ok).toBe(true);
    });

    it('renames a category or changes its description', () => {
      const edited = updateDecisionCategory(charter, { category: measurement, name: 'Metrics' });
      expect(edited.decisionCategories[4]?.name).toBe('Metrics');
      expect(updateDecisionCategory(charter, { category: measurement, name: 'Measurement' })).toBe(
        charter,
      );
      expect(updateDecisionCategory(charter, { category: pricing, description: 'x' })).toBe(
        charter,
      );
    });

    it('removes a category, its row and stakeholders’ interest in it', () => {
      const edited = removeDecisionCategory(charter, resourcesBudget);
      expect(edited.decisionCategories).toHaveLength(5);
      expect(Object.keys(edited.decisionRights)).not.toContain(resourcesBudget);
      expect(edited.stakeholders[0]?.categoryIds).toEqual([cxPriorities]);
      expect(checkCharter(edited).ok).toBe(true);
      expect(removeDecisionCategory(charter, pricing)).toBe(charter);
    });

    it('keeps stakeholders untouched when they did not follow the removed category', () => {
      const edited = removeDecisionCategory(charter, teamOperations);
      expect(edited.stakeholders).toBe(charter.stakeholders);
    });

    it('sets and clears a right, and ignores roles or categories the charter lacks', () => {
      const set = setDecisionRight(charter, {
        category: measurement,
        role: sales,
        right: 'contributor',
      });
      expect(rightOf(set.decisionRights, measurement, sales)).toBe('contributor');
      const cleared = setDecisionRight(set, {
        category: measurement,
        role: sales,
        right: undefined,
      });
      expect(rightOf(cleared.decisionRights, measurement, sales)).toBeUndefined();
      expect(
        setDecisionRight(charter, { category: measurement, role: cxLead, right: 'driver' }),
      ).toBe(charter);
      expect(setDecisionRight(charter, { category: pricing, role: cxLead, right: 'driver' })).toBe(
        charter,
      );
      expect(
        setDecisionRight(charter, { category: measurement, role: legal, right: 'driver' }),
      ).toBe(charter);
    });

    it('points at the second driver when a category gets two', () => {
      const edited = setDecisionRight(charter, {
        category: measurement,
        role: itChampion,
        right: 'driver',
      });
      expect(fieldsOf(edited)).toEqual(['decisionRights.measurement.it-champion']);
    });
  });

  describe('lists', () => {
    it('adds and removes stakeholders', () => {
      const added = addStakeholder(charter, {
        name: 'Board',
        need: 'mustKnow',
        categoryIds: [],
      });
      expect(fieldsOf(added)).toEqual(['stakeholders.1.email']);
      expect(removeStakeholder(added, 1)).toEqual(charter);
      expect(removeStakeholder(charter, 5)).toBe(charter);
    });

    it('adds and removes indicators', () => {
      const added = addIndicator(charter, {
        name: 'Churn',
        measure: 'Monthly churn',
        target: '2%',
      });
      expect(added.successStatement.indicators).toHaveLength(5);
      expect(removeIndicator(added, 4)).toEqual(charter);
      expect(removeIndicator(charter, -1)).toBe(charter);
    });

    it('adds and removes goals', () => {
      const added = addGoal(charter, { title: 'Listen', objectives: ['Survey every quarter'] });
      expect(added.goals).toHaveLength(4);
      expect(removeGoal(added, 3)).toEqual(charter);
      expect(removeGoal(charter, 1.5)).toBe(charter);
    });

    it('adds and removes working agreements', () => {
      const added = addWorkingAgreement(charter, 'Cameras on when we can');
      expect(added.workingAgreements.at(-1)).toBe('Cameras on when we can');
      expect(removeWorkingAgreement(added, 6)).toEqual(charter);
      expect(removeWorkingAgreement(charter, 6)).toBe(charter);
    });

    it('points at the list that became empty', () => {
      let edited: Charter = charter;
      for (let index = charter.workingAgreements.length - 1; index >= 0; index -= 1) {
        edited = removeWorkingAgreement(edited, index);
      }
      expect(fieldsOf(edited)).toEqual(['workingAgreements']);
    });
  });

  describe('texts', () => {
    it('changes statements and returns the same charter when nothing differs', () => {
      const edited = updateCharterText(charter, {
        mission: 'We make every contact count.',
        successStatement: 'Customers stay longer.',
      });
      expect(edited.mission).toBe('We make every contact count.');
      expect(edited.successStatement.statement).toBe('Customers stay longer.');
      expect(edited.successStatement.indicators).toBe(charter.successStatement.indicators);
      expect(updateCharterText(charter, { mission: charter.mission })).toBe(charter);
      expect(updateCharterText(charter, {})).toBe(charter);
      const visionOnly = updateCharterText(charter, { vision: 'Effortless.' });
      expect(visionOnly.successStatement).toBe(charter.successStatement);
      expect(visionOnly.mission).toBe(charter.mission);
    });
  });
});

/*
 * Property: whatever the editor does, in any order, the matrix only ever refers to roles and
 * categories the charter has, the input is never mutated, and `checkCharter` reports exactly the
 * rules the edits broke, each at its field. The oracle below states those rules independently.
 */
type Op =
  | { kind: 'addRole'; name: string; department: Department; described: boolean }
  | { kind: 'renameRole'; at: number; name: string }
  | { kind: 'removeRole'; at: number }
  | { kind: 'assign' | 'unassign'; at: number; member: string }
  | { kind: 'addCategory'; name: string }
  | { kind: 'removeCategory'; at: number }
  | { kind: 'setRight'; categoryAt: number; roleAt: number; right: DecisionRight | undefined }
  | { kind: 'addStakeholder'; need: StakeholderNeed; email: string | undefined; follows: number }
  | { kind: 'removeStakeholder' | 'removeIndicator' | 'removeGoal' | 'removeAgreement'; at: number }
  | { kind: 'addIndicator' | 'addGoal' | 'addAgreement' };

const names = fc.constantFrom('Legal champion', 'legal CHAMPION', 'Data champion', 'CX Lead', ' ');
const at = fc.nat({ max: 15 });
const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('addRole' as const),
    name: names,
    department: fc.constantFrom<Department>('other', 'sales', 'it'),
    described: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('renameRole' as const), at, name: names }),
  fc.record({ kind: fc.constant('removeRole' as const), at }),
  fc.record({
    kind: fc.constantFrom('assign' as const, 'unassign' as const),
    at,
    member: fc.constantFrom('ana', 'ben', 'chloé'),
  }),
  fc.record({ kind: fc.constant('addCategory' as const), name: names }),
  fc.record({ kind: fc.constant('removeCategory' as const), at }),
  fc.record({
    kind: fc.constant('setRight' as const),
    categoryAt: at,
    roleAt: at,
    right: fc.constantFrom<DecisionRight | undefined>(
      'driver',
      'approver',
      'contributor',
      'informed',
      undefined,
    ),
  }),
  fc.record({
    kind: fc.constant('addStakeholder' as const),
    need: fc.constantFrom<StakeholderNeed>('mustKnow', 'mustApprove'),
    email: fc.constantFrom('board@contoso.com', undefined),
    follows: at,
  }),
  fc.record({
    kind: fc.constantFrom(
      'removeStakeholder' as const,
      'removeIndicator' as const,
      'removeGoal' as const,
      'removeAgreement' as const,
    ),
    at: fc.nat({ max: 6 }),
  }),
  fc.record({
    kind: fc.constantFrom('addIndicator' as const, 'addGoal' as const, 'addAgreement' as const),
  }),
);

const pick = <T>(items: readonly T[], index: number): T | undefined =>
  items.length === 0 ? undefined : items[index % items.length];

function apply(charter: Charter, op: Op, step: number): Charter {
  const role = pick(charter.roles, 'at' in op ? op.at : 0)?.id ?? legal;
  const category = pick(charter.decisionCategories, 'at' in op ? op.at : 0)?.id ?? pricing;
  switch (op.kind) {
    case 'addRole':
      return addRole(charter, {
        id: roleId(`role-${step}`),
        name: op.name,
        department: op.department,
        responsibilities: op.described ? ['Speaks for their team'] : [],
      });
    case 'renameRole':
      return renameRole(charter, { role, name: op.name });
    case 'removeRole':
      return removeRole(charter, role);
    case 'assign':
      return assignMember(charter, { role, member: memberId(op.member) });
    case 'unassign':
      return unassignMember(charter, { role, member: memberId(op.member) });
    case 'addCategory':
      return addDecisionCategory(charter, {
        id: decisionCategoryId(`category-${step}`),
        name: op.name,
        description: '',
      });
    case 'removeCategory':
      return removeDecisionCategory(charter, category);
    case 'setRight':
      return setDecisionRight(charter, {
        category: pick(charter.decisionCategories, op.categoryAt)?.id ?? pricing,
        role: pick(charter.roles, op.roleAt)?.id ?? legal,
        right: op.right,
      });
    case 'addStakeholder': {
      const followed = pick(charter.decisionCategories, op.follows);
      return addStakeholder(charter, {
        name: `Stakeholder ${step}`,
        need: op.need,
        email: op.email,
        categoryIds: followed ? [followed.id] : [],
      });
    }
    case 'removeStakeholder':
      return removeStakeholder(charter, op.at);
    case 'removeIndicator':
      return removeIndicator(charter, op.at);
    case 'removeGoal':
      return removeGoal(charter, op.at);
    case 'removeAgreement':
      return removeWorkingAgreement(charter, op.at);
    case 'addIndicator':
      return addIndicator(charter, { name: 'Churn', measure: 'Monthly churn', target: '2%' });
    case 'addGoal':
      return addGoal(charter, { title: 'Listen more', objectives: ['Survey every quarter'] });
    case 'addAgreement':
      return addWorkingAgreement(charter, 'We keep to time');
  }
}

/** The fields the charter's rules should flag, worked out directly from the charter. */
function expectedFields(charter: Charter): string[] {
  const fields: string[] = [];
  const flagNames = (items: readonly { name: string }[], path: string) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const key = item.name.trim().toLowerCase();
      if (key === '' || seen.has(key)) fields.push(`${path}.${index}.name`);
      seen.add(key);
    });
  };
  if (charter.successStatement.indicators.length === 0) fields.push('successStatement.indicators');
  if (charter.goals.length === 0) fields.push('goals');
  if (charter.workingAgreements.length === 0) fields.push('workingAgreements');
  if (charter.roles.length === 0) fields.push('roles');
  flagNames(charter.roles, 'roles');
  charter.roles.forEach((role, index) => {
    if (role.responsibilities.length === 0) fields.push(`roles.${index}.responsibilities`);
  });
  if (charter.decisionCategories.length === 0) fields.push('decisionCategories');
  flagNames(charter.decisionCategories, 'decisionCategories');
  for (const category of charter.decisionCategories) {
    const row = charter.decisionRights[category.id] ?? {};
    const holders = (right: DecisionRight) => charter.roles.filter((r) => row[r.id] === right);
    if (holders('approver').length === 0) fields.push(`decisionRights.${category.id}`);
    for (const extra of holders('driver').slice(1)) {
      fields.push(`decisionRights.${category.id}.${extra.id}`);
    }
  }
  charter.stakeholders.forEach((stakeholder, index) => {
    if (stakeholder.need === 'mustKnow' && !stakeholder.email) {
      fields.push(`stakeholders.${index}.email`);
    }
  });
  return fields.sort();
}

describe('any sequence of charter edits', () => {
  it('keeps the matrix consistent and reports exactly the rules it broke', () => {
    fc.assert(
      fc.property(fc.array(opArbitrary, { maxLength: 30 }), (ops) => {
        const start = frozenDefaultCharter();
        const before = JSON.stringify(start);
        const edited = ops.reduce<Charter>((charter, op, step) => apply(charter, op, step), start);
        expect(JSON.stringify(start)).toBe(before);
        expect(matrixIsConsistent(edited)).toBe(true);
        expect(fieldsOf(edited).sort()).toEqual(expectedFields(edited));
      }),
      { numRuns: 150 },
    );
  });
});
