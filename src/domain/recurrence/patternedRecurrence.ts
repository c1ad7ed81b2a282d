import * as z from 'zod/mini';
import { parseWith, zodMessage } from '../errors';
import { isKnownTimeZone, unknownTimeZoneMessage, type TimeZoneName } from '../timeZone';
import { endsBeforeStart, rangeDateSchema } from './rangeDates';

/**
 * The domain's copy of Microsoft Graph's `patternedRecurrence` (v1.0 metadata: complex types
 * `recurrencePattern`, `recurrenceRange`, enums `recurrencePatternType`, `recurrenceRangeType`,
 * `dayOfWeek`, `weekIndex`). The property names and enum values are Graph's own, so `src/graph` can
 * send a value of these types as the `recurrence` of an event without mapping, and read Graph's
 * answer back through {@link validateRecurrence}.
 */

/** Graph's `dayOfWeek` enum, in its numeric order (sunday = 0). */
export const DAYS_OF_WEEK = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];

/** Graph's `weekIndex` enum: which of the matching days of a month ("the first Tuesday"). */
export const WEEK_INDEXES = ['first', 'second', 'third', 'fourth', 'last'] as const;
export type WeekIndex = (typeof WEEK_INDEXES)[number];

/** Graph's `recurrencePatternType` enum. */
export const RECURRENCE_PATTERN_TYPES = [
  'daily',
  'weekly',
  'absoluteMonthly',
  'relativeMonthly',
  'absoluteYearly',
  'relativeYearly',
] as const;
export type RecurrencePatternType = (typeof RECURRENCE_PATTERN_TYPES)[number];

/** Graph's `recurrenceRangeType` enum. */
export const RECURRENCE_RANGE_TYPES = ['endDate', 'noEnd', 'numbered'] as const;
export type RecurrenceRangeType = (typeof RECURRENCE_RANGE_TYPES)[number];

/** Exchange accepts intervals from 1 to 99 (days, weeks, months or years, by pattern type). */
export const MIN_INTERVAL = 1;
export const MAX_INTERVAL = 99;
/** Outlook's own ceiling for "end after N occurrences". */
export const MAX_NUMBER_OF_OCCURRENCES = 999;
/** Graph's documented default when `firstDayOfWeek` is omitted. */
export const DEFAULT_FIRST_DAY_OF_WEEK: DayOfWeek = 'sunday';
/** Graph's documented default when `index` is omitted. */
export const DEFAULT_WEEK_INDEX: WeekIndex = 'first';

/**
 * How often a series repeats: Graph's `recurrencePattern`. Which properties matter depends on
 * `type`; the others may be absent, or carry Graph's placeholders (`0`, `[]`) as Graph returns them.
 */
export interface RecurrencePattern {
  readonly type: RecurrencePatternType;
  /** Days, weeks, months or years between occurrences (by `type`), 1–99. */
  readonly interval: number;
  /** 1–12, for the yearly types. */
  readonly month?: number;
  /** 1–31, for the absolute types; a day the month lacks means the month's last day. */
  readonly dayOfMonth?: number;
  /** Weekly: the days of each week. Relative types: the days counted by `index`. */
  readonly daysOfWeek?: readonly DayOfWeek[];
  /** Weekly: the day that starts a week, which decides which weeks an interval skips. */
  readonly firstDayOfWeek?: DayOfWeek;
  /** Relative types: which matching day of the month; default `first`. */
  readonly index?: WeekIndex;
}

/** For how long a series repeats: Graph's `recurrenceRange`. Dates are `YYYY-MM-DD`. */
export interface RecurrenceRange {
  readonly type: RecurrenceRangeType;
  /** The date the pattern starts applying; the first occurrence is the first match on or after it. */
  readonly startDate: string;
  /** `endDate` ranges: the last date an occurrence may fall on (inclusive). */
  readonly endDate?: string;
  /** `numbered` ranges: how many occurrences, counted from the first match. */
  readonly numberOfOccurrences?: number;
  /** The zone `startDate`/`endDate` are read in (Windows or IANA); default: the event's zone. */
  readonly recurrenceTimeZone?: TimeZoneName;
}

