import fc from 'fast-check';
import { decisionCategoryId, decisionId, meetingId, roleId } from '../../../src/domain/ids';
import {
  buildDecisionLog,
  decisionLogChoices,
  filterDecisionLog,
  involvesRole,
} from '../../../src/domain/insights';
import type { DecisionLogEntry, DecisionLogFilter } from '../../../src/domain/insights';
import { deferDecision, rejectDecision } from '../../../src/domain/records';
import type { Decision } from '../../../src/domain/records';
import { categories, charter, decide, directory, members, roles } from './fixtures';

const march = { meetingId: meetingId('march'), occurrenceId: decide().occurrenceId };
const april = { meetingId: meetingId('april'), occurrenceId: decide().occurrenceId };
const meetings = [
  { id: march.meetingId, scheduledStart: '2026-03-10T17:00:00Z' },
  { id: april.meetingId, scheduledStart: '2026-04-07T17:00:00Z' },
];

/** Approved journey decision in March. */
const approved = decide({
  id: decisionId('approved'),
  ...march,
  decidedAt: '2026-03-10T17:40:00Z',
});
/** Budget decision whose approver lacks the right: pending approval by the sponsor. */
const pending = decide({
  id: decisionId('pending'),
  ...march,
  categoryId: categories.budget,
  statement: 'Fund the callback pilot',
  driver: { roleId: roles.lead, memberId: members.lead },
  approver: { roleId: roles.lead, memberId: members.lead },
  decidedAt: '2026-03-10T17:20:00Z',
});
/** Deferred tooling decision in April. */
const deferred = deferDecision(
  decide({
    id: decisionId('deferred'),
    ...april,
    categoryId: categories.tooling,
    driver: { roleId: roles.it, memberId: members.it },
    approver: { roleId: roles.it, memberId: members.it },
    decidedAt: '2026-04-07T17:30:00Z',
  }),
  { at: '2026-04-07T17:35:00Z' },
);
/** Rejected budget decision in April. */
const rejected = rejectDecision({
  charter,
  decision: { ...pending, id: decisionId('rejected'), ...april, decidedAt: '2026-04-07T17:45:00Z' },
  memberId: members.sponsor,
  at: '2026-04-08T09:00:00Z',
  reason: 'Not this quarter',
});
/** A newer approved decision in April, contributed to by customer service. */
const newer = decide({
  id: decisionId('newer'),
  ...april,
  contributors: [roles.service],
  decidedAt: '2026-04-07T17:50:00Z',
});
const all = [approved, pending, deferred, rejected, newer];

function log(decisions: readonly Decision[] = all, withCharter = true): DecisionLogEntry[] {
  return buildDecisionLog({
    decisions,
    charter: withCharter ? charter : undefined,
    members: directory,
    meetings,
    timeZone: 'Pacific Standard Time',
  });
}

const ids = (entries: readonly DecisionLogEntry[]) => entries.map((entry) => entry.decision.id);

