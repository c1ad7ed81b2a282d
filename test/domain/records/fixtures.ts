import type { Charter } from '../../../src/domain/charter/types';
import {
  actionItemId,
  decisionCategoryId,
  decisionId,
  meetingId,
  memberId,
  occurrenceId,
  roleId,
} from '../../../src/domain/ids';
import { createActionItem, recordDecision } from '../../../src/domain/records';
import type {
  ActionItem,
  CreateActionItemOptions,
  Decision,
  RecordDecisionOptions,
} from '../../../src/domain/records';

/**
 * A small charter for record and summary tests: five roles, three decision categories (one with
 * no approver) and three stakeholders.
 */
export const members = {
  sponsor: memberId('m-sponsor'),
  lead: memberId('m-lead'),
  marketing: memberId('m-marketing'),
  service: memberId('m-service'),
  it: memberId('m-it'),
  outsider: memberId('m-outsider'),
};

export const roles = {
  sponsor: roleId('executive-sponsor'),
  lead: roleId('cx-lead'),
  marketing: roleId('marketing-champion'),
  service: roleId('service-champion'),
  it: roleId('it-champion'),
};

export const categories = {
  journey: decisionCategoryId('journey'),
  budget: decisionCategoryId('budget'),
  tooling: decisionCategoryId('tooling'),
};

export const charter: Charter = {
  vision: 'Customers feel known at every step',
  mission: 'We resolve every customer need on first contact, in the customer’s channel',
  problemStatement: 'Customers repeat themselves across departments',
  successStatement: { statement: 'Fewer repeat contacts', indicators: [] },
  goals: [],
  prioritisationApproach: 'Impact on repeat contacts first',
  workingAgreements: [],
  roles: [
    {
      id: roles.sponsor,
      name: 'Executive Sponsor',
      responsibilities: [],
      department: 'executive',
      memberIds: [members.sponsor],
    },
    {
      id: roles.lead,
      name: 'CX Lead',
      responsibilities: [],
      department: 'cx',
      memberIds: [members.lead],
    },
    {
      id: roles.marketing,
      name: 'Marketing champion',
      responsibilities: [],
      department: 'marketing',
      memberIds: [members.marketing],
    },
    {
      id: roles.service,
      name: 'Customer service champion',
      responsibilities: [],
      department: 'customerService',
      memberIds: [members.service],
    },
    {
      id: roles.it,
      name: 'IT champion',
      responsibilities: [],
      department: 'it',
      memberIds: [members.it],
    },
  ],
  decisionCategories: [
    { id: categories.journey, name: 'Customer journey', description: 'Changes to a journey' },
    { id: categories.budget, name: 'CX budget', description: 'Spending' },
    { id: categories.tooling, name: 'CX tooling', description: 'Systems' },
  ],
  decisionRights: {
    [categories.journey]: {
      [roles.lead]: 'approver',
      [roles.marketing]: 'driver',
      [roles.service]: 'contributor',
      [roles.sponsor]: 'informed',
      [roles.it]: 'informed',
    },
    [categories.budget]: {
      [roles.sponsor]: 'approver',
      [roles.lead]: 'driver',
      [roles.marketing]: 'informed',
    },
    [categories.tooling]: { [roles.it]: 'driver', [roles.lead]: 'contributor' },
  },
  stakeholders: [
    {
      name: 'Board office',
      email: 'board@contoso.com',
      need: 'mustKnow',
      categoryIds: [categories.budget],
    },
    { name: 'Customer insights', email: 'Insights@Contoso.com', need: 'mustKnow', categoryIds: [] },
    { name: 'Finance', email: 'finance@contoso.com', need: 'mustApprove', categoryIds: [] },
  ],
};

export const march = {
  meetingId: meetingId('meeting-march'),
  occurrenceId: occurrenceId('2025-03-04T15:00:00Z'),
};

/** `recordDecision` with a journey decision driven by marketing and approved by the CX lead. */
export function decide(overrides: Partial<RecordDecisionOptions> = {}): Decision {
  return recordDecision({
    charter,
    id: decisionId('d-1'),
    ...march,
    categoryId: categories.journey,
    statement: 'Offer callbacks instead of hold queues',
    rationale: 'Hold times drive repeat contacts',
    driver: { roleId: roles.marketing, memberId: members.marketing },
    approver: { roleId: roles.lead, memberId: members.lead },
    decidedAt: '2025-03-04T15:40:00Z',
    ...overrides,
  });
}

/** `createActionItem` due at the end of March for the service champion. */
export function act(overrides: Partial<CreateActionItemOptions> = {}): ActionItem {
  return createActionItem({
    id: actionItemId('a-1'),
    title: 'Draft the callback script',
    owner: members.service,
    dueDate: '2025-03-31',
    meetingDate: '2025-03-04',
    source: march,
    ...overrides,
  });
}
