import { DateTime } from 'luxon';
import { cadenceOccurrences } from '../cadence/cadence';
import type { Cadence } from '../cadence/cadence';
import { ValidationError } from '../errors';
import type { OccurrenceId } from '../ids';
import type { Occurrence } from '../recurrence';
import { resolveIanaZone } from '../timeZone';

/**
 * Which meeting of a cadence the side panel is open in. Teams tells the panel the meeting (its chat)
 * but not which occurrence of the series it is; the planner pins the panel once for the whole
 * series. So the panel either receives the occurrence (the local meeting page, a deep link) or
 * works it out from the clock: the meeting running now, else the nearest one.
 */

/** People join early: a meeting counts as running this many minutes before its start. */
export const EARLY_JOIN_MINUTES = 15;

/** How far either side of `now` a meeting is looked for, in days (covers quarterly cadences). */
export const OCCURRENCE_SEARCH_DAYS = 400;

export interface FindOccurrenceOptions {
  readonly cadence: Cadence;
  /** ISO 8601 instant with an offset or `Z`, passed in (the domain never reads the clock). */
  readonly now: string;
  /** The occurrence the page names (its UTC start, `2026-03-10T15:00:00Z`); absent: use `now`. */
  readonly occurrenceId?: string;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/**
 * The occurrence the panel shows.
 *
 * - With `occurrenceId`: that meeting, which must be one of the cadence's (same UTC start).
 * - Without: the meeting running at `now` (from {@link EARLY_JOIN_MINUTES} before its start to its
 *   end); else whichever of the last meeting and the next one is closer to `now` (a tie goes to the
 *   next one), so a panel opened just after a meeting still shows it for its wrap-up, and one opened
 *   the day before shows the coming meeting.
 *
 * @example a biweekly Tuesday 08:00 Los Angeles cadence, `now` Tuesday 2026-03-10T15:50:00Z
 *   (07:50 local, ten minutes before the start) → the 2026-03-10T15:00:00Z occurrence.
 * @throws ValidationError (`occurrence`) when the named occurrence is not one of the cadence's
 *   meetings; (`now`) when `now` is not an instant; (`cadenceId`) when the cadence has no meeting
 *   within {@link OCCURRENCE_SEARCH_DAYS} days.
 */
export function findCurrentOccurrence(options: FindOccurrenceOptions): Occurrence {
  const { cadence } = options;
  if (options.occurrenceId !== undefined) return namedOccurrence(cadence, options.occurrenceId);
  const nowMs = instantMs(options.now, 'now');
  const occurrences = cadenceOccurrences(cadence, {
    window: {
      from: isoOf(nowMs - OCCURRENCE_SEARCH_DAYS * MS_PER_DAY),
      to: isoOf(nowMs + OCCURRENCE_SEARCH_DAYS * MS_PER_DAY),
    },
  });
  const running = occurrences.find((occurrence) => isRunningAt(occurrence, nowMs));
  if (running) return running;
  const next = occurrences.find((occurrence) => Date.parse(occurrence.utcStart) > nowMs);
  const previous = [...occurrences].reverse().find((o) => Date.parse(o.utcEnd) <= nowMs);
  const chosen = closest({ previous, next, nowMs });
  if (!chosen) {
    throw ValidationError.single(
      'cadenceId',
      `"${cadence.title}" has no meeting within ${OCCURRENCE_SEARCH_DAYS} days of today: check its dates in the cadence planner`,
    );
  }
  return chosen;
}

/** True while people are in the meeting: from the early-join margin before its start to its end. */
export function isRunningAt(occurrence: Pick<Occurrence, 'utcStart' | 'utcEnd'>, nowMs: number) {
  const start = Date.parse(occurrence.utcStart) - EARLY_JOIN_MINUTES * MS_PER_MINUTE;
  return nowMs >= start && nowMs < Date.parse(occurrence.utcEnd);
}

function closest(input: {
  previous: Occurrence | undefined;
  next: Occurrence | undefined;
  nowMs: number;
}): Occurrence | undefined {
  const { previous, next, nowMs } = input;
  if (!previous || !next) return next ?? previous;
  const sinceEnd = nowMs - Date.parse(previous.utcEnd);
  const untilStart = Date.parse(next.utcStart) - nowMs;
  return sinceEnd < untilStart ? previous : next;
}

function namedOccurrence(cadence: Cadence, occurrenceId: string): Occurrence {
  const startMs = instantMs(occurrenceId, 'occurrence');
  const found = cadenceOccurrences(cadence, {
    window: { from: isoOf(startMs), to: isoOf(startMs + MS_PER_MINUTE) },
  }).find((occurrence) => Date.parse(occurrence.utcStart) === startMs);
  if (!found) {
    throw ValidationError.single(
      'occurrence',
      `No "${cadence.title}" meeting starts at ${occurrenceId}: this is not a meeting of the cadence. Open the side panel from one of its meetings.`,
    );
  }
  return found;
}

function instantMs(text: string, field: string): number {
  const parsed = DateTime.fromISO(text, { setZone: true });
  if (!parsed.isValid || !/(?:Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
    throw ValidationError.single(
      field,
      `"${text}" is not a date and time with an offset, such as 2026-03-10T15:00:00Z`,
    );
  }
  return parsed.toMillis();
}

function isoOf(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The calendar date (`YYYY-MM-DD`) of an occurrence in the cadence's zone, from its id (the UTC
 * start): what carry-over and action due dates compare with.
 *
 * @example ('2026-03-11T01:00:00Z', 'America/Los_Angeles') → '2026-03-10' (18:00 the day before)
 */
export function occurrenceDate(occurrenceId: OccurrenceId | string, timeZone: string): string {
  const zone = resolveIanaZone(timeZone);
  return DateTime.fromISO(occurrenceId, { zone: 'utc' }).setZone(zone).toFormat('yyyy-MM-dd');
}