describe('decisionLog', () => {
  it('lists pending approvals first, then deferred, then settled decisions newest first', () => {
    expect(ids(log())).toEqual(['pending', 'deferred', 'newer', 'rejected', 'approved']);
  });

  it('names the category, the roles from the charter, the members and the status', () => {
    const entry = log().find((candidate) => candidate.decision.id === 'pending');
    expect(entry).toMatchObject({
      categoryName: 'CX budget',
      driver: { roleId: roles.lead, roleName: 'CX Lead', memberName: 'Dana Kim' },
      approver: { roleName: 'CX Lead', memberName: 'Dana Kim' },
      statusLabel: 'Pending approval by Executive Sponsor',
      isAwaitingApproval: true,
      meetingDate: '2026-03-10',
    });
  });

  it("dates a decision by its meeting's day in the team's zone, or its own day without a record", () => {
    const early = decide({
      id: decisionId('early'),
      meetingId: meetingId('unrecorded'),
      occurrenceId: march.occurrenceId,
      decidedAt: '2026-03-11T05:00:00Z',
    });
    const [entry] = log([early]);
    expect(entry?.meetingDate).toBe('2026-03-10');
  });

  it('shows ids when the team has not saved a charter yet, and names members who left as unknown', () => {
    const [entry] = log(
      [{ ...approved, driver: { roleId: roles.marketing, memberId: members.outsider } }],
      false,
    );
    expect(entry).toMatchObject({
      categoryName: categories.journey,
      driver: { roleName: roles.marketing, memberName: 'Unknown member' },
    });
  });

  it.each<[string, DecisionLogFilter, string[]]>([
    ['category', { categoryId: categories.budget }, ['pending', 'rejected']],
    [
      'role driving one and informed of two',
      { roleId: roles.it },
      ['deferred', 'newer', 'approved'],
    ],
    [
      'role that must approve or be informed',
      { roleId: roles.sponsor },
      ['pending', 'newer', 'rejected', 'approved'],
    ],
    ['role contributing', { roleId: roles.service }, ['newer']],
    ['status', { status: 'pendingApproval' }, ['pending']],
    ['meeting', { meetingId: march.meetingId }, ['pending', 'approved']],
    [
      'category and meeting',
      { categoryId: categories.budget, meetingId: april.meetingId },
      ['rejected'],
    ],
    ['nothing', {}, ['pending', 'deferred', 'newer', 'rejected', 'approved']],
  ])('filters by %s', (_what, filter, expected) => {
    expect(ids(filterDecisionLog(log(), filter))).toEqual(expected);
  });

  it('treats a role informed of a decision as involved in it', () => {
    expect(involvesRole(approved, roles.sponsor)).toBe(true);
    expect(involvesRole(approved, roleId('nobody'))).toBe(false);
  });

  it("offers the charter's categories and roles, the statuses and the meetings newest first", () => {
    const orphan = {
      ...approved,
      id: decisionId('orphan'),
      categoryId: decisionCategoryId('retired-category'),
      driver: { roleId: roleId('retired-role'), memberId: members.lead },
    };
    const choices = decisionLogChoices(log([...all, orphan]), charter);
    expect(choices.categories.map((choice) => choice.label)).toEqual([
      'Customer journey',
      'CX budget',
      'CX tooling',
      'retired-category',
    ]);
    expect(choices.roles.map((choice) => choice.value)).toEqual([
      ...charter.roles.map((role) => role.id),
      'retired-role',
    ]);
    expect(choices.statuses.map((choice) => choice.label)).toEqual([
      'Pending approval',
      'Deferred',
      'Approved',
      'Rejected',
    ]);
    expect(choices.meetings).toEqual([
      { value: april.meetingId, label: '2026-04-07' },
      { value: march.meetingId, label: '2026-03-10' },
    ]);
    expect(decisionLogChoices([], undefined).categories).toEqual([]);
  });

  it('keeps every decision exactly once, and any filter returns a part of the log in log order', () => {
    const statuses = ['approved', 'pendingApproval', 'deferred', 'rejected'] as const;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            status: fc.constantFrom(...statuses),
            minute: fc.integer({ min: 0, max: 59 }),
            category: fc.constantFrom(categories.journey, categories.budget),
          }),
          { maxLength: 12 },
        ),
        fc.option(fc.constantFrom(...statuses), { nil: undefined }),
        (specs, status) => {
          const decisions = specs.map((spec, index) => ({
            ...approved,
            id: decisionId(`d${index}`),
            categoryId: spec.category,
            status: spec.status,
            decidedAt: `2026-03-10T17:${String(spec.minute).padStart(2, '0')}:00Z`,
          }));
          const entries = log(decisions);
          expect(new Set(ids(entries))).toEqual(new Set(decisions.map((d) => d.id)));
          const firstSettled = entries.findIndex((e) => !e.isAwaitingApproval);
          expect(
            entries
              .slice(firstSettled === -1 ? entries.length : firstSettled)
              .some((e) => e.isAwaitingApproval),
          ).toBe(false);
          const filtered = filterDecisionLog(entries, status ? { status } : {});
          expect(ids(filtered)).toEqual(
            ids(entries).filter((id) => filtered.some((e) => e.decision.id === id)),
          );
        },
      ),
      { numRuns: 50 },
    );
  });
});
