import fc from 'fast-check';
import { memberId } from '../../../src/domain/ids';
import {
  DAYS_OF_WEEK,
  MAX_SLOT_LIMIT,
  rankSlots,
  type BusyInterval,
  type PersonAvailability,
  type RankedSlot,
  type RankSlotsOptions,
  type WorkingHours,
} from '../../../src/domain/scheduling';

const NUM_RUNS = 100;
// Zones with US, EU, half-hour and southern-hemisphere rules; dates around the March 2027 changes.
const ZONES = [
  'America/Los_Angeles',
  'W. Europe Standard Time',
  'Asia/Kolkata',
  'Australia/Adelaide',
  'UTC',
];
const DAY_SETS = [
  { key: 'tuesday', label: 'Tuesdays', dates: ['2027-03-09', '2027-03-16', '2027-03-30'] },
  { key: 'thursday', label: 'Thursdays', dates: ['2027-03-11', '2027-03-18', '2027-04-01'] },
];
const WINDOW_START = Date.UTC(2027, 2, 8);
const QUARTER_HOUR = 15 * 60_000;

const busyInterval = fc
  .record({
    quarter: fc.integer({ min: 0, max: 26 * 96 }),
    quarters: fc.integer({ min: 1, max: 40 }),
    status: fc.constantFrom<BusyInterval['status']>('tentative', 'busy', 'outOfOffice'),
  })
  .map(({ quarter, quarters, status }) => ({
    start: new Date(WINDOW_START + quarter * QUARTER_HOUR).toISOString(),
    end: new Date(WINDOW_START + (quarter + quarters) * QUARTER_HOUR).toISOString(),
    status,
  }));

const hh = (hour: number): string => `${String(hour).padStart(2, '0')}:00`;
const workingHours: fc.Arbitrary<WorkingHours> = fc.record({
  daysOfWeek: fc.subarray([...DAYS_OF_WEEK], { minLength: 1 }),
  startTime: fc.integer({ min: 0, max: 23 }).map(hh),
  endTime: fc.integer({ min: 0, max: 23 }).map(hh),
  timeZone: fc.constantFrom(...ZONES),
});

const people: fc.Arbitrary<PersonAvailability[]> = fc
  .array(
    fc.record({
      busy: fc.array(busyInterval, { maxLength: 8 }),
      hours: fc.option(workingHours, { nil: undefined }),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((list) =>
    list.map(({ busy, hours }, index) => ({
      memberId: memberId(`m${index}`),
      busy,
      ...(hours ? { workingHours: hours } : {}),
    })),
  );

const search: fc.Arbitrary<RankSlotsOptions> = fc
  .record({
    people,
    timeZone: fc.constantFrom(...ZONES),
    durationMinutes: fc.constantFrom(30, 60, 90),
    stepMinutes: fc.constantFrom(30, 60),
    requiredCount: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ people: team, requiredCount, ...rest }) => ({
    ...rest,
    people: team,
    candidateDays: DAY_SETS,
    earliestStart: '07:00',
    latestEnd: '19:00',
    requiredMemberIds: team.slice(0, requiredCount).map((member) => member.memberId),
    limit: MAX_SLOT_LIMIT,
  }));

const slotKey = (slot: RankedSlot): string => `${slot.daySetKey} ${slot.startTime}`;
const rankKey = (slot: RankedSlot): number[] => [
  slot.totals.conflictScore,
  slot.totals.outsideWorkingHours,
  slot.totals.tentative,
  Number(slot.startTime.replace(':', '')),
  DAY_SETS.findIndex((daySet) => daySet.key === slot.daySetKey),
];

function compareKeys(a: number[], b: number[]): number {
  for (let index = 0; index < a.length; index++) {
    const difference = (a[index] as number) - (b[index] as number);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** A deterministic shuffle driven by fast-check's seed, so failures shrink and replay. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0 || 1;
  for (let index = copy.length - 1; index > 0; index--) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

describe('rankSlots properties', () => {
  it('never lowers any slot’s conflicts when someone gets busier', () => {
    fc.assert(
      fc.property(search, busyInterval, fc.nat(), (options, extra, who) => {
        const index = who % options.people.length;
        const busier = options.people.map((member, position) =>
          position === index ? { ...member, busy: [...member.busy, extra] } : member,
        );
        const before = new Map(rankSlots(options).map((slot) => [slotKey(slot), slot.totals]));
        for (const slot of rankSlots({ ...options, people: busier })) {
          const earlier = before.get(slotKey(slot));
          expect(slot.totals.conflicts).toBeGreaterThanOrEqual(earlier?.conflicts ?? Infinity);
          expect(slot.totals.conflictScore).toBeGreaterThanOrEqual(
            earlier?.conflictScore ?? Infinity,
          );
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('orders slots strictly by conflicts, working-hours fit, tentative, start, day set', () => {
    fc.assert(
      fc.property(search, (options) => {
        const slots = rankSlots(options);
        slots.forEach((slot, index) => {
          expect(slot.rank).toBe(index + 1);
          const next = slots[index + 1];
          if (next) expect(compareKeys(rankKey(slot), rankKey(next))).toBeLessThan(0);
        });
        expect(rankSlots({ ...options, limit: 3 })).toEqual(slots.slice(0, 3));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('explains exactly what it counts', () => {
    fc.assert(
      fc.property(search, (options) => {
        for (const slot of rankSlots(options)) {
          expect(slot.conflicts).toHaveLength(slot.totals.conflicts);
          expect(slot.conflicts.filter((conflict) => conflict.isRequired)).toHaveLength(
            slot.totals.requiredConflicts,
          );
          expect(slot.tentative).toHaveLength(slot.totals.tentative);
          expect(slot.outsideWorkingHours).toHaveLength(slot.totals.outsideWorkingHours);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('gives the same answer whatever the order of people and busy times', () => {
    fc.assert(
      fc.property(search, fc.nat(), (options, seed) => {
        const reordered = shuffled(options.people, seed).map((member, index) => ({
          ...member,
          busy: shuffled(member.busy, seed + index + 1),
        }));
        expect(rankSlots({ ...options, people: reordered })).toEqual(rankSlots(options));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
