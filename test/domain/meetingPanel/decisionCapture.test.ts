import {
  DEFAULT_CATEGORY_IDS,
  DEFAULT_ROLE_IDS,
  assignMember,
  createDefaultCharter,
  setDecisionRight,
} from '../../../src/domain/charter';
import { decisionCategoryId, memberId } from '../../../src/domain/ids';
import {
  UNNAMED_MEMBER,
  approvalPreview,
  choiceKey,
  defaultChoiceFor,
  roleMemberChoices,
} from '../../../src/domain/meetingPanel';
import { ANA, BEN, CHI } from './fixtures';

const charter = [
  { role: DEFAULT_ROLE_IDS.executiveSponsor, member: BEN },
  { role: DEFAULT_ROLE_IDS.cxLead, member: ANA },
  { role: DEFAULT_ROLE_IDS.marketing, member: ANA },
  { role: DEFAULT_ROLE_IDS.sales, member: CHI },
].reduce((current, membership) => assignMember(current, membership), createDefaultCharter());
const names = new Map([
  [ANA, 'Ana Silva'],
  [BEN, 'Ben Lee'],
]);

describe('roleMemberChoices', () => {
  const choices = roleMemberChoices(charter, names);

  it('offers each role a member holds, in charter order, named "member · role"', () => {
    expect(choices.map((choice) => choice.label)).toEqual([
      'Ben Lee · Executive Sponsor',
      'Ana Silva · CX Lead',
      'Ana Silva · Marketing champion',
      `${UNNAMED_MEMBER} · Sales champion`,
    ]);
    expect(choices[1]?.key).toBe(choiceKey({ roleId: DEFAULT_ROLE_IDS.cxLead, memberId: ANA }));
  });

  it("starts from the recording person's own first role, else the first choice", () => {
    expect(defaultChoiceFor(choices, ANA)?.roleId).toBe(DEFAULT_ROLE_IDS.cxLead);
    expect(defaultChoiceFor(choices, memberId('stranger'))?.roleId).toBe(
      DEFAULT_ROLE_IDS.executiveSponsor,
    );
    expect(defaultChoiceFor([], ANA)).toBeUndefined();
  });
});

describe('approvalPreview', () => {
  it.each([
    [DEFAULT_ROLE_IDS.executiveSponsor, { isApproved: true, label: 'Approved' }],
    [
      DEFAULT_ROLE_IDS.marketing,
      { isApproved: false, label: 'Pending approval by Executive Sponsor' },
    ],
  ])('an approver in role %s gives %j for a budget decision', (approverRoleId, expected) => {
    expect(
      approvalPreview({
        charter,
        categoryId: DEFAULT_CATEGORY_IDS.resourcesBudget,
        approverRoleId,
      }),
    ).toEqual(expected);
  });

  it('says the matrix needs an approver when no role holds the right', () => {
    const noApprover = setDecisionRight(charter, {
      category: DEFAULT_CATEGORY_IDS.teamOperations,
      role: DEFAULT_ROLE_IDS.cxLead,
      right: 'driver',
    });
    expect(
      approvalPreview({
        charter: noApprover,
        categoryId: decisionCategoryId('team-operations'),
        approverRoleId: DEFAULT_ROLE_IDS.cxLead,
      }),
    ).toEqual({
      isApproved: false,
      label: expect.stringMatching(
        /^Pending approval: the decision-rights matrix needs an Approver/,
      ),
    });
  });
});
