import { DateTime, IANAZone } from 'luxon';
import * as z from 'zod/mini';
import { type DayNumber, dayNumberOf, isCalendarDate, parseDayNumber } from '../calendarDate';
import { parseWith, ValidationError } from '../errors';
import { occurrenceId, type OccurrenceId } from '../ids';
import { type IanaZone, resolveIanaZone, type TimeZoneName } from '../timeZone';
import { type PatternedRecurrence, validateRecurrence } from './patternedRecurrence';
import { planSeries, type SeriesPlan } from './seriesPlan';

/**
 * Expands a Graph `patternedRecurrence` into its occurrences the way Exchange does, so the planner
 * can score every meeting of a series (free/busy, working hours, presenter rotation) before the
 * series exists, and the emulator can answer `/events/{id}/instances` like Exchange.
 *
 * Exchange's rules, as implemented (sources: Graph "Schedule repeating appointments as recurring
 * events in Outlook", the `recurrencePattern`/`recurrenceRange` reference, MS-OXOCAL §2.2.1.44.1,
 * EWS `AbsoluteMonthlyRecurrence`):
 * - The first occurrence is the first date on or after `range.startDate` that fits the pattern;
 *   `startDate` need not fit it itself.
 * - Every occurrence starts at the series start's wall-clock time in the series zone, whatever
 *   the UTC offset that day: a 09:00 Pacific meeting is 17:00Z in winter and 16:00Z in summer.
 * - daily: every `interval` days from the first occurrence.
 * - weekly: weeks begin on `firstDayOfWeek` (default sunday) and are counted from the week that
 *   contains `startDate`; only every `interval`-th week has occurrences.
 * - absoluteMonthly / absoluteYearly: a `dayOfMonth` the month lacks (31 in April, 29 February in a
 *   common year) falls on the month's last day.
 * - relativeMonthly / relativeYearly: the `index`-th day of the month whose weekday is listed in
 *   `daysOfWeek` (`[monday…friday]` + `first` = the first weekday), `last` = the last such day.
 * - monthly and yearly intervals count from the first occurrence's month (Graph's example:
 *   "first Thursday of every other month" from 29 August 2017 starts in September).
 * - `endDate` is inclusive and read in `range.recurrenceTimeZone` (default: the series zone);
 *   `numbered` counts occurrences from the first one; `noEnd` needs a window or a maximum count.
 */

/** The start of the series master: Graph's `dateTimeTimeZone`. */
export interface SeriesStart {
  /** Wall-clock `YYYY-MM-DDTHH:mm:ss` (Graph's fractional seconds are accepted and dropped). */
  readonly dateTime: string;
  /** Windows ("Pacific Standard Time") or IANA ("America/Los_Angeles") name. */
  readonly timeZone: TimeZoneName;
}

/** A span of time; an occurrence is in it when it overlaps it, as in Graph's calendarView. */
export interface OccurrenceWindow {
  /** ISO 8601 instant with an offset or `Z`, inclusive. */
  readonly from: string;
  /** ISO 8601 instant with an offset or `Z`, exclusive. */
  readonly to: string;
}

export interface ExpandOccurrencesOptions {
  readonly start: SeriesStart;
  /** Length of each occurrence in minutes, 0 to {@link MAX_DURATION_MINUTES}. */
  readonly durationMinutes: number;
  readonly recurrence: PatternedRecurrence;
  /** Only occurrences overlapping this window. */
  readonly window?: OccurrenceWindow;
  /** At most this many occurrences (the first ones, after the window is applied). */
  readonly maxCount?: number;
}

/** One meeting of a series. */
export interface Occurrence {
  /** Stable id: the occurrence's original UTC start, e.g. `2025-03-04T17:00:00Z`. */
  readonly id: OccurrenceId;
  /** 0 for the series' first occurrence, counted over the whole series (not the window). */
  readonly sequence: number;
  /** The IANA zone the local times are in. */
  readonly timeZone: IanaZone;
  /** Wall-clock start in the series zone, `YYYY-MM-DDTHH:mm:ss`. */
  readonly localStart: string;
  /** Wall-clock end in the series zone, `YYYY-MM-DDTHH:mm:ss`. */
  readonly localEnd: string;
  /** `YYYY-MM-DDTHH:mm:ssZ`. */
  readonly utcStart: string;
  /** `YYYY-MM-DDTHH:mm:ssZ`. */
  readonly utcEnd: string;
}

