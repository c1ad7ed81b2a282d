import fc from 'fast-check';
import {
  cadenceId,
  decisionCategoryId,
  decisionId,
  meetingId,
  occurrenceId,
  roleId,
} from '../../../src/domain/ids';
import {
  attendanceByDepartmentOverall,
  decisionsPerCategory,
  decisionsPerRole,
  meetingsHeldVersusPlanned,
  missionMomentCoverage,
} from '../../../src/domain/insights';
import type { Department } from '../../../src/domain/charter';
import type { DecisionStatus, MeetingRecord } from '../../../src/domain/records';
import {
  FIRST_COUNCIL,
  SECOND_COUNCIL,
  categories,
  charter,
  council,
  decide,
  meeting,
  members,
  moment,
  roles,
} from './fixtures';

describe('cadenceHealth: meetings held versus planned', () => {
  it('plans every occurrence so far and counts held, cancelled and unrecorded ones', () => {
    const health = meetingsHeldVersusPlanned({
      cadences: [council()],
      meetings: [meeting(), meeting({ occurrenceId: SECOND_COUNCIL, status: 'cancelled' })],
      now: '2026-04-08T12:00:00Z',
    });
    expect(health.cadences).toEqual([
      {
        cadenceId: 'council',
        title: 'CX Council',
        planned: 3,
        held: 1,
        cancelled: 1,
        notRecorded: 1,
      },
    ]);
    expect(health.totals).toEqual({ planned: 3, held: 1, cancelled: 1, notRecorded: 1 });
  });

  it('counts nothing before the first meeting, and ignores records of meetings still to come', () => {
    const future = meeting({ occurrenceId: occurrenceId('2026-05-05T17:00:00Z') });
    expect(
      meetingsHeldVersusPlanned({
        cadences: [council()],
        meetings: [future],
        now: '2026-03-01T00:00:00Z',
      }).totals,
    ).toEqual({ planned: 0, held: 0, cancelled: 0, notRecorded: 0 });
  });

  it('keeps a recorded meeting the changed cadence no longer has, and ignores other cadences', () => {
    const moved = meeting({ occurrenceId: occurrenceId('2026-03-11T17:00:00Z') });
    const elsewhere = meeting({ cadenceId: cadenceId('steering') });
    const { totals } = meetingsHeldVersusPlanned({
      cadences: [council()],
      meetings: [moved, elsewhere],
      now: '2026-03-12T00:00:00Z',
    });
    expect(totals).toEqual({ planned: 2, held: 1, cancelled: 0, notRecorded: 1 });
  });

  it('counts a meeting under way as planned', () => {
    const { totals } = meetingsHeldVersusPlanned({
      cadences: [council()],
      meetings: [],
      now: '2026-03-10T17:30:00Z',
    });
    expect(totals.planned).toBe(1);
  });

  it('adds up: held, cancelled and unrecorded meetings make the planned ones, for any records', () => {
    const occurrences = [
      '2026-03-10',
      '2026-03-24',
      '2026-04-07',
      '2026-04-21',
      '2026-05-05',
      '2026-03-11',
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.constantFrom(...occurrences),
            status: fc.constantFrom<MeetingRecord['status']>('held', 'cancelled'),
          }),
          { maxLength: 10 },
        ),
        fc.integer({ min: 0, max: 90 }),
        (records, daysAfterStart) => {
          const now = new Date(
            Date.parse('2026-03-01T00:00:00Z') + daysAfterStart * 86_400_000,
          ).toISOString();
          const meetings = records.map((record) =>
            meeting({
              occurrenceId: occurrenceId(`${record.day}T17:00:00Z`),
              status: record.status,
            }),
          );
          const { totals, cadences } = meetingsHeldVersusPlanned({
            cadences: [council()],
            meetings,
            now,
          });
          expect(totals.held + totals.cancelled + totals.notRecorded).toBe(totals.planned);
          expect(totals.notRecorded).toBeGreaterThanOrEqual(0);
          expect(cadences[0]).toMatchObject(totals);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('cadenceHealth: Mission Moment coverage', () => {
  it('counts held meetings with a Mission Moment, linked on the record or told in it', () => {
    const linked = meeting({ missionMomentId: moment().id });
    const told = meeting({ id: meetingId('told'), occurrenceId: SECOND_COUNCIL });
    const silent = meeting({
      id: meetingId('silent'),
      occurrenceId: occurrenceId('2026-04-07T17:00:00Z'),
    });
    const cancelled = meeting({ id: meetingId('cancelled'), status: 'cancelled' });
    expect(
      missionMomentCoverage([linked, told, silent, cancelled], [{ meetingId: meetingId('told') }]),
    ).toEqual({
      held: 3,
      withMoment: 2,
      withoutMoment: 1,
    });
    expect(FIRST_COUNCIL).toBe(linked.occurrenceId);
  });
});

const journeyApproved = decide({ id: decisionId('d1') });
const journeyPending = decide({
  id: decisionId('d2'),
  approver: { roleId: roles.marketing, memberId: members.marketing },
});
const budgetPending = decide({
  id: decisionId('d3'),
  categoryId: categories.budget,
  driver: { roleId: roles.lead, memberId: members.lead },
  approver: { roleId: roles.lead, memberId: members.lead },
});
const decisions = [journeyApproved, journeyPending, budgetPending];

describe('cadenceHealth: decisions per category and role', () => {
  it("counts each category's decisions by status, in the charter's order, skipping empty ones", () => {
    expect(decisionsPerCategory(decisions, charter)).toEqual([
      {
        categoryId: categories.journey,
        name: 'Customer journey',
        total: 2,
        byStatus: { pendingApproval: 1, deferred: 0, approved: 1, rejected: 0 },
      },
      {
        categoryId: categories.budget,
        name: 'CX budget',
        total: 1,
        byStatus: { pendingApproval: 1, deferred: 0, approved: 0, rejected: 0 },
      },
    ]);
  });

  it('keeps categories and roles the charter no longer has, under their ids', () => {
    const orphan = {
      ...journeyApproved,
      categoryId: decisionCategoryId('retired'),
      driver: { roleId: roleId('old-role'), memberId: members.lead },
    };
    expect(decisionsPerCategory([orphan], undefined)).toMatchObject([
      { name: 'retired', total: 1 },
    ]);
    expect(decisionsPerRole([orphan], charter)).toEqual([
      { roleId: roles.lead, name: 'CX Lead', driven: 0, approved: 1 },
      { roleId: 'old-role', name: 'old-role', driven: 1, approved: 0 },
    ]);
  });

  it('counts the decisions each role drove and was named to approve', () => {
    expect(decisionsPerRole(decisions, charter)).toEqual([
      { roleId: roles.lead, name: 'CX Lead', driven: 1, approved: 2 },
      { roleId: roles.marketing, name: 'Marketing champion', driven: 2, approved: 1 },
    ]);
  });

  it('adds up: status counts make each category total, categories and roles each cover every decision once', () => {
    const statuses: DecisionStatus[] = ['approved', 'pendingApproval', 'deferred', 'rejected'];
    const roleIds = charter.roles.map((role) => role.id);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            status: fc.constantFrom(...statuses),
            category: fc.constantFrom(
              categories.journey,
              categories.budget,
              decisionCategoryId('other'),
            ),
            driver: fc.constantFrom(...roleIds),
            approver: fc.constantFrom(...roleIds),
          }),
          { maxLength: 20 },
        ),
        (specs) => {
          const sample = specs.map((spec) => ({
            categoryId: spec.category,
            status: spec.status,
            driver: { roleId: spec.driver, memberId: members.lead },
            approver: { roleId: spec.approver, memberId: members.lead },
          }));
          const perCategory = decisionsPerCategory(sample, charter);
          for (const row of perCategory) {
            expect(Object.values(row.byStatus).reduce((a, b) => a + b, 0)).toBe(row.total);
          }
          expect(perCategory.reduce((sum, row) => sum + row.total, 0)).toBe(sample.length);
          const perRole = decisionsPerRole(sample, charter);
          expect(perRole.reduce((sum, row) => sum + row.driven, 0)).toBe(sample.length);
          expect(perRole.reduce((sum, row) => sum + row.approved, 0)).toBe(sample.length);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('cadenceHealth: attendance by department', () => {
  it('lists the departments that attend least first, over held meetings only', () => {
    const second = meeting({
      occurrenceId: SECOND_COUNCIL,
      attendance: [
        { memberId: members.lead, department: 'cx', attended: true },
        { memberId: members.service, department: 'customerService', attended: true },
        { memberId: members.marketing, department: 'marketing', attended: false },
      ],
    });
    const cancelled = meeting({ status: 'cancelled' });
    expect(attendanceByDepartmentOverall([meeting(), second, cancelled])).toEqual([
      {
        department: 'marketing',
        label: 'Marketing',
        invited: 2,
        attended: 1,
        missed: 1,
        attendancePercent: 50,
      },
      {
        department: 'customerService',
        label: 'Customer service',
        invited: 2,
        attended: 1,
        missed: 1,
        attendancePercent: 50,
      },
      {
        department: 'cx',
        label: 'Customer experience',
        invited: 2,
        attended: 2,
        missed: 0,
        attendancePercent: 100,
      },
    ]);
  });

  it('adds up: attended and missed make the invitations of every department', () => {
    const departments: Department[] = ['sales', 'marketing', 'it', 'other'];
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.record({ department: fc.constantFrom(...departments), attended: fc.boolean() }),
            { maxLength: 6 },
          ),
          {
            maxLength: 6,
          },
        ),
        (meetings) => {
          const rows = attendanceByDepartmentOverall(
            meetings.map((attendance) => ({
              status: 'held' as const,
              attendance: attendance.map((entry) => ({ ...entry, memberId: members.lead })),
            })),
          );
          for (const row of rows) expect(row.attended + row.missed).toBe(row.invited);
          expect(rows.reduce((sum, row) => sum + row.invited, 0)).toBe(meetings.flat().length);
          const rates = rows.map((row) => row.attended / row.invited);
          expect(rates).toEqual([...rates].sort((a, b) => a - b));
        },
      ),
      { numRuns: 50 },
    );
  });
});
