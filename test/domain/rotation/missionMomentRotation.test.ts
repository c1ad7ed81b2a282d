import fc from 'fast-check';
import { DateTime } from 'luxon';
import { ValidationError } from '../../../src/domain/errors';
import { memberId, occurrenceId, type MemberId } from '../../../src/domain/ids';
import {
  assignMissionMomentPresenters,
  isLocalDate,
  nextPresenter,
  rotationCounts,
  swapPresenters,
  withOverride,
  withOverrides,
  type MemberAbsence,
  type PastPresentation,
  type PresenterAssignment,
  type PresenterOverride,
  type RotationOccurrence,
  type RotationOptions,
} from '../../../src/domain/rotation';

const [ana, ben, cy, dee, eli] = ['ana', 'ben', 'cy', 'dee', 'eli'].map(memberId) as [
  MemberId,
  MemberId,
  MemberId,
  MemberId,
  MemberId,
];
const fay = memberId('fay'); // left the team: only in history

/** Ten biweekly Tuesdays from 2027-01-12: the CX working group's series. */
const biweeklyTuesdays = [
  '2027-01-12',
  '2027-01-26',
  '2027-02-09',
  '2027-02-23',
  '2027-03-09',
  '2027-03-23',
  '2027-04-06',
  '2027-04-20',
  '2027-05-04',
  '2027-05-18',
];
const occurrences: RotationOccurrence[] = biweeklyTuesdays.map((date, index) => ({
  occurrenceId: occurrenceId(`occ${index + 1}`),
  date,
}));
const occ = (n: number) => occurrenceId(`occ${n}`);

const history: PastPresentation[] = [
  { memberId: cy, date: '2026-12-01' },
  { memberId: fay, date: '2026-12-29' },
  { memberId: ana, date: '2026-12-15' },
  { memberId: ben, date: '2026-11-17' },
  { memberId: ana, date: '2026-10-06' },
];
/** Ana is out of office the week of 2027-03-08. */
const anaAway: MemberAbsence = { memberId: ana, from: '2027-03-08', to: '2027-03-12' };

const team: RotationOptions = {
  members: [ana, ben, cy, dee, eli],
  occurrences,
  history,
  absences: [anaAway],
};

/** A compact view of a plan: `date presenter reason [skipped]`. */
const describePlan = (plan: readonly PresenterAssignment[]) =>
  plan.map((a) =>
    [a.date, a.presenterId ?? '-', a.reason, ...a.skipped.map((s) => `skipped:${s.memberId}`)]
      .concat('warning' in a && a.warning ? [a.warning] : [])
      .join(' '),
  );

const addDays = (date: string, days: number) =>
  DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate() as string;

