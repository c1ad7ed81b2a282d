import {
  DEFAULT_CATEGORY_IDS,
  DEFAULT_ROLE_IDS,
  canApprove,
  rightOf,
  rightsOfRole,
  rolesOfMember,
  rolesWithRight,
  withRight,
  withoutCategory,
  withoutRole,
  type Charter,
} from '../../../src/domain/charter';
import { decisionCategoryId, memberId, roleId } from '../../../src/domain/ids';
import { assignMember } from '../../../src/domain/charter';
import { frozenDefaultCharter } from './charterFixtures';

const { executiveSponsor, cxLead, sales, marketing } = DEFAULT_ROLE_IDS;
const { cxPriorities, resourcesBudget, teamOperations, measurement } = DEFAULT_CATEGORY_IDS;
const unknownCategory = decisionCategoryId('pricing');
const unknownRole = roleId('legal-champion');

describe('decision rights', () => {
  const charter = frozenDefaultCharter();
  const matrix = charter.decisionRights;

  it.each([
    [resourcesBudget, executiveSponsor, 'approver'],
    [resourcesBudget, cxLead, 'driver'],
    [resourcesBudget, sales, 'contributor'],
    [measurement, marketing, 'informed'],
    [unknownCategory, cxLead, undefined],
    [resourcesBudget, unknownRole, undefined],
  ])('rightOf(%s, %s) is %s', (category, role, right) => {
    expect(rightOf(matrix, category, role)).toBe(right);
  });

  it.each([
    [resourcesBudget, executiveSponsor, true],
    [resourcesBudget, cxLead, false],
    [teamOperations, cxLead, true],
    [unknownCategory, executiveSponsor, false],
  ])('canApprove(%s, %s) is %s', (category, role, expected) => {
    expect(canApprove(matrix, category, role)).toBe(expected);
  });

  it('lists the roles holding a right in the charter’s role order', () => {
    expect(rolesWithRight(charter, cxPriorities, 'approver').map((role) => role.id)).toEqual([
      executiveSponsor,
    ]);
    expect(rolesWithRight(charter, teamOperations, 'driver')).toEqual([]);
    expect(rolesWithRight(charter, cxPriorities, 'contributor')).toHaveLength(9);
  });

  it('lists the roles a member holds', () => {
    const ana = memberId('ana');
    let staffed: Charter = assignMember(charter, { role: sales, member: ana });
    staffed = assignMember(staffed, { role: cxLead, member: ana });
    expect(rolesOfMember(staffed, ana).map((role) => role.id)).toEqual([cxLead, sales]);
    expect(rolesOfMember(staffed, memberId('ben'))).toEqual([]);
  });

  it('lists a role’s rights category by category', () => {
    expect(
      rightsOfRole(charter, executiveSponsor).map(({ category, right }) => [category.id, right]),
    ).toEqual([
      [cxPriorities, 'approver'],
      ['customer-facing-policy', 'approver'],
      ['journey-touchpoint-change', 'approver'],
      [resourcesBudget, 'approver'],
      [measurement, 'approver'],
      [teamOperations, 'informed'],
    ]);
    expect(rightsOfRole(charter, unknownRole)).toEqual([]);
  });

  describe('withRight', () => {
    it('returns the same matrix when the right is already held', () => {
      expect(withRight(matrix, resourcesBudget, executiveSponsor, 'approver')).toBe(matrix);
      expect(withRight(matrix, unknownCategory, cxLead, undefined)).toBe(matrix);
    });

    it('changes one cell and keeps every other row as it was', () => {
      const changed = withRight(matrix, resourcesBudget, sales, 'informed');
      expect(changed).not.toBe(matrix);
      expect(rightOf(changed, resourcesBudget, sales)).toBe('informed');
      expect(rightOf(matrix, resourcesBudget, sales)).toBe('contributor');
      expect(changed[measurement]).toBe(matrix[measurement]);
    });

    it('takes a role out of a category with undefined', () => {
      const cleared = withRight(matrix, resourcesBudget, sales, undefined);
      expect(Object.keys(cleared[resourcesBudget] ?? {})).not.toContain(sales);
    });

    it('starts a row for a category that had none', () => {
      const added = withRight(matrix, unknownCategory, cxLead, 'approver');
      expect(added[unknownCategory]).toEqual({ [cxLead]: 'approver' });
    });
  });

  it('withoutRole removes a role from every row and keeps rows it was not in', () => {
    const withSalesOnlyInOneRow = withoutRole(withoutRole(matrix, marketing), sales);
    for (const row of Object.values(withSalesOnlyInOneRow)) {
      expect(Object.keys(row)).not.toContain(sales);
      expect(Object.keys(row)).not.toContain(marketing);
    }
    expect(withoutRole(matrix, unknownRole)).toBe(matrix);
  });

  it('withoutCategory drops the row, or returns the same matrix when there is none', () => {
    const dropped = withoutCategory(matrix, measurement);
    expect(Object.keys(dropped)).not.toContain(measurement);
    expect(Object.keys(dropped)).toHaveLength(5);
    expect(withoutCategory(matrix, unknownCategory)).toBe(matrix);
  });
});
