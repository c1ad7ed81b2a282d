import * as z from 'zod/mini';
import { parseCalendarDate } from '../calendarDate';
import { parseWith, ValidationError } from '../errors';
import { isKnownTimeZone, unknownTimeZoneMessage, type TimeZoneName } from '../timeZone';
import {
  DAYS_OF_WEEK,
  DEFAULT_FIRST_DAY_OF_WEEK,
  DEFAULT_WEEK_INDEX,
  type DayOfWeek,
  MAX_INTERVAL,
  MAX_NUMBER_OF_OCCURRENCES,
  type PatternedRecurrence,
  type RecurrencePattern,
  type RecurrenceRange,
  validateRecurrence,
  WEEK_INDEXES,
  type WeekIndex,
} from './patternedRecurrence';
import { endsBeforeStart, rangeDateSchema } from './rangeDates';

/**
 * How often a CX team meets, in the words the cadence planner offers: weekly, every N weeks, on
 * several weekdays, monthly by weekday ("first Tuesday") or by date, quarterly (by weekday or date),
 * yearly. Each kind maps to exactly one Graph pattern and back, so a cadence survives a round trip
 * through Outlook unchanged. Lists of days are in Graph's order (sunday first) without repeats.
 */
export type CadenceFrequency =
  /** Every week on one day. */
  | { readonly kind: 'weekly'; readonly dayOfWeek: DayOfWeek }
  /** Every 2–99 weeks on one or more days (working groups: "every 2 weeks on Tuesday"). */
  | {
      readonly kind: 'everyNWeeks';
      readonly interval: number;
      readonly daysOfWeek: readonly DayOfWeek[];
    }
  /** Every week on two or more days. */
  | { readonly kind: 'severalWeekdays'; readonly daysOfWeek: readonly DayOfWeek[] }
  /** "First Tuesday of every month". */
  | { readonly kind: 'monthlyByWeekday'; readonly week: WeekIndex; readonly dayOfWeek: DayOfWeek }
  /** "Monthly on day 15"; 29–31 fall on the last day of shorter months. */
  | { readonly kind: 'monthlyByDate'; readonly dayOfMonth: number }
  /** Every 3 months on e.g. the last Friday (steering committees). */
  | { readonly kind: 'quarterlyByWeekday'; readonly week: WeekIndex; readonly dayOfWeek: DayOfWeek }
  /** Every 3 months on a day of the month. */
  | { readonly kind: 'quarterlyByDate'; readonly dayOfMonth: number }
  /** Every year on a date, e.g. 15 March. */
  | { readonly kind: 'yearlyByDate'; readonly month: number; readonly dayOfMonth: number }
  /** Every year on e.g. the last Wednesday of November. */
  | {
      readonly kind: 'yearlyByWeekday';
      readonly month: number;
      readonly week: WeekIndex;
      readonly dayOfWeek: DayOfWeek;
    };

export type CadenceFrequencyKind = CadenceFrequency['kind'];

/** For how long a cadence runs. Dates are `YYYY-MM-DD` in the cadence's time zone. */
export type CadenceRange =
  | { readonly kind: 'untilDate'; readonly startDate: string; readonly endDate: string }
  | {
      readonly kind: 'numberOfMeetings';
      readonly startDate: string;
      readonly numberOfMeetings: number;
    }
  | { readonly kind: 'noEnd'; readonly startDate: string };

export type CadenceRangeKind = CadenceRange['kind'];

/** Everything of a cadence that Graph's `patternedRecurrence` carries. */
export interface CadenceRecurrence {
  readonly frequency: CadenceFrequency;
  readonly range: CadenceRange;
  /** The day weeks start on; it decides which weeks "every N weeks" skips. */
  readonly firstDayOfWeek: DayOfWeek;
  /** Graph's `range.recurrenceTimeZone`, when set (Windows or IANA name). */
  readonly recurrenceTimeZone?: TimeZoneName;
}

export interface ToPatternedRecurrenceOptions {
  readonly frequency: CadenceFrequency;
  readonly range: CadenceRange;
  /** Default {@link DEFAULT_FIRST_DAY_OF_WEEK} (Graph's default too). */
  readonly firstDayOfWeek?: DayOfWeek;
  readonly recurrenceTimeZone?: TimeZoneName;
}