describe('missionMomentRotation', () => {
  describe('assignMissionMomentPresenters', () => {
    it('starts with people who never presented, then whoever presented longest ago, skipping the week Ana is away', () => {
      expect(describePlan(assignMissionMomentPresenters(team))).toEqual([
        '2027-01-12 dee rotation', // never presented, first in roster order
        '2027-01-26 eli rotation', // never presented
        '2027-02-09 ben rotation', // last 2026-11-17
        '2027-02-23 cy rotation', // last 2026-12-01
        '2027-03-09 dee rotation skipped:ana', // Ana is due but out of office
        '2027-03-23 ana rotation', // back, and the most overdue: she goes next
        '2027-04-06 eli rotation',
        '2027-04-20 ben rotation',
        '2027-05-04 cy rotation',
        '2027-05-18 dee rotation',
      ]);
    });

    it('honours an override and carries on from whoever it fixed', () => {
      const plan = assignMissionMomentPresenters({
        ...team,
        overrides: [{ occurrenceId: occ(8), memberId: cy }],
      });
      expect(describePlan(plan).slice(6)).toEqual([
        '2027-04-06 eli rotation',
        '2027-04-20 cy override',
        '2027-05-04 ben rotation',
        '2027-05-18 dee rotation',
      ]);
    });

    it('keeps an override for someone who is away that day but flags it for the planner', () => {
      const plan = assignMissionMomentPresenters({
        ...team,
        overrides: [{ occurrenceId: occ(5), memberId: ana }],
      });
      expect(plan[4]).toEqual({
        occurrenceId: occ(5),
        date: '2027-03-09',
        reason: 'override',
        presenterId: ana,
        skipped: [],
        warning: 'awayThatDay',
      });
      expect(plan[3]).not.toHaveProperty('warning');
    });

    it('leaves the meeting without a presenter when everyone is away, listing who was skipped', () => {
      const [first] = assignMissionMomentPresenters({
        members: [ana, ben],
        occurrences: occurrences.slice(0, 1),
        history: [{ memberId: ana, date: '2026-12-01' }],
        absences: [
          { memberId: ana, from: '2027-01-11', to: '2027-01-15' },
          { memberId: ben, from: '2027-01-12', to: '2027-01-12' },
        ],
      });
      expect(first).toEqual({
        occurrenceId: occ(1),
        date: '2027-01-12',
        reason: 'noOneAvailable',
        presenterId: undefined,
        skipped: [
          { memberId: ben, reason: 'outOfOffice' },
          { memberId: ana, reason: 'outOfOffice' },
        ],
      });
    });

    it('lists only the people who were due before the presenter as skipped, most overdue first', () => {
      const [first] = assignMissionMomentPresenters({
        members: [ana, ben, cy, dee],
        occurrences: occurrences.slice(0, 1),
        history: [
          { memberId: ana, date: '2026-12-15' },
          { memberId: ben, date: '2026-12-01' },
          { memberId: cy, date: '2026-11-17' },
          { memberId: dee, date: '2026-12-29' },
        ],
        absences: [
          { memberId: ben, from: '2027-01-04', to: '2027-01-15' },
          { memberId: cy, from: '2027-01-12', to: '2027-01-12' },
          { memberId: dee, from: '2027-01-12', to: '2027-01-20' },
        ],
      });
      expect(first?.presenterId).toBe(ana);
      expect(first?.skipped).toEqual([
        { memberId: cy, reason: 'outOfOffice' },
        { memberId: ben, reason: 'outOfOffice' },
      ]);
    });

    it.each([
      ['the day before', '2027-01-04', '2027-01-11', ana],
      ['the first day', '2027-01-12', '2027-01-20', ben],
      ['the last day', '2027-01-05', '2027-01-12', ben],
      ['the day after', '2027-01-13', '2027-01-20', ana],
    ])(
      'treats absence dates as inclusive: meeting on %s of the absence',
      (_, from, to, expected) => {
        const plan = assignMissionMomentPresenters({
          members: [ana, ben],
          occurrences: occurrences.slice(0, 1),
          absences: [{ memberId: ana, from, to }],
        });
        expect(plan[0]?.presenterId).toBe(expected);
      },
    );

    it('merges overlapping and back-to-back absences of the same person', () => {
      const plan = assignMissionMomentPresenters({
        members: [ana, ben],
        occurrences: occurrences.slice(0, 4),
        absences: [
          { memberId: ana, from: '2027-02-01', to: '2027-02-14' },
          { memberId: ana, from: '2027-01-10', to: '2027-01-20' },
          { memberId: ana, from: '2027-01-15', to: '2027-01-31' },
          { memberId: eli, from: '2027-01-01', to: '2027-12-31' }, // not on the roster: ignored
        ],
      });
      expect(plan.map((a) => a.presenterId)).toEqual([ben, ben, ben, ana]);
    });

    it('counts history that overlaps the plan only for meetings after it', () => {
      const plan = assignMissionMomentPresenters({
        members: [ana, ben, cy],
        occurrences: occurrences.slice(0, 3),
        // Ana told a Mission Moment at another meeting on 2027-01-20.
        history: [{ memberId: ana, date: '2027-01-20' }],
      });
      expect(plan.map((a) => a.presenterId)).toEqual([ana, ben, cy]);
      const withLaterHistory = assignMissionMomentPresenters({
        members: [ana, ben, cy],
        occurrences: occurrences.slice(0, 4),
        history: [{ memberId: cy, date: '2027-01-12' }],
      });
      // On 2027-01-12 Cy's same-day turn does not count yet; afterwards it ties with Ana's
      // 2027-01-12 turn, and the roster order puts Ana first.
      expect(withLaterHistory.map((a) => a.presenterId)).toEqual([ana, ben, ana, cy]);
    });

    it('does not count a Mission Moment recorded on the day of a meeting against that meeting', () => {
      // The record may be this very meeting's story: Cy, who was due, stays its presenter.
      const [first] = assignMissionMomentPresenters({
        members: [cy, ana],
        occurrences: occurrences.slice(0, 1),
        history: [{ memberId: cy, date: '2027-01-12' }],
      });
      expect(first?.presenterId).toBe(cy);
    });

    it('plans nothing for an empty series', () => {
      expect(assignMissionMomentPresenters({ members: [ana], occurrences: [] })).toEqual([]);
    });

    it('plans 50 members over 200 meetings with long history and absences, one presenter each', () => {
      const members = Array.from({ length: 50 }, (_, i) => memberId(`m${i}`));
      const many: RotationOccurrence[] = Array.from({ length: 200 }, (_, i) => ({
        occurrenceId: occurrenceId(`o${i}`),
        date: addDays('2027-01-05', 7 * i),
      }));
      const longHistory = Array.from({ length: 5000 }, (_, i) => ({
        memberId: members[i % 50] as MemberId,
        date: addDays('2000-01-04', i),
      }));
      const absences = Array.from({ length: 500 }, (_, i) => ({
        memberId: members[(i * 7) % 50] as MemberId,
        from: addDays('2027-01-01', 3 * i),
        to: addDays('2027-01-01', 3 * i + 6),
      }));
      // Speed is measured by bench/, never asserted here (the machine is shared and noisy).
      const plan = assignMissionMomentPresenters({
        members,
        occurrences: many,
        history: longHistory,
        absences,
      });
      expect(plan).toHaveLength(200);
      expect(plan.every((assignment) => assignment.presenterId !== undefined)).toBe(true);
    });
  });

  describe('validation', () => {
    const validationIssues = (options: RotationOptions) => {
      try {
        assignMissionMomentPresenters(options);
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return (error as ValidationError).issues;
      }
      throw new Error('expected a ValidationError');
    };
    const base: RotationOptions = { members: [ana, ben], occurrences: occurrences.slice(0, 3) };

    it.each<[string, Partial<RotationOptions>, string, string]>([
      [
        'an empty roster',
        { members: [] },
        'members',
        'Add at least one team member to the Mission Moment rotation',
      ],
      [
        'a member listed twice',
        { members: [ana, ben, ana] },
        'members.2',
        'This person is already in the rotation; remove the second entry',
      ],
      [
        'a malformed meeting date',
        { occurrences: [{ occurrenceId: occ(1), date: '2027-3-9' }] },
        'occurrences.0.date',
        'Meeting date must be a calendar date written YYYY-MM-DD, e.g. 2027-03-09',
      ],
      [
        'a date that does not exist',
        { occurrences: [{ occurrenceId: occ(1), date: '2027-02-30' }] },
        'occurrences.0.date',
        'Meeting date must be a calendar date written YYYY-MM-DD, e.g. 2027-03-09',
      ],
      [
        'meetings out of order',
        { occurrences: [occurrences[1], occurrences[0]] as RotationOccurrence[] },
        'occurrences.1.date',
        'Meetings must be in date order, at most one a day: 2027-01-12 does not come after the previous meeting on 2027-01-26',
      ],
      [
        'two meetings on the same day',
        {
          occurrences: [
            { occurrenceId: occ(1), date: '2027-01-12' },
            { occurrenceId: occ(2), date: '2027-01-12' },
          ],
        },
        'occurrences.1.date',
        'Meetings must be in date order, at most one a day: 2027-01-12 does not come after the previous meeting on 2027-01-12',
      ],
      [
        'a meeting listed twice',
        {
          occurrences: [
            { occurrenceId: occ(1), date: '2027-01-12' },
            { occurrenceId: occ(1), date: '2027-01-26' },
          ],
        },
        'occurrences.1.occurrenceId',
        'This meeting is listed twice; list each meeting of the series once',
      ],
      [
        'an override for a meeting not in the series',
        { overrides: [{ occurrenceId: occ(9), memberId: ana }] },
        'overrides.0.occurrenceId',
        'This meeting is not in the planned series; pick a planned meeting or remove the override',
      ],
      [
        'two overrides for one meeting',
        {
          overrides: [
            { occurrenceId: occ(1), memberId: ana },
            { occurrenceId: occ(1), memberId: ben },
          ],
        },
        'overrides.1.occurrenceId',
        'This meeting already has a fixed presenter; keep one override per meeting',
      ],
      [
        'an override for someone not in the rotation',
        {
          overrides: [
            { occurrenceId: occ(1), memberId: ben },
            { occurrenceId: occ(2), memberId: fay },
          ],
        },
        'overrides.1.memberId',
        'Only people in the Mission Moment rotation can present; add this person to the rotation or pick someone who is in it',
      ],
      [
        'an absence that ends before it starts',
        { absences: [{ memberId: ana, from: '2027-03-12', to: '2027-03-08' }] },
        'absences.0.to',
        'Last day away (2027-03-08) is before the first day away (2027-03-12); set it on or after 2027-03-12',
      ],
      [
        'a malformed absence start',
        { absences: [{ memberId: ana, from: 'next Monday', to: '2027-03-08' }] },
        'absences.0.from',
        'First day away must be a calendar date written YYYY-MM-DD, e.g. 2027-03-09',
      ],
      [
        'a malformed absence end',
        { absences: [{ memberId: ana, from: '2027-03-08', to: '' }] },
        'absences.0.to',
        'Last day away must be a calendar date written YYYY-MM-DD, e.g. 2027-03-09',
      ],
      [
        'a malformed history date',
        { history: [{ memberId: ana, date: '2026-13-01' }] },
        'history.0.date',
        'Presentation date must be a calendar date written YYYY-MM-DD, e.g. 2027-03-09',
      ],
    ])('rejects %s', (_, change, field, message) => {
      expect(validationIssues({ ...base, ...change })).toEqual([{ field, message }]);
    });

    it('reports every wrong field at once', () => {
      const issues = validationIssues({
        members: [ana, ana],
        occurrences: [{ occurrenceId: occ(1), date: '12/01/2027' }],
        overrides: [{ occurrenceId: occ(2), memberId: fay }],
        absences: [{ memberId: ana, from: '2027-03-12', to: '2027-03-08' }],
      });
      expect(issues.map((issue) => issue.field)).toEqual([
        'members.1',
        'occurrences.0.date',
        'overrides.0.occurrenceId',
        'overrides.0.memberId',
        'absences.0.to',
      ]);
    });

    it.each([
      ['2027-03-09', true],
      ['2028-02-29', true],
      ['2027-02-29', false],
      ['2027-03-09T10:00', false],
      [20270309, false],
    ])('isLocalDate(%p) is %p', (value, expected) => {
      expect(isLocalDate(value)).toBe(expected);
    });
  });

  describe('nextPresenter', () => {
    it('gives the presenter of the coming meeting only', () => {
      expect(nextPresenter(team)).toEqual(assignMissionMomentPresenters(team)[0]);
    });

    it('is undefined when no meeting is planned', () => {
      expect(nextPresenter({ members: [ana], occurrences: [] })).toBeUndefined();
    });

    it('still checks overrides for later meetings', () => {
      expect(() =>
        nextPresenter({ ...team, overrides: [{ occurrenceId: occ(4), memberId: fay }] }),
      ).toThrow(ValidationError);
    });
  });

  describe('rotationCounts', () => {
    it('counts turns per presenter, listing roster members with no turn as 0', () => {
      const plan = assignMissionMomentPresenters({
        members: [ana, ben, cy],
        occurrences: occurrences.slice(0, 2),
        absences: [{ memberId: cy, from: '2027-01-01', to: '2027-01-31' }],
      });
      expect([...rotationCounts(plan, [ana, ben, cy])]).toEqual([
        [ana, 1],
        [ben, 1],
        [cy, 0],
      ]);
      expect([...rotationCounts(plan)]).toEqual([
        [ana, 1],
        [ben, 1],
      ]);
    });

    it('counts nobody for a meeting without a presenter', () => {
      const plan = assignMissionMomentPresenters({
        members: [ana],
        occurrences: occurrences.slice(0, 2),
        absences: [{ memberId: ana, from: '2027-01-12', to: '2027-01-12' }],
      });
      expect([...rotationCounts(plan)]).toEqual([[ana, 1]]);
    });
  });

  describe('withOverride', () => {
    const overrides: readonly PresenterOverride[] = [
      { occurrenceId: occ(1), memberId: ana },
      { occurrenceId: occ(2), memberId: ben },
    ];

    it.each<[string, number, MemberId | undefined, PresenterOverride[]]>([
      [
        'adds an override for a new meeting',
        3,
        cy,
        [...overrides, { occurrenceId: occ(3), memberId: cy }],
      ],
      [
        'replaces the override of a meeting in place',
        1,
        cy,
        [{ occurrenceId: occ(1), memberId: cy }, overrides[1] as PresenterOverride],
      ],
      ['clears an override', 1, undefined, [overrides[1] as PresenterOverride]],
    ])('%s', (_, n, member, expected) => {
      const snapshot = structuredClone(overrides);
      expect(withOverride(overrides, occ(n), member)).toEqual(expected);
      expect(overrides).toEqual(snapshot);
    });

    it.each<[string, number, MemberId | undefined]>([
      ['setting the same presenter', 2, ben],
      ['clearing a meeting without an override', 3, undefined],
    ])('returns the same list when %s', (_, n, member) => {
      expect(withOverride(overrides, occ(n), member)).toBe(overrides);
    });
  });

  describe('swapPresenters', () => {
    const plan = assignMissionMomentPresenters(team);

    it('swaps two neighbouring turns and the rest of the rota keeps going by the same rule', () => {
      const swap = swapPresenters(plan, occ(2), occ(3));
      expect(swap).toEqual([
        { occurrenceId: occ(2), memberId: ben },
        { occurrenceId: occ(3), memberId: eli },
      ]);
      const replanned = assignMissionMomentPresenters({
        ...team,
        overrides: withOverrides([], swap),
      });
      expect(describePlan(replanned)).toEqual([
        '2027-01-12 dee rotation',
        '2027-01-26 ben override',
        '2027-02-09 eli override',
        '2027-02-23 cy rotation',
        '2027-03-09 dee rotation skipped:ana',
        '2027-03-23 ana rotation',
        '2027-04-06 ben rotation', // Ben and Eli keep their swapped order
        '2027-04-20 eli rotation',
        '2027-05-04 cy rotation',
        '2027-05-18 dee rotation',
      ]);
    });

    it('replaces earlier overrides of the swapped meetings', () => {
      const overrides = [{ occurrenceId: occ(2), memberId: cy }];
      const planned = assignMissionMomentPresenters({ ...team, overrides });
      const swapped = withOverrides(overrides, swapPresenters(planned, occ(2), occ(1)));
      expect(swapped).toEqual([
        { occurrenceId: occ(2), memberId: dee },
        { occurrenceId: occ(1), memberId: cy },
      ]);
    });

    it.each<[string, number, number, { field: string; message: string }[]]>([
      [
        'the same meeting twice',
        1,
        1,
        [{ field: 'second', message: 'Pick two different meetings to swap presenters' }],
      ],
      [
        'meetings not in the plan',
        11,
        12,
        [
          { field: 'first', message: 'This meeting is not in the plan; pick a planned meeting' },
          { field: 'second', message: 'This meeting is not in the plan; pick a planned meeting' },
        ],
      ],
    ])('refuses to swap %s', (_, first, second, issues) => {
      expect(() => swapPresenters(plan, occ(first), occ(second))).toThrow(
        expect.objectContaining({ issues }),
      );
    });

    it('refuses to swap a meeting that has no presenter', () => {
      const empty = assignMissionMomentPresenters({
        members: [ana],
        occurrences: occurrences.slice(0, 2),
        absences: [{ memberId: ana, from: '2027-01-12', to: '2027-01-12' }],
      });
      expect(() => swapPresenters(empty, occ(2), occ(1))).toThrow(
        expect.objectContaining({
          issues: [
            {
              field: 'second',
              message:
                'This meeting has no presenter because everyone is away; fix a presenter for it instead of swapping',
            },
          ],
        }),
      );
    });
  });

  describe('properties', () => {
    const numRuns = 200;
    const start = '2027-01-04';

    const membersArb = fc
      .uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 7 })
      .map((ids) => ids.map((i) => memberId(`m${i}`)));
    /** Strictly increasing meeting dates 1–21 days apart. */
    const occurrencesArb = fc
      .array(fc.integer({ min: 1, max: 21 }), { maxLength: 24 })
      .map((gaps) => {
        let day = 0;
        return gaps.map((gap, i) => {
          day += gap;
          return { occurrenceId: occurrenceId(`o${i}`), date: addDays(start, day) };
        });
      });
    /** History of anyone m0–m11 (some not on the roster), from `minDay` to `maxDay` around start. */
    const historyArb = (minDay: number, maxDay: number) =>
      fc.array(
        fc.record({
          memberId: fc.integer({ min: 0, max: 11 }).map((i) => memberId(`m${i}`)),
          date: fc.integer({ min: minDay, max: maxDay }).map((d) => addDays(start, d)),
        }),
        { maxLength: 15 },
      );
    const absencesArb = fc.array(
      fc
        .record({
          memberId: fc.integer({ min: 0, max: 9 }).map((i) => memberId(`m${i}`)),
          fromDay: fc.integer({ min: -10, max: 300 }),
          length: fc.integer({ min: 0, max: 40 }),
        })
        .map(({ memberId: member, fromDay, length }) => ({
          memberId: member,
          from: addDays(start, fromDay),
          to: addDays(start, fromDay + length),
        })),
      { maxLength: 12 },
    );
    const optionsArb: fc.Arbitrary<RotationOptions> = fc
      .record({
        members: membersArb,
        occurrences: occurrencesArb,
        history: historyArb(-200, 300),
        absences: absencesArb,
        overrideSeeds: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 5 }),
      })
      .map(({ overrideSeeds, ...options }) => {
        const byOccurrence = new Map(
          options.occurrences.length === 0
            ? []
            : overrideSeeds.map(([o, m]) => {
                const occurrence = options.occurrences[o % options.occurrences.length];
                const member = options.members[m % options.members.length];
                return [occurrence?.occurrenceId, member] as const;
              }),
        );
        const overrides = [...byOccurrence].map(([id, member]) => ({
          occurrenceId: id as RotationOccurrence['occurrenceId'],
          memberId: member as MemberId,
        }));
        return { ...options, overrides };
      });

    const isAwayOn = (options: RotationOptions, member: MemberId, date: string) =>
      (options.absences ?? []).some((a) => a.memberId === member && a.from <= date && date <= a.to);

    it('is fair: with nobody away and no overrides, any run of meetings gives counts within one', () => {
      fc.assert(
        fc.property(membersArb, occurrencesArb, historyArb(-200, -1), (members, occs, past) => {
          const plan = assignMissionMomentPresenters({ members, occurrences: occs, history: past });
          for (let from = 0; from < plan.length; from += 1) {
            for (let to = from + 1; to <= plan.length; to += 1) {
              const counts = [...rotationCounts(plan.slice(from, to), members).values()];
              expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
            }
          }
        }),
        { numRuns },
      );
    });

    it('never has the rotation pick someone on a day they are away', () => {
      fc.assert(
        fc.property(optionsArb, (options) => {
          for (const a of assignMissionMomentPresenters(options)) {
            const awayMembers = options.members.filter((m) => isAwayOn(options, m, a.date));
            if (a.reason === 'rotation') expect(awayMembers).not.toContain(a.presenterId);
            if (a.reason === 'override') {
              expect('warning' in a).toBe(isAwayOn(options, a.presenterId, a.date));
            }
            if (a.reason === 'noOneAvailable') {
              expect(awayMembers).toHaveLength(options.members.length);
            }
            for (const skipped of a.skipped) expect(awayMembers).toContain(skipped.memberId);
          }
        }),
        { numRuns },
      );
    });

    it('is deterministic, ignores the order of history and absences, and mutates nothing', () => {
      fc.assert(
        fc.property(optionsArb, fc.func(fc.integer()), (options, shuffleKey) => {
          const snapshot = structuredClone(options);
          const plan = assignMissionMomentPresenters(options);
          expect(options).toEqual(snapshot);
          expect(assignMissionMomentPresenters(options)).toEqual(plan);
          const byKey = <T>(items: readonly T[]) =>
            items
              .map((item, i) => ({ item, key: shuffleKey(i, JSON.stringify(item)) }))
              .sort((x, y) => x.key - y.key)
              .map(({ item }) => item);
          const shuffled = {
            ...options,
            history: byKey(options.history ?? []),
            absences: byKey(options.absences ?? []),
          };
          expect(assignMissionMomentPresenters(shuffled)).toEqual(plan);
        }),
        { numRuns },
      );
    });

    it('continues from history: planning 1..k then k+1..n equals planning 1..n', () => {
      fc.assert(
        fc.property(optionsArb, fc.nat(), (options, splitSeed) => {
          const split = splitSeed % (options.occurrences.length + 1);
          const whole = assignMissionMomentPresenters(options);
          const partOf = (part: readonly RotationOccurrence[]) => {
            const ids = new Set(part.map((o) => o.occurrenceId));
            return (options.overrides ?? []).filter((o) => ids.has(o.occurrenceId));
          };
          const firstPart = options.occurrences.slice(0, split);
          const secondPart = options.occurrences.slice(split);
          const first = assignMissionMomentPresenters({
            ...options,
            occurrences: firstPart,
            overrides: partOf(firstPart),
          });
          const told = first.flatMap((a) =>
            a.presenterId === undefined ? [] : [{ memberId: a.presenterId, date: a.date }],
          );
          const second = assignMissionMomentPresenters({
            ...options,
            occurrences: secondPart,
            overrides: partOf(secondPart),
            history: [...(options.history ?? []), ...told],
          });
          expect([...first, ...second]).toEqual(whole);
        }),
        { numRuns },
      );
    });

    it('always honours overrides', () => {
      fc.assert(
        fc.property(optionsArb, (options) => {
          const plan = assignMissionMomentPresenters(options);
          for (const override of options.overrides ?? []) {
            const assignment = plan.find((a) => a.occurrenceId === override.occurrenceId);
            expect(assignment).toMatchObject({
              reason: 'override',
              presenterId: override.memberId,
            });
          }
          const overridden = new Set((options.overrides ?? []).map((o) => o.occurrenceId));
          expect(plan.filter((a) => a.reason === 'override')).toHaveLength(overridden.size);
        }),
        { numRuns },
      );
    });

    it('gives a returning member the next turn', () => {
      fc.assert(
        fc.property(membersArb, fc.integer({ min: 1, max: 6 }), (members, weeksAway) => {
          // Weekly meetings; the member due first is away for a few weeks, then comes back.
          const occs = Array.from({ length: weeksAway + 1 }, (_, i) => ({
            occurrenceId: occurrenceId(`w${i}`),
            date: addDays(start, 7 * i + 1),
          }));
          const due = members[0] as MemberId;
          const plan = assignMissionMomentPresenters({
            members,
            occurrences: occs,
            absences: [{ memberId: due, from: start, to: addDays(start, 7 * weeksAway) }],
          });
          expect(plan[weeksAway]?.presenterId).toBe(due);
        }),
        { numRuns },
      );
    });
  });
});
