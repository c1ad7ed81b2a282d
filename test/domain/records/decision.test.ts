import fc from 'fast-check';
import { rolesWithRight } from '../../../src/domain/charter/decisionRights';
import { ValidationError } from '../../../src/domain/errors';
import { decisionCategoryId, decisionId, memberId, roleId } from '../../../src/domain/ids';
import type { DecisionCategoryId, RoleId } from '../../../src/domain/ids';
import {
  approveDecision,
  decisionStatusLabel,
  deferDecision,
  recordDecision,
  rejectDecision,
  whoMustKnow,
} from '../../../src/domain/records';
import type { Decision } from '../../../src/domain/records';
import { categories, charter, decide, march, members, roles } from './fixtures';

function validationIssues(run: () => unknown): { field: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return [...error.issues];
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('recordDecision', () => {
  it('approves a decision whose approver role holds the Approver right', () => {
    const decision = decide();
    expect(decision.status).toBe('approved');
    expect(decision.pendingApprovalBy).toEqual([]);
    expect(decision.statusNote).toBeUndefined();
    expect(decisionStatusLabel(decision, charter)).toBe('Approved');
  });

  it('keeps a decision approved by a role without the right as pending approval by the role that has it', () => {
    const decision = decide({
      categoryId: categories.budget,
      driver: { roleId: roles.lead, memberId: members.lead },
      approver: { roleId: roles.lead, memberId: members.lead },
    });
    expect(decision.status).toBe('pendingApproval');
    expect(decision.pendingApprovalBy).toEqual([roles.sponsor]);
    expect(decisionStatusLabel(decision, charter)).toBe('Pending approval by Executive Sponsor');
    expect(decision.statusNote).toBe(
      'CX Lead does not hold the Approver right for CX budget decisions, so this decision is pending approval by Executive Sponsor',
    );
  });

  it('names every role that may approve, joined with "or"', () => {
    const twoApprovers = {
      ...charter,
      decisionRights: {
        ...charter.decisionRights,
        [categories.budget]: { [roles.sponsor]: 'approver', [roles.it]: 'approver' },
      },
    } as const;
    const decision = decide({
      charter: twoApprovers,
      categoryId: categories.budget,
      approver: { roleId: roles.lead, memberId: members.lead },
    });
    expect(decisionStatusLabel(decision, twoApprovers)).toBe(
      'Pending approval by Executive Sponsor or IT champion',
    );
  });

  it('explains that the matrix needs an approver when no role can approve the category', () => {
    const decision = decide({
      categoryId: categories.tooling,
      driver: { roleId: roles.it, memberId: members.it },
      approver: { roleId: roles.sponsor, memberId: members.sponsor },
    });
    expect(decision.status).toBe('pendingApproval');
    expect(decision.pendingApprovalBy).toEqual([]);
    expect(decision.statusNote).toBe(
      'No role can approve CX tooling decisions yet: the decision-rights matrix needs an Approver for this category',
    );
    expect(decisionStatusLabel(decision, charter)).toBe(
      'Pending approval: the decision-rights matrix needs an Approver for CX tooling',
    );
  });

  it('defaults the informed roles to those with the Informed right for the category', () => {
    expect(decide().informed).toEqual([roles.sponsor, roles.it]);
    expect(decide({ informed: [roles.service] }).informed).toEqual([roles.service]);
    expect(decide().contributors).toEqual([]);
  });

  it('records a decision the team carries to the next meeting as deferred', () => {
    const decision = decide({ deferred: true });
    expect(decision.status).toBe('deferred');
    expect(decisionStatusLabel(decision, charter)).toBe('Deferred to the next meeting');
    expect(decision.statusNote).toBe('Carried to the next meeting');
  });

  it('trims the statement and keeps a missing rationale empty', () => {
    const decision = decide({ statement: '  Pilot callbacks  ', rationale: undefined });
    expect(decision.statement).toBe('Pilot callbacks');
    expect(decision.rationale).toBe('');
  });

  it('reports every unknown category, role and wrong member at once, by field', () => {
    const issues = validationIssues(() =>
      decide({
        categoryId: decisionCategoryId('pricing'),
        statement: ' ',
        decidedAt: 'yesterday',
        driver: { roleId: roleId('ghost'), memberId: members.lead },
        approver: { roleId: roles.lead, memberId: members.outsider },
        contributors: [roles.service, roleId('nobody')],
        informed: [roleId('board')],
      }),
    );
    expect(issues).toEqual([
      { field: 'statement', message: 'Write what was decided: the statement is required' },
      {
        field: 'decidedAt',
        message: 'The decision time must be an ISO date-time such as 2025-03-04T15:05:00Z',
      },
      {
        field: 'categoryId',
        message: 'Choose a decision category from the charter: "pricing" is not one of them',
      },
      {
        field: 'driver.roleId',
        message: `Choose the driver's role from the charter: "ghost" is not one of its roles`,
      },
      {
        field: 'approver.memberId',
        message:
          'This member does not hold the CX Lead role: choose one of its members as approver, or the role this member holds',
      },
      {
        field: 'contributors.1',
        message: 'Choose roles from the charter: "nobody" is not one of its roles',
      },
      {
        field: 'informed.0',
        message: 'Choose roles from the charter: "board" is not one of its roles',
      },
    ]);
  });

  it('rejects a statement longer than the limit with a message saying what to do', () => {
    const issues = validationIssues(() => decide({ statement: 'x'.repeat(1001) }));
    expect(issues).toEqual([
      {
        field: 'statement',
        message:
          'Shorten the statement to 1000 characters or fewer; put the detail in the rationale',
      },
    ]);
  });
});

describe('approveDecision', () => {
  const pending = decide({
    categoryId: categories.budget,
    driver: { roleId: roles.lead, memberId: members.lead },
    approver: { roleId: roles.lead, memberId: members.lead },
  });

  it('lets the member holding the approver role approve, and records them as approver', () => {
    const approved = approveDecision({
      charter,
      decision: pending,
      memberId: members.sponsor,
      at: '2025-03-06T09:00:00Z',
    });
    expect(approved.status).toBe('approved');
    expect(approved.approver).toEqual({ roleId: roles.sponsor, memberId: members.sponsor });
    expect(approved.pendingApprovalBy).toEqual([]);
    expect(approved.statusNote).toBeUndefined();
    expect(approved.statusChangedAt).toBe('2025-03-06T09:00:00Z');
    expect(pending.status).toBe('pendingApproval');
  });

  it('refuses a member without the right and says who can approve', () => {
    expect(
      validationIssues(() =>
        approveDecision({
          charter,
          decision: pending,
          memberId: members.lead,
          at: '2025-03-06T09:00:00Z',
        }),
      ),
    ).toEqual([
      {
        field: 'memberId',
        message:
          'Only a member holding the Executive Sponsor role can approve or reject CX budget decisions',
      },
    ]);
  });

  it('refuses everyone for a category with no approver, explaining the matrix needs one', () => {
    const noApprover = decide({
      categoryId: categories.tooling,
      approver: { roleId: roles.lead, memberId: members.lead },
    });
    expect(() =>
      approveDecision({
        charter,
        decision: noApprover,
        memberId: members.sponsor,
        at: '2025-03-06T09:00:00Z',
      }),
    ).toThrow('the decision-rights matrix needs an Approver for this category');
  });

  it('returns the same decision when it is already approved', () => {
    const approved = decide();
    expect(
      approveDecision({
        charter,
        decision: approved,
        memberId: members.lead,
        at: '2025-03-06T09:00:00Z',
      }),
    ).toBe(approved);
  });

  it('approves a deferred decision at a later meeting', () => {
    const deferred = deferDecision(pending, { at: '2025-03-04T15:55:00Z' });
    const approved = approveDecision({
      charter,
      decision: deferred,
      memberId: members.sponsor,
      roleId: roles.sponsor,
      at: '2025-04-01T15:20:00Z',
    });
    expect(approved.status).toBe('approved');
  });

  it.each([
    ['a time that is not ISO', { at: 'tomorrow' }, 'at'],
    ['a role the member does not act in', { roleId: roles.lead }, 'memberId'],
  ])('refuses %s', (_case, overrides, field) => {
    const issues = validationIssues(() =>
      approveDecision({
        charter,
        decision: pending,
        memberId: members.sponsor,
        at: '2025-03-06T09:00:00Z',
        ...overrides,
      }),
    );
    expect(issues.map((issue) => issue.field)).toEqual([field]);
  });

  it('cannot approve a rejected decision', () => {
    const rejected = rejectDecision({
      charter,
      decision: pending,
      memberId: members.sponsor,
      at: '2025-03-06T09:00:00Z',
    });
    expect(() =>
      approveDecision({
        charter,
        decision: rejected,
        memberId: members.sponsor,
        at: '2025-03-07T09:00:00Z',
      }),
    ).toThrow('This decision was rejected: record a new decision to revisit it');
  });
});

describe('rejectDecision', () => {
  const pending = decide({ approver: { roleId: roles.sponsor, memberId: members.sponsor } });

  it('lets an approver turn a pending decision down, keeping the reason', () => {
    const rejected = rejectDecision({
      charter,
      decision: pending,
      memberId: members.lead,
      at: '2025-03-06T09:00:00Z',
      reason: ' Callbacks need new telephony first ',
    });
    expect(rejected.status).toBe('rejected');
    expect(rejected.statusNote).toBe('Callbacks need new telephony first');
    expect(decisionStatusLabel(rejected, charter)).toBe('Rejected');
    expect(
      rejectDecision({
        charter,
        decision: rejected,
        memberId: members.lead,
        at: '2025-03-07T09:00:00Z',
      }),
    ).toBe(rejected);
  });

  it('cannot reject an approved decision', () => {
    expect(() =>
      rejectDecision({
        charter,
        decision: decide(),
        memberId: members.lead,
        at: '2025-03-06T09:00:00Z',
      }),
    ).toThrow('This decision is already approved: record a new decision to reverse it');
  });

  it('refuses a member without the right', () => {
    expect(() =>
      rejectDecision({
        charter,
        decision: pending,
        memberId: members.it,
        at: '2025-03-06T09:00:00Z',
      }),
    ).toThrow(
      'Only a member holding the CX Lead role can approve or reject Customer journey decisions',
    );
  });
});

describe('deferDecision', () => {
  const pending = decide({ approver: { roleId: roles.sponsor, memberId: members.sponsor } });

  it('carries a pending decision to the next meeting with the reason given', () => {
    const deferred = deferDecision(pending, {
      at: '2025-03-04T15:55:00Z',
      reason: 'Need the cost',
    });
    expect(deferred.status).toBe('deferred');
    expect(deferred.statusNote).toBe('Need the cost');
    expect(deferred.pendingApprovalBy).toEqual([roles.lead]);
    expect(deferDecision(deferred, { at: '2025-03-05T10:00:00Z' })).toBe(deferred);
  });

  it.each([
    ['an approved', 'approved'],
    ['a rejected', 'rejected'],
  ] as const)('refuses to defer %s decision', (_article, status) => {
    const final: Decision = { ...pending, status };
    expect(() => deferDecision(final, { at: '2025-03-04T15:55:00Z' })).toThrow(
      `This decision is already ${status}: record a new decision to revisit it`,
    );
  });

  it('refuses a deferral time that is not ISO', () => {
    expect(() => deferDecision(pending, { at: 'later' })).toThrow(
      'The deferral time must be an ISO date-time',
    );
  });
});

describe('whoMustKnow', () => {
  it('lists informed and approver roles, their members and the stakeholders for the categories decided', () => {
    const budget = decide({
      categoryId: categories.budget,
      driver: { roleId: roles.lead, memberId: members.lead },
      approver: { roleId: roles.sponsor, memberId: members.sponsor },
    });
    const result = whoMustKnow(charter, [budget]);
    expect(result.roles.map((role) => role.id)).toEqual([roles.sponsor, roles.marketing]);
    expect(result.memberIds).toEqual([members.sponsor, members.marketing]);
    expect(result.stakeholders.map((s) => s.name)).toEqual(['Board office', 'Customer insights']);
  });

  it('adds roles named as informed on a decision, and skips stakeholders of other categories', () => {
    const journey = decide({ informed: [roles.service] });
    const result = whoMustKnow(charter, [journey]);
    expect(result.roles.map((role) => role.id)).toEqual([
      roles.sponsor,
      roles.lead,
      roles.service,
      roles.it,
    ]);
    expect(result.stakeholders.map((s) => s.name)).toEqual(['Customer insights']);
  });

  it('tells nobody extra when there are no decisions', () => {
    expect(whoMustKnow(charter, [])).toEqual({ roles: [], memberIds: [], stakeholders: [] });
  });
});

describe('decision rights (property)', () => {
  const roleIds = charter.roles.map((role) => role.id);
  const categoryIds: DecisionCategoryId[] = [
    categories.journey,
    categories.budget,
    categories.tooling,
  ];
  const rights = ['driver', 'approver', 'contributor', 'informed', undefined] as const;

  const arbitraryCharter = fc
    .array(fc.constantFrom(...rights), {
      minLength: roleIds.length * 3,
      maxLength: roleIds.length * 3,
    })
    .map((cells) => ({
      ...charter,
      decisionRights: Object.fromEntries(
        categoryIds.map((category, c) => [
          category,
          Object.fromEntries(
            roleIds.flatMap((role, r) => {
              const right = cells[c * roleIds.length + r];
              return right ? [[role, right]] : [];
            }),
          ),
        ]),
      ),
    }));
  const arbitraryDecision = fc.record({
    category: fc.constantFrom(...categoryIds),
    approverRole: fc.constantFrom(...roleIds),
    driverRole: fc.constantFrom(...roleIds),
  });

  it('approves only through a role holding the right; otherwise names one that holds it, or explains none does', () => {
    fc.assert(
      fc.property(
        arbitraryCharter,
        fc.array(arbitraryDecision, { maxLength: 6 }),
        (matrixCharter, drafts) => {
          drafts.forEach((draft, index) => {
            const memberOf = (role: RoleId) =>
              charter.roles.find((candidate) => candidate.id === role)?.memberIds[0] ??
              memberId('?');
            const decision = recordDecision({
              charter: matrixCharter,
              id: decisionId(`d-${index}`),
              ...march,
              categoryId: draft.category,
              statement: 'Decide',
              driver: { roleId: draft.driverRole, memberId: memberOf(draft.driverRole) },
              approver: { roleId: draft.approverRole, memberId: memberOf(draft.approverRole) },
              decidedAt: '2025-03-04T15:40:00Z',
            });
            const holders = rolesWithRight(matrixCharter, draft.category, 'approver').map(
              (r) => r.id,
            );
            if (decision.status === 'approved') {
              expect(holders).toContain(decision.approver.roleId);
            } else {
              expect(decision.status).toBe('pendingApproval');
              expect(holders).not.toContain(draft.approverRole);
              if (holders.length === 0) {
                expect(decision.pendingApprovalBy).toEqual([]);
                expect(decisionStatusLabel(decision, matrixCharter)).toContain(
                  'the decision-rights matrix needs an Approver',
                );
              } else {
                expect(decision.pendingApprovalBy.length).toBeGreaterThan(0);
                decision.pendingApprovalBy.forEach((role) => expect(holders).toContain(role));
              }
            }
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