/** A quarter is Graph's monthly pattern with an interval of 3 months. */
export const MONTHS_PER_QUARTER = 3;
export const MIN_WEEKS_FOR_EVERY_N_WEEKS = 2;

const dayOfWeekSchema = z.enum(DAYS_OF_WEEK, {
  error: 'Choose a day of the week, such as tuesday',
});
const weekSchema = z.enum(WEEK_INDEXES, {
  error: 'Choose which week: first, second, third, fourth or last',
});
const dayOfMonthSchema = z
  .number({ error: 'Day of the month must be a whole number from 1 to 31' })
  .check(
    z.int({ error: 'Day of the month must be a whole number from 1 to 31' }),
    z.gte(1, { error: 'Day of the month must be a whole number from 1 to 31' }),
    z.lte(31, { error: 'Day of the month must be a whole number from 1 to 31' }),
  );
const monthSchema = z
  .number({ error: 'Month must be a whole number from 1 (January) to 12 (December)' })
  .check(
    z.int({ error: 'Month must be a whole number from 1 (January) to 12 (December)' }),
    z.gte(1, { error: 'Month must be a whole number from 1 (January) to 12 (December)' }),
    z.lte(12, { error: 'Month must be a whole number from 1 (January) to 12 (December)' }),
  );
const daysSchema = (min: number, message: string) =>
  z.array(dayOfWeekSchema, { error: message }).check(
    z.minLength(min, { error: message }),
    z.refine((days) => new Set(days).size === days.length, {
      message: 'Choose each day of the week only once',
    }),
  );
const intervalMessage = `Every N weeks needs a whole number of weeks from ${MIN_WEEKS_FOR_EVERY_N_WEEKS} to ${MAX_INTERVAL} (use weekly for every week)`;

const frequencySchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('weekly'), dayOfWeek: dayOfWeekSchema }),
    z.object({
      kind: z.literal('everyNWeeks'),
      interval: z
        .number({ error: intervalMessage })
        .check(
          z.int({ error: intervalMessage }),
          z.gte(MIN_WEEKS_FOR_EVERY_N_WEEKS, { error: intervalMessage }),
          z.lte(MAX_INTERVAL, { error: intervalMessage }),
        ),
      daysOfWeek: daysSchema(1, 'Choose at least one day of the week'),
    }),
    z.object({
      kind: z.literal('severalWeekdays'),
      daysOfWeek: daysSchema(2, 'Choose two or more days of the week (or use weekly for one day)'),
    }),
    z.object({ kind: z.literal('monthlyByWeekday'), week: weekSchema, dayOfWeek: dayOfWeekSchema }),
    z.object({ kind: z.literal('monthlyByDate'), dayOfMonth: dayOfMonthSchema }),
    z.object({
      kind: z.literal('quarterlyByWeekday'),
      week: weekSchema,
      dayOfWeek: dayOfWeekSchema,
    }),
    z.object({ kind: z.literal('quarterlyByDate'), dayOfMonth: dayOfMonthSchema }),
    z.object({ kind: z.literal('yearlyByDate'), month: monthSchema, dayOfMonth: dayOfMonthSchema }),
    z.object({
      kind: z.literal('yearlyByWeekday'),
      month: monthSchema,
      week: weekSchema,
      dayOfWeek: dayOfWeekSchema,
    }),
  ],
  { error: 'Choose how often the team meets: weekly, every N weeks, monthly, quarterly or yearly' },
);

const rangeSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('untilDate'),
      startDate: rangeDateSchema('start date'),
      endDate: rangeDateSchema('end date'),
    }),
    z.object({
      kind: z.literal('numberOfMeetings'),
      startDate: rangeDateSchema('start date'),
      numberOfMeetings: z.number({ error: 'Number of meetings must be a number' }).check(
        z.int({ error: 'Number of meetings must be a whole number' }),
        z.gte(1, { error: 'Plan at least one meeting' }),
        z.lte(MAX_NUMBER_OF_OCCURRENCES, {
          error: `Outlook plans at most ${MAX_NUMBER_OF_OCCURRENCES} meetings in a series`,
        }),
      ),
    }),
    z.object({ kind: z.literal('noEnd'), startDate: rangeDateSchema('start date') }),
  ],
  { error: 'Choose how the cadence ends: on a date, after a number of meetings, or never' },
);