/** Graph's `patternedRecurrence`: the `recurrence` property of a series master event. */
export interface PatternedRecurrence {
  readonly pattern: RecurrencePattern;
  readonly range: RecurrenceRange;
}

/** Graph writes enum values in camelCase but its docs (and some clients) capitalise them. */
function caseInsensitiveEnum<const T extends readonly [string, ...string[]]>(
  values: T,
  message: string,
) {
  const byLowerCase = new Map(values.map((value) => [value.toLowerCase(), value]));
  return z.pipe(
    z.string({ error: message }),
    z.transform((text: string, ctx) => {
      const value = byLowerCase.get(text.trim().toLowerCase());
      // zod/mini's transforms have no `addIssue`: the issue is pushed as it would have added it,
      // without `continue`, so it stops the parse here.
      if (value === undefined) ctx.issues.push({ code: 'custom', message, input: text });
      return value as T[number];
    }),
  );
}

/** Graph sends `null` for properties it has no value for; treat it as absent. */
function nullable<S extends z.ZodMiniType>(schema: S) {
  return z.pipe(
    z.transform<unknown, unknown>((value) => (value === null ? undefined : value)),
    z.optional(schema),
  );
}

const dayOfWeekSchema = caseInsensitiveEnum(
  DAYS_OF_WEEK,
  'Use a day of the week: sunday, monday, tuesday, wednesday, thursday, friday or saturday',
);

const wholeNumber = (message: string) =>
  z.number({ error: message }).check(z.int({ error: message }));

// The objects word a wrong type themselves (`error: zodMessage`), as `patternedRecurrenceSchema` is
// exported and may be parsed without `validateRecurrence`.
const patternSchema = z.object(
  {
    type: caseInsensitiveEnum(
      RECURRENCE_PATTERN_TYPES,
      `Choose how the series repeats: ${RECURRENCE_PATTERN_TYPES.join(', ')}`,
    ),
    interval: wholeNumber('Interval must be a whole number from 1 to 99'),
    month: nullable(wholeNumber('Month must be a whole number from 1 (January) to 12 (December)')),
    dayOfMonth: nullable(wholeNumber('Day of the month must be a whole number from 1 to 31')),
    daysOfWeek: nullable(z.array(dayOfWeekSchema, { error: 'Days of the week must be a list' })),
    firstDayOfWeek: nullable(dayOfWeekSchema),
    index: nullable(
      caseInsensitiveEnum(WEEK_INDEXES, 'Choose which week: first, second, third, fourth or last'),
    ),
  },
  { error: zodMessage },
);

const rangeSchema = z.object(
  {
    type: caseInsensitiveEnum(
      RECURRENCE_RANGE_TYPES,
      'Choose how the series ends: endDate, noEnd or numbered',
    ),
    startDate: rangeDateSchema('start date'),
    endDate: nullable(rangeDateSchema('end date')),
    numberOfOccurrences: nullable(
      wholeNumber(
        `Number of meetings must be a whole number from 1 to ${MAX_NUMBER_OF_OCCURRENCES}`,
      ),
    ),
    recurrenceTimeZone: nullable(z.string({ error: 'The time zone must be a name' })),
  },
  { error: zodMessage },
);

type ParsedPattern = z.output<typeof patternSchema>;
type ParsedRange = z.output<typeof rangeSchema>;
type IssueSink = (path: readonly string[], message: string) => void;

const INTERVAL_UNIT: Record<RecurrencePatternType, string> = {
  daily: 'days',
  weekly: 'weeks',
  absoluteMonthly: 'months',
  relativeMonthly: 'months',
  absoluteYearly: 'years',
  relativeYearly: 'years',
};

const isWeeklyOrRelative = (type: RecurrencePatternType): boolean =>
  type === 'weekly' || type === 'relativeMonthly' || type === 'relativeYearly';
const isAbsolute = (type: RecurrencePatternType): boolean =>
  type === 'absoluteMonthly' || type === 'absoluteYearly';