/** The most occurrences one expansion returns: more is a mistake (ask for a window or a count). */
export const MAX_EXPANDED_OCCURRENCES = 5000;
/** A meeting longer than a week is not a meeting. */
export const MAX_DURATION_MINUTES = 7 * 24 * 60;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
/** An instant must say its offset: a bare local time would be read in the machine's zone. */
const HAS_OFFSET = /T.*(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;
const SERIES_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const instantSchema = (what: string) =>
  z.string({ error: `The window ${what} must be an ISO date-time` }).check(
    z.refine((text) => HAS_OFFSET.test(text) && DateTime.fromISO(text, { setZone: true }).isValid, {
      message: `The window ${what} must be an ISO date-time with an offset, such as 2025-03-01T00:00:00Z`,
    }),
  );

const optionsSchema = z.object({
  start: z.object({
    dateTime: z.string({ error: 'The start must be a date and time' }).check(
      z.refine((text) => parseTimeOfDay(text) !== undefined, {
        message: 'The start must be a real date and time written YYYY-MM-DDTHH:mm:ss',
      }),
    ),
    timeZone: z.string({ error: 'Choose the time zone of the meeting' }),
  }),
  durationMinutes: z.number({ error: 'Duration must be a number of minutes' }).check(
    z.int({ error: 'Duration must be a whole number of minutes' }),
    z.gte(0, { error: 'Duration cannot be negative' }),
    z.lte(MAX_DURATION_MINUTES, {
      error: `Duration must be at most ${MAX_DURATION_MINUTES} minutes (one week)`,
    }),
  ),
  window: z.optional(
    z.object({ from: instantSchema('start'), to: instantSchema('end') }).check(
      z.refine((w) => toMillis(w.from) < toMillis(w.to), {
        message: 'The window must end after it starts',
        path: ['to'],
      }),
    ),
  ),
  maxCount: z.optional(
    z.number({ error: 'The maximum count must be a number' }).check(
      z.int({ error: 'The maximum count must be a whole number' }),
      z.gte(1, { error: 'The maximum count must be at least 1' }),
      z.lte(MAX_EXPANDED_OCCURRENCES, {
        error: `The maximum count must be at most ${MAX_EXPANDED_OCCURRENCES}`,
      }),
    ),
  ),
});

/**
 * The occurrences of a series, in order, optionally limited to a window and/or a count.
 *
 * Only the time of day of `start.dateTime` matters: the dates come from the recurrence (Graph
 * requires `range.startDate` to be the start's date anyway).
 *
 * Daylight saving (RFC 5545 §3.3.5 semantics, which Exchange's "keep the wall-clock time" rule
 * needs a decision for): a local time that does not exist that day (spring-forward gap) moves
 * forward by the length of the gap; a local time that happens twice (fall-back) is the first of
 * the two, still on the daylight offset.
 *
 * @example Weekly on Tuesday 09:00 "Pacific Standard Time" from 2025-03-04, 2 meetings:
 *   → 2025-03-04T09:00:00 local = `2025-03-04T17:00:00Z`,
 *     2025-03-11T09:00:00 local = `2025-03-11T16:00:00Z` (daylight time began on 9 March).
 * @example A 02:30 meeting in Los Angeles on 2025-03-09 (clocks jump 02:00 → 03:00) starts at
 *   03:30 local = `2025-03-09T10:30:00Z`.
 * @throws ValidationError for bad input (every wrong field), for a `noEnd` series with neither a
 *   window nor a maximum count, when the series has no occurrence at all, or when more than
 *   {@link MAX_EXPANDED_OCCURRENCES} would be returned.
 */
export function expandOccurrences(options: ExpandOccurrencesOptions): Occurrence[] {
  const parsed = parseWith(optionsSchema, options);
  const recurrence = validateRecurrence(options.recurrence);
  const zone = resolveIanaZone(parsed.start.timeZone, 'start.timeZone');
  const series = describeSeries({ recurrence, zone, start: parsed.start.dateTime });
  if (recurrence.range.type === 'noEnd' && !parsed.window && parsed.maxCount === undefined) {
    throw ValidationError.single(
      'window',
      'This cadence has no end: give a window (from, to) or a maximum number of meetings to list',
    );
  }
  assertHasOccurrence(series, recurrence);
  return collect({
    series,
    durationMs: parsed.durationMinutes * MS_PER_MINUTE,
    window: parsed.window && { from: toMillis(parsed.window.from), to: toMillis(parsed.window.to) },
    maxCount: parsed.maxCount,
  });
}

interface Series {
  readonly plan: SeriesPlan;
  readonly zone: IanaZone;
  readonly time: TimeOfDay;
  /** Numbered ranges: how many occurrences in all. */
  readonly total: number;
  /** Is this occurrence (by date and start instant) past the range's end? */
  readonly isPastEnd: (day: DayNumber, startMs: number) => boolean;
}

function describeSeries(input: {
  recurrence: PatternedRecurrence;
  zone: IanaZone;
  start: string;
}): Series {
  const { range } = input.recurrence;
  const startDay = parseDayNumber(range.startDate) ?? 0;
  return {
    plan: planSeries(input.recurrence.pattern, startDay),
    zone: input.zone,
    time: parseTimeOfDay(input.start) ?? { hour: 0, minute: 0, second: 0 },
    total: range.type === 'numbered' ? (range.numberOfOccurrences ?? 1) : Infinity,
    isPastEnd: endRule(input.recurrence, input.zone),
  };
}

/**
 * `endDate` is inclusive. In the series zone it is a date comparison; in another
 * `recurrenceTimeZone` an occurrence counts when it starts before the next midnight there.
 */
function endRule(
  recurrence: PatternedRecurrence,
  zone: IanaZone,
): (day: DayNumber, startMs: number) => boolean {
  const { range } = recurrence;
  const endDay =
    range.type === 'endDate' && range.endDate ? parseDayNumber(range.endDate) : undefined;
  if (endDay === undefined) return () => false;
  const rangeZone = range.recurrenceTimeZone?.trim()
    ? resolveIanaZone(range.recurrenceTimeZone, 'recurrence.range.recurrenceTimeZone')
    : zone;
  if (rangeZone === zone) return (day) => day > endDay;
  const endMs = wallTimeToMillis(endDay + 1, { hour: 0, minute: 0, second: 0 }, rangeZone);
  return (_day, startMs) => startMs >= endMs;
}

function firstOccurrenceDay(plan: SeriesPlan): DayNumber {
  // The first week of a weekly series may hold no date on or after the start date; the next one does.
  return plan.datesIn(0)[0] ?? plan.datesIn(1)[0] ?? 0;
}

function assertHasOccurrence(series: Series, recurrence: PatternedRecurrence): void {
  const day = firstOccurrenceDay(series.plan);
  if (!series.isPastEnd(day, wallTimeToMillis(day, series.time, series.zone))) return;
  const { startDate, endDate } = recurrence.range;
  throw ValidationError.single(
    'recurrence.range',
    `This cadence has no meeting between ${startDate} and ${endDate}: check the start date, end date and days`,
  );
}

function collect(input: {
  series: Series;
  durationMs: number;
  window: { from: number; to: number } | undefined;
  maxCount: number | undefined;
}): Occurrence[] {
  const { series, durationMs, window } = input;
  const limit = input.maxCount ?? MAX_EXPANDED_OCCURRENCES + 1;
  const occurrences: Occurrence[] = [];
  for (let period = firstPeriod(series, input); ; period += 1) {
    const before = series.plan.countBefore(period);
    for (const [position, day] of series.plan.datesIn(period).entries()) {
      const sequence = before + position;
      const startMs = wallTimeToMillis(day, series.time, series.zone);
      const isDone =
        sequence >= series.total ||
        series.isPastEnd(day, startMs) ||
        (window !== undefined && startMs >= window.to);
      if (isDone) return checkedCount(occurrences, input.maxCount);
      if (window && !overlaps({ startMs, endMs: startMs + durationMs }, window)) continue;
      occurrences.push(toOccurrence({ sequence, startMs, durationMs, zone: series.zone }));
      if (occurrences.length >= limit) return checkedCount(occurrences, input.maxCount);
    }
  }
}

/** Jump straight to the period the window starts in (less a day and the duration, for safety). */
function firstPeriod(
  series: Series,
  input: { durationMs: number; window: { from: number; to: number } | undefined },
): number {
  if (!input.window) return 0;
  const earliest = input.window.from - input.durationMs - MS_PER_DAY;
  const local = DateTime.fromMillis(earliest, { zone: series.zone });
  const day = dayNumberOf({ year: local.year, month: local.month, day: local.day });
  return Math.max(0, series.plan.periodOf(day));
}

function checkedCount(occurrences: Occurrence[], maxCount: number | undefined): Occurrence[] {
  if (maxCount === undefined && occurrences.length > MAX_EXPANDED_OCCURRENCES) {
    throw ValidationError.single(
      'window',
      `This cadence has more than ${MAX_EXPANDED_OCCURRENCES} meetings in the period asked for: ask for a shorter window or a maximum number of meetings`,
    );
  }
  return occurrences;
}

/** Graph's calendarView rule: overlapping, and a zero-length meeting counts at its start. */
function overlaps(
  occurrence: { startMs: number; endMs: number },
  window: { from: number; to: number },
): boolean {
  if (occurrence.startMs >= window.to) return false;
  return occurrence.endMs > window.from || occurrence.startMs >= window.from;
}

function toOccurrence(input: {
  sequence: number;
  startMs: number;
  durationMs: number;
  zone: IanaZone;
}): Occurrence {
  const endMs = input.startMs + input.durationMs;
  const utcStart = formatUtc(input.startMs);
  return {
    id: occurrenceId(utcStart),
    sequence: input.sequence,
    timeZone: input.zone,
    localStart: formatLocal(input.startMs, input.zone),
    localEnd: formatLocal(endMs, input.zone),
    utcStart,
    utcEnd: formatUtc(endMs),
  };
}

/**
 * The instant a wall-clock time on a date has in a zone: the unique one when there is one; the
 * earlier (daylight) one when the time happens twice; the time moved forward by the gap when it
 * does not exist (read with the offset in force before the gap).
 */
function wallTimeToMillis(day: DayNumber, time: TimeOfDay, zone: IanaZone): number {
  const ianaZone = IANAZone.create(zone);
  const wallMs = day * MS_PER_DAY + ((time.hour * 60 + time.minute) * 60 + time.second) * 1000;
  const offsetBefore = ianaZone.offset(wallMs - MS_PER_DAY);
  const offsetAfter = ianaZone.offset(wallMs + MS_PER_DAY);
  const candidates = [offsetBefore, offsetAfter]
    .map((offset) => wallMs - offset * MS_PER_MINUTE)
    .filter((ms) => wallMs - ianaZone.offset(ms) * MS_PER_MINUTE === ms);
  return candidates.length > 0 ? Math.min(...candidates) : wallMs - offsetBefore * MS_PER_MINUTE;
}

function parseTimeOfDay(text: string): TimeOfDay | undefined {
  const match = SERIES_DATE_TIME.exec(text);
  if (!match) return undefined;
  const isRealDate = isCalendarDate(`${match[1]}-${match[2]}-${match[3]}`);
  const time = { hour: Number(match[4]), minute: Number(match[5]), second: Number(match[6] ?? 0) };
  const isRealTime = time.hour < 24 && time.minute < 60 && time.second < 60;
  return isRealDate && isRealTime ? time : undefined;
}

function toMillis(iso: string): number {
  return DateTime.fromISO(iso, { setZone: true }).toMillis();
}

function formatUtc(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function formatLocal(ms: number, zone: IanaZone): string {
  const wallMs = ms + IANAZone.create(zone).offset(ms) * MS_PER_MINUTE;
  return new Date(wallMs).toISOString().slice(0, 19);
}