const optionsSchema = z
  .object({
    frequency: frequencySchema,
    range: rangeSchema,
    firstDayOfWeek: z.optional(dayOfWeekSchema),
    recurrenceTimeZone: z.optional(z.string({ error: 'The time zone must be a name' })),
  })
  .check(
    z.superRefine((options, ctx) => {
      if (options.range.kind === 'untilDate' && endsBeforeStart(options.range)) {
        ctx.addIssue({
          code: 'custom',
          path: ['range', 'endDate'],
          message: `The end date must be on or after the start date (${options.range.startDate})`,
        });
      }
      const zone = options.recurrenceTimeZone;
      if (zone !== undefined && !isKnownTimeZone(zone)) {
        ctx.addIssue({
          code: 'custom',
          path: ['recurrenceTimeZone'],
          message: unknownTimeZoneMessage(zone),
        });
      }
    }),
  );

/**
 * The Graph `patternedRecurrence` for a cadence, ready to send as an event's `recurrence`.
 * Quarterly kinds are monthly patterns with an interval of 3. Besides the properties the pattern
 * type uses, every pattern carries `firstDayOfWeek` (Graph accepts it on any type and returns it
 * on every series), so the cadence's week start survives a round trip.
 *
 * @example toPatternedRecurrence({ frequency: { kind: 'monthlyByWeekday', week: 'first',
 *   dayOfWeek: 'tuesday' }, range: { kind: 'noEnd', startDate: '2025-09-02' } })
 *   // pattern { type: 'relativeMonthly', interval: 1, daysOfWeek: ['tuesday'], index: 'first',
 *   //           firstDayOfWeek: 'sunday' }
 * @throws ValidationError naming every wrong field (including Graph's own range rules).
 */
export function toPatternedRecurrence(options: ToPatternedRecurrenceOptions): PatternedRecurrence {
  const parsed = parseWith(optionsSchema, options);
  const recurrence: PatternedRecurrence = {
    pattern: {
      ...patternOf(parsed.frequency),
      firstDayOfWeek: parsed.firstDayOfWeek ?? DEFAULT_FIRST_DAY_OF_WEEK,
    },
    range: rangeOf(parsed.range, parsed.recurrenceTimeZone),
  };
  return validateRecurrence(recurrence);
}

function patternOf(frequency: CadenceFrequency): RecurrencePattern {
  switch (frequency.kind) {
    case 'weekly':
      return weeklyPattern(1, [frequency.dayOfWeek]);
    case 'everyNWeeks':
      return weeklyPattern(frequency.interval, frequency.daysOfWeek);
    case 'severalWeekdays':
      return weeklyPattern(1, frequency.daysOfWeek);
    case 'monthlyByWeekday':
    case 'quarterlyByWeekday':
      return {
        type: 'relativeMonthly',
        interval: frequency.kind === 'monthlyByWeekday' ? 1 : MONTHS_PER_QUARTER,
        daysOfWeek: [frequency.dayOfWeek],
        index: frequency.week,
      };
    case 'monthlyByDate':
    case 'quarterlyByDate':
      return {
        type: 'absoluteMonthly',
        interval: frequency.kind === 'monthlyByDate' ? 1 : MONTHS_PER_QUARTER,
        dayOfMonth: frequency.dayOfMonth,
      };
    case 'yearlyByDate':
      return {
        type: 'absoluteYearly',
        interval: 1,
        month: frequency.month,
        dayOfMonth: frequency.dayOfMonth,
      };
    case 'yearlyByWeekday':
      return {
        type: 'relativeYearly',
        interval: 1,
        month: frequency.month,
        daysOfWeek: [frequency.dayOfWeek],
        index: frequency.week,
      };
  }
}

function weeklyPattern(interval: number, days: readonly DayOfWeek[]): RecurrencePattern {
  return { type: 'weekly', interval, daysOfWeek: inWeekOrder(days) };
}

function rangeOf(range: CadenceRange, recurrenceTimeZone: string | undefined): RecurrenceRange {
  const zone = recurrenceTimeZone === undefined ? {} : { recurrenceTimeZone };
  switch (range.kind) {
    case 'untilDate':
      return { type: 'endDate', startDate: range.startDate, endDate: range.endDate, ...zone };
    case 'numberOfMeetings':
      return {
        type: 'numbered',
        startDate: range.startDate,
        numberOfOccurrences: range.numberOfMeetings,
        ...zone,
      };
    case 'noEnd':
      return { type: 'noEnd', startDate: range.startDate, ...zone };
  }
}