const isYearly = (type: RecurrencePatternType): boolean =>
  type === 'absoluteYearly' || type === 'relativeYearly';

function checkPattern(pattern: ParsedPattern, report: IssueSink): void {
  const { type, interval } = pattern;
  if (interval < MIN_INTERVAL || interval > MAX_INTERVAL) {
    report(
      ['interval'],
      `Interval must be a whole number of ${INTERVAL_UNIT[type]} from ${MIN_INTERVAL} to ${MAX_INTERVAL}`,
    );
  }
  if (isWeeklyOrRelative(type) && (pattern.daysOfWeek ?? []).length === 0) {
    report(
      ['daysOfWeek'],
      type === 'weekly'
        ? 'Choose at least one day of the week for a weekly series'
        : 'Choose the day of the week the meeting falls on (for example tuesday)',
    );
  }
  if (isAbsolute(type) && !isInRange(pattern.dayOfMonth, 1, 31)) {
    report(['dayOfMonth'], 'Day of the month must be a whole number from 1 to 31');
  }
  if (isYearly(type) && !isInRange(pattern.month, 1, 12)) {
    report(['month'], 'Month must be a whole number from 1 (January) to 12 (December)');
  }
}

function checkRange(range: ParsedRange, report: IssueSink): void {
  if (range.type === 'endDate') checkEndDate(range, report);
  if (
    range.type === 'numbered' &&
    !isInRange(range.numberOfOccurrences, 1, MAX_NUMBER_OF_OCCURRENCES)
  ) {
    report(
      ['numberOfOccurrences'],
      `Number of meetings must be a whole number from 1 to ${MAX_NUMBER_OF_OCCURRENCES}`,
    );
  }
  const zone = range.recurrenceTimeZone?.trim();
  if (zone && !isKnownTimeZone(zone)) {
    report(['recurrenceTimeZone'], unknownTimeZoneMessage(zone));
  }
}

function checkEndDate(range: ParsedRange, report: IssueSink): void {
  if (range.endDate === undefined) {
    report(['endDate'], 'Choose the date of the last meeting, or pick a number of meetings');
    return;
  }
  if (endsBeforeStart({ startDate: range.startDate, endDate: range.endDate })) {
    report(['endDate'], `The end date must be on or after the start date (${range.startDate})`);
  }
}

function isInRange(value: number | undefined, min: number, max: number): boolean {
  return value !== undefined && value >= min && value <= max;
}

/**
 * The zod schema behind {@link validateRecurrence}: Graph's shape, with the rules Exchange applies
 * to each pattern and range type.
 */
export const patternedRecurrenceSchema = z
  .object({ pattern: patternSchema, range: rangeSchema }, { error: zodMessage })
  .check(
    z.superRefine((value, ctx) => {
      const sink =
        (prefix: string): IssueSink =>
        (path, message) =>
          ctx.addIssue({ code: 'custom', path: [prefix, ...path], message });
      checkPattern(value.pattern, sink('pattern'));
      checkRange(value.range, sink('range'));
    }),
  );

/**
 * Checks a recurrence the way Exchange would before it is sent to Graph (or after it is read from
 * Graph), and returns it with enum values in Graph's camelCase spelling.
 *
 * Rules: interval 1–99; weekly and relative patterns name at least one day; absolute patterns a
 * day of the month 1–31 (29–31 are allowed: shorter months use their last day); yearly patterns a
 * month 1–12; `endDate` ranges an end date on or after the start date; `numbered` ranges 1–999
 * meetings; a `recurrenceTimeZone`, when given, is a Windows or IANA zone. Properties that do not
 * apply to the type are ignored, so Graph's placeholders (`month: 0`, `endDate: "0001-01-01"`) pass.
 *
 * @param field the prefix for the reported field paths, e.g. `recurrence` → `recurrence.pattern.interval`.
 * @throws ValidationError listing every wrong field.
 */
export function validateRecurrence(input: unknown, field = 'recurrence'): PatternedRecurrence {
  return parseWith(patternedRecurrenceSchema, input, field);
}
