import fc from 'fast-check';
import { type Options as RRuleOptions, RRule, type Weekday } from 'rrule';
import {
  DAYS_OF_WEEK,
  type DayOfWeek,
  expandOccurrences,
  type Occurrence,
  type PatternedRecurrence,
  type RecurrencePattern,
  WEEK_INDEXES,
} from '../../../src/domain/recurrence';

/**
 * Cross-checks the expansion against the independent `rrule` package (RFC 5545) run in "floating"
 * time: rrule's UTC dates stand for wall-clock times, which is what Exchange keeps across DST.
 * Differences between the two rule sets are bridged explicitly:
 * - RFC 5545 skips months that lack BYMONTHDAY; Exchange uses the last day. Days stay ≤ 28 here
 *   (the month-end rule has its own unit tests).
 * - RFC 5545 counts monthly/yearly intervals from DTSTART's month; Exchange from the first
 *   occurrence's. So rrule's DTSTART is set to the first match (found by rrule with interval 1).
 * Each UTC instant is then checked independently with Intl.DateTimeFormat in the zone.
 */

/** Windows and IANA names, each with the IANA zone the test checks against (its own mapping). */
const ZONES: readonly (readonly [name: string, iana: string])[] = [
  ['Pacific Standard Time', 'America/Los_Angeles'],
  ['America/Los_Angeles', 'America/Los_Angeles'],
  ['GMT Standard Time', 'Europe/London'],
  ['Europe/London', 'Europe/London'],
  ['AUS Eastern Standard Time', 'Australia/Sydney'],
  ['Australia/Sydney', 'Australia/Sydney'],
  ['Eastern Standard Time', 'America/New_York'],
  ['W. Europe Standard Time', 'Europe/Berlin'],
  ['India Standard Time', 'Asia/Kolkata'],
  ['Lord Howe Standard Time', 'Australia/Lord_Howe'],
  ['Pacific SA Standard Time', 'America/Santiago'],
  ['America/Santiago', 'America/Santiago'],
  ['New Zealand Standard Time', 'Pacific/Auckland'],
  ['UTC', 'UTC'],
];

const RRULE_DAYS: Record<DayOfWeek, Weekday> = {
  sunday: RRule.SU,
  monday: RRule.MO,
  tuesday: RRule.TU,
  wednesday: RRule.WE,
  thursday: RRule.TH,
  friday: RRule.FR,
  saturday: RRule.SA,
};

const SET_POSITION = { first: 1, second: 2, third: 3, fourth: 4, last: -1 } as const;

const day = fc.constantFrom(...DAYS_OF_WEEK);
const days = fc.uniqueArray(day, { minLength: 1, maxLength: 7 });
const interval = fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 99 }));
const index = fc.constantFrom(...WEEK_INDEXES);
const pattern: fc.Arbitrary<RecurrencePattern> = fc.oneof(
  interval.map((i) => ({ type: 'daily', interval: i }) as const),
  fc
    .record({ interval, daysOfWeek: days, firstDayOfWeek: day })
    .map((p) => ({ type: 'weekly', ...p }) as const),
  fc
    .record({ interval, dayOfMonth: fc.integer({ min: 1, max: 28 }) })
    .map((p) => ({ type: 'absoluteMonthly', ...p }) as const),
  fc
    .record({ interval, daysOfWeek: days, index })
    .map((p) => ({ type: 'relativeMonthly', ...p }) as const),
  fc
    .record({
      interval: fc.integer({ min: 1, max: 3 }),
      month: fc.integer({ min: 1, max: 12 }),
      dayOfMonth: fc.integer({ min: 1, max: 28 }),
    })
    .map((p) => ({ type: 'absoluteYearly', ...p }) as const),
  fc
    .record({
      interval: fc.integer({ min: 1, max: 3 }),
      month: fc.integer({ min: 1, max: 12 }),
      daysOfWeek: days,
      index,
    })
    .map((p) => ({ type: 'relativeYearly', ...p }) as const),
);
const startDate = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));
const timeOfDay = fc
  .record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.constantFrom(0, 15, 30, 45) })
  .map(({ hour, minute }) => `${pad(hour)}:${pad(minute)}:00`);