/**
 * The cadence a Graph `patternedRecurrence` describes; the inverse of {@link toPatternedRecurrence}
 * (for any cadence `c`, `fromPatternedRecurrence(toPatternedRecurrence(c))` gives `c` back).
 * Properties Graph fills in but the pattern type ignores (`month: 0`, `index` on a weekly pattern)
 * are ignored here too.
 *
 * @throws ValidationError when the recurrence is invalid, or is one the planner does not offer
 *   (daily; every 2 months; the first weekday of a month; every 2 years…), saying which.
 */
export function fromPatternedRecurrence(input: PatternedRecurrence): CadenceRecurrence {
  const { pattern, range } = validateRecurrence(input);
  const recurrenceTimeZone = range.recurrenceTimeZone?.trim();
  return {
    frequency: frequencyOf(pattern),
    range: cadenceRangeOf(range),
    firstDayOfWeek: pattern.firstDayOfWeek ?? DEFAULT_FIRST_DAY_OF_WEEK,
    ...(recurrenceTimeZone ? { recurrenceTimeZone } : {}),
  };
}

function frequencyOf(pattern: RecurrencePattern): CadenceFrequency {
  const days = inWeekOrder(pattern.daysOfWeek ?? []);
  switch (pattern.type) {
    case 'daily':
      throw unsupported('type', 'repeats daily');
    case 'weekly':
      return weeklyFrequency(pattern.interval, days);
    case 'relativeMonthly':
      return monthlyByWeekday(pattern, singleDay(days));
    case 'absoluteMonthly':
      return monthlyByDate(pattern.interval, pattern.dayOfMonth ?? 1);
    case 'absoluteYearly':
      requireYearlyInterval(pattern.interval);
      return {
        kind: 'yearlyByDate',
        month: pattern.month ?? 1,
        dayOfMonth: pattern.dayOfMonth ?? 1,
      };
    case 'relativeYearly':
      requireYearlyInterval(pattern.interval);
      return {
        kind: 'yearlyByWeekday',
        month: pattern.month ?? 1,
        week: pattern.index ?? DEFAULT_WEEK_INDEX,
        dayOfWeek: singleDay(days),
      };
  }
}

function weeklyFrequency(interval: number, days: readonly DayOfWeek[]): CadenceFrequency {
  if (interval > 1) return { kind: 'everyNWeeks', interval, daysOfWeek: days };
  const [only, ...others] = days;
  if (only !== undefined && others.length === 0) return { kind: 'weekly', dayOfWeek: only };
  return { kind: 'severalWeekdays', daysOfWeek: days };
}

function monthlyByWeekday(pattern: RecurrencePattern, dayOfWeek: DayOfWeek): CadenceFrequency {
  const week = pattern.index ?? DEFAULT_WEEK_INDEX;
  if (pattern.interval === 1) return { kind: 'monthlyByWeekday', week, dayOfWeek };
  if (pattern.interval === MONTHS_PER_QUARTER)
    return { kind: 'quarterlyByWeekday', week, dayOfWeek };
  throw unsupported('interval', `repeats every ${pattern.interval} months`);
}

function monthlyByDate(interval: number, dayOfMonth: number): CadenceFrequency {
  if (interval === 1) return { kind: 'monthlyByDate', dayOfMonth };
  if (interval === MONTHS_PER_QUARTER) return { kind: 'quarterlyByDate', dayOfMonth };
  throw unsupported('interval', `repeats every ${interval} months`);
}

function requireYearlyInterval(interval: number): void {
  if (interval !== 1) throw unsupported('interval', `repeats every ${interval} years`);
}

function singleDay(days: readonly DayOfWeek[]): DayOfWeek {
  const [only, ...others] = days;
  if (only === undefined || others.length > 0) {
    throw unsupported('daysOfWeek', `falls on one of several days (${days.join(', ')})`);
  }
  return only;
}

function unsupported(field: string, what: string): ValidationError {
  return ValidationError.single(
    `recurrence.pattern.${field}`,
    `This Outlook series ${what}, which is not a CX cadence: choose weekly, every N weeks, monthly, quarterly or yearly`,
  );
}