const rangeEnd = fc.oneof(
  fc.integer({ min: 1, max: 25 }).map((count) => ({ count })),
  fc.integer({ min: 0, max: 800 }).map((days) => ({ days })),
);

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function addDays(isoDate: string, count: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + count * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

function floating(isoDate: string, time: string): Date {
  return new Date(`${isoDate}T${time}Z`);
}

function rruleOptions(p: RecurrencePattern): Partial<RRuleOptions> {
  const byweekday = (p.daysOfWeek ?? []).map((d) => RRULE_DAYS[d]);
  switch (p.type) {
    case 'daily':
      return { freq: RRule.DAILY };
    case 'weekly':
      return { freq: RRule.WEEKLY, byweekday, wkst: RRULE_DAYS[p.firstDayOfWeek ?? 'sunday'] };
    case 'absoluteMonthly':
      return { freq: RRule.MONTHLY, bymonthday: [p.dayOfMonth ?? 1] };
    case 'relativeMonthly':
      return { freq: RRule.MONTHLY, byweekday, bysetpos: [SET_POSITION[p.index ?? 'first']] };
    case 'absoluteYearly':
      return { freq: RRule.YEARLY, bymonth: [p.month ?? 1], bymonthday: [p.dayOfMonth ?? 1] };
    case 'relativeYearly':
      return {
        freq: RRule.YEARLY,
        bymonth: [p.month ?? 1],
        byweekday,
        bysetpos: [SET_POSITION[p.index ?? 'first']],
      };
  }
}

/** The wall-clock dates rrule gives, with Exchange's anchoring of monthly and yearly intervals. */
function rruleDates(input: {
  pattern: RecurrencePattern;
  startDate: string;
  time: string;
  end: { count: number } | { days: number };
}): string[] {
  const rule = rruleOptions(input.pattern);
  const isAnchoredOnFirstMatch = rule.freq === RRule.MONTHLY || rule.freq === RRule.YEARLY;
  const dtstart = isAnchoredOnFirstMatch
    ? new RRule({ ...rule, dtstart: floating(input.startDate, input.time), count: 1 }).all()[0]
    : floating(input.startDate, input.time);
  const limit =
    'count' in input.end
      ? { count: input.end.count }
      : { until: floating(addDays(input.startDate, input.end.days), '23:59:59') };
  return new RRule({ ...rule, interval: input.pattern.interval, dtstart, ...limit })
    .all()
    .map((date) => date.toISOString().slice(0, 10));
}

const wallClock = (zone: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });

/** `YYYY-MM-DDTHH:mm:ss` of an instant in a zone, by the platform's own time-zone data. */
function wallTimeOf(ms: number, format: Intl.DateTimeFormat): string {
  const part = (type: string) => format.formatToParts(ms).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}`;
}

/** UTC offset in minutes at an instant, measured with Intl. */
function offsetAt(ms: number, format: Intl.DateTimeFormat): number {
  return (Date.parse(`${wallTimeOf(ms, format)}Z`) - ms) / 60_000;
}

/**
 * The occurrence starts at the requested wall time, or — only when that time does not exist that
 * day — later by exactly the length of the daylight-saving gap.
 */
function expectRequestedWallTime(occurrence: Occurrence, time: string, zone: string): void {
  const format = wallClock(zone);
  const startMs = Date.parse(occurrence.utcStart);
  expect(wallTimeOf(startMs, format)).toBe(occurrence.localStart);
  const requested = `${occurrence.localStart.slice(0, 10)}T${time}`;
  if (occurrence.localStart === requested) return;
  const gapMinutes = offsetAt(startMs, format) - offsetAt(startMs - 6 * 3_600_000, format);
  expect(gapMinutes).toBeGreaterThan(0);
  expect(Date.parse(`${occurrence.localStart}Z`) - Date.parse(`${requested}Z`)).toBe(
    gapMinutes * 60_000,
  );
}

describe('expandOccurrences (property)', () => {
  it('yields the dates rrule yields, at the series wall-clock time in every zone', () => {
    fc.assert(
      fc.property(
        pattern,
        startDate,
        timeOfDay,
        rangeEnd,
        fc.constantFrom(...ZONES),
        (p, start, time, end, [zone, iana]) => {
          const recurrence: PatternedRecurrence = {
            pattern: p,
            range:
              'count' in end
                ? { type: 'numbered', startDate: start, numberOfOccurrences: end.count }
                : { type: 'endDate', startDate: start, endDate: addDays(start, end.days) },
          };
          const expected = rruleDates({ pattern: p, startDate: start, time, end });
          const expand = () =>
            expandOccurrences({
              start: { dateTime: `${start}T${time}`, timeZone: zone },
              durationMinutes: 45,
              recurrence,
            });
          if (expected.length === 0) {
            expect(expand).toThrow(/has no meeting between/);
            return;
          }
          const occurrences = expand();
          expect(occurrences.map((o) => o.localStart.slice(0, 10))).toEqual(expected);
          expect(occurrences.map((o) => o.sequence)).toEqual(expected.map((_, i) => i));
          for (const occurrence of occurrences) {
            expectRequestedWallTime(occurrence, time, iana);
            expect(Date.parse(occurrence.utcEnd) - Date.parse(occurrence.utcStart)).toBe(
              45 * 60_000,
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('lists a window years into a series exactly as that slice of the whole series', () => {
    fc.assert(
      fc.property(
        pattern,
        startDate,
        timeOfDay,
        fc.constantFrom(...ZONES),
        fc.integer({ min: -40, max: 400 }),
        fc.integer({ min: 1, max: 120 }),
        (p, start, time, [zone], offsetDays, lengthDays) => {
          const options = {
            start: { dateTime: `${start}T${time}`, timeZone: zone },
            durationMinutes: 90,
            recurrence: { pattern: p, range: { type: 'noEnd', startDate: start } } as const,
          };
          const from = Date.parse(`${addDays(start, offsetDays)}T00:00:00Z`);
          const to = from + lengthDays * 86_400_000;
          const all = expandOccurrences({
            ...options,
            window: {
              from: new Date(
                Math.min(from, Date.parse(`${start}T00:00:00Z`)) - 2 * 86_400_000,
              ).toISOString(),
              to: new Date(to).toISOString(),
            },
          });
          const expected = all.filter(
            (o) => Date.parse(o.utcStart) < to && Date.parse(o.utcEnd) > from,
          );
          const windowed = expandOccurrences({
            ...options,
            window: { from: new Date(from).toISOString(), to: new Date(to).toISOString() },
          });
          expect(windowed).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });
});