function cadenceRangeOf(range: RecurrenceRange): CadenceRange {
  switch (range.type) {
    case 'endDate':
      return {
        kind: 'untilDate',
        startDate: range.startDate,
        endDate: range.endDate ?? range.startDate,
      };
    case 'numbered':
      return {
        kind: 'numberOfMeetings',
        startDate: range.startDate,
        numberOfMeetings: range.numberOfOccurrences ?? 1,
      };
    case 'noEnd':
      return { kind: 'noEnd', startDate: range.startDate };
  }
}

function inWeekOrder(days: readonly DayOfWeek[]): DayOfWeek[] {
  return DAYS_OF_WEEK.filter((day) => days.includes(day));
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

/**
 * A cadence in plain English for the planner, the hub and invites, e.g. "Every 2 weeks on
 * Tuesday", "First Tuesday of every month", "Quarterly on day 15", "Last Friday of every 3 months".
 * With a range it adds when the cadence runs: "…, from March 4, 2025 until June 24, 2025".
 * Days 29–31 mention that shorter months use their last day, as Outlook does.
 */
export function describeCadence(frequency: CadenceFrequency, range?: CadenceRange): string {
  const text = describeFrequency(frequency);
  return range ? `${text}, ${describeRange(range)}` : text;
}

function describeFrequency(frequency: CadenceFrequency): string {
  switch (frequency.kind) {
    case 'weekly':
      return `Weekly on ${dayName(frequency.dayOfWeek)}`;
    case 'severalWeekdays':
      return isEveryWeekday(frequency.daysOfWeek)
        ? 'Every weekday (Monday to Friday)'
        : `Weekly on ${listOfDays(frequency.daysOfWeek)}`;
    case 'everyNWeeks':
      return `Every ${frequency.interval} weeks on ${listOfDays(frequency.daysOfWeek)}`;
    case 'monthlyByWeekday':
      return `${capitalise(frequency.week)} ${dayName(frequency.dayOfWeek)} of every month`;
    case 'monthlyByDate':
      return `Monthly on day ${frequency.dayOfMonth}${shortMonthNote(frequency.dayOfMonth)}`;
    case 'quarterlyByWeekday':
      return `${capitalise(frequency.week)} ${dayName(frequency.dayOfWeek)} of every ${MONTHS_PER_QUARTER} months`;
    case 'quarterlyByDate':
      return `Quarterly on day ${frequency.dayOfMonth}${shortMonthNote(frequency.dayOfMonth)}`;
    case 'yearlyByDate':
      return `Yearly on ${monthName(frequency.month)} ${frequency.dayOfMonth}${shortMonthNote(frequency.dayOfMonth)}`;
    case 'yearlyByWeekday':
      return `${capitalise(frequency.week)} ${dayName(frequency.dayOfWeek)} of ${monthName(frequency.month)} every year`;
  }
}

function describeRange(range: CadenceRange): string {
  const from = `from ${longDate(range.startDate)}`;
  switch (range.kind) {
    case 'untilDate':
      return `${from} until ${longDate(range.endDate)}`;
    case 'numberOfMeetings':
      return `${from}, ${range.numberOfMeetings} ${range.numberOfMeetings === 1 ? 'meeting' : 'meetings'}`;
    case 'noEnd':
      return `${from}, no end date`;
  }
}

function shortMonthNote(dayOfMonth: number): string {
  return dayOfMonth >= 29 ? ' (or the last day of shorter months)' : '';
}

function isEveryWeekday(days: readonly DayOfWeek[]): boolean {
  return days.length === WEEKDAYS.length && WEEKDAYS.every((day) => days.includes(day));
}

function listOfDays(days: readonly DayOfWeek[]): string {
  const names = inWeekOrder(days).map(dayName);
  const last = names.pop();
  return names.length === 0 ? (last ?? '') : `${names.join(', ')} and ${last}`;
}

function dayName(day: DayOfWeek): string {
  return capitalise(day);
}

function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "March 4, 2025": unambiguous in every English locale, unlike 4/3/2025. */
function longDate(isoDate: string): string {
  const date = parseCalendarDate(isoDate);
  if (!date) return isoDate;
  return `${monthName(date.month)} ${date.day}, ${date.year}`;
}
