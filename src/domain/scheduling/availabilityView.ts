import { ValidationError, type FieldIssue } from '../errors';
import { formatInstant, MINUTE_MS, parseInstant } from './timeMath';
import type { BusyInterval, BusyStatus } from './types';

/** Graph accepts an `availabilityViewInterval` from 5 to 1440 minutes (30 when not given). */
export const MIN_AVAILABILITY_VIEW_INTERVAL_MINUTES = 5;
export const MAX_AVAILABILITY_VIEW_INTERVAL_MINUTES = 1440;

/**
 * What each digit of Graph's `availabilityView` means in the domain: 0 free, 1 tentative, 2 busy,
 * 3 out of office (Graph's `oof`), 4 working elsewhere. Working elsewhere is someone at home or at
 * another office who can still meet, so it counts as free, like 0.
 */
export const AVAILABILITY_VIEW_STATUS: Readonly<Record<string, BusyStatus | 'free'>> = {
  '0': 'free',
  '1': 'tentative',
  '2': 'busy',
  '3': 'outOfOffice',
  '4': 'free',
};

export interface AvailabilityViewOptions {
  /** Graph's `availabilityView` string, one digit per interval, e.g. `"0022000"`. */
  readonly view: string;
  /** The `startTime` the getSchedule request asked for, as an ISO instant with offset (UTC). */
  readonly windowStartUtc: string;
  /** The `availabilityViewInterval` of the request, in minutes. */
  readonly intervalMinutes: number;
}

/**
 * Turns a person's `availabilityView` into busy intervals, for people whose calendar items Graph
 * hides (it returns the view but no `scheduleItems`). Consecutive intervals with the same status
 * merge into one run; free and working-elsewhere digits produce nothing.
 *
 * The view is coarse: a 10-minute meeting shows as a whole busy interval, so at a 30-minute
 * interval someone busy 09:00–09:10 looks busy until 09:30. Ask Graph for an interval that divides
 * the planner's step (15 or 30) to keep that error inside one step.
 *
 * @example
 * fromAvailabilityView({ view: '0221', windowStartUtc: '2027-03-16T08:00:00Z', intervalMinutes: 30 })
 * // [{ start: '2027-03-16T08:30:00.000Z', end: '2027-03-16T09:30:00.000Z', status: 'busy' },
 * //  { start: '2027-03-16T09:30:00.000Z', end: '2027-03-16T10:00:00.000Z', status: 'tentative' }]
 * @throws ValidationError naming every wrong option (unknown digit, start without offset, interval
 *   outside 5–1440 minutes).
 */
export function fromAvailabilityView(options: AvailabilityViewOptions): BusyInterval[] {
  const { view, windowStartUtc, intervalMinutes } = options;
  const issues: FieldIssue[] = [];
  const windowStart = parseInstant(windowStartUtc);
  if (windowStart === undefined) {
    issues.push({
      field: 'windowStartUtc',
      message: `"${String(windowStartUtc)}" is not a date and time with a time zone. Use the getSchedule start in UTC, such as 2027-03-16T00:00:00Z.`,
    });
  }
  if (!isIntervalLength(intervalMinutes)) {
    issues.push({
      field: 'intervalMinutes',
      message: `The interval must be a whole number of minutes from ${MIN_AVAILABILITY_VIEW_INTERVAL_MINUTES} to ${MAX_AVAILABILITY_VIEW_INTERVAL_MINUTES}, as sent to getSchedule; got ${String(intervalMinutes)}.`,
    });
  }
  const unknownAt =
    typeof view === 'string'
      ? [...view].findIndex((digit) => !Object.hasOwn(AVAILABILITY_VIEW_STATUS, digit))
      : 0;
  if (unknownAt >= 0) {
    issues.push({
      field: 'view',
      message:
        typeof view === 'string'
          ? `The availability view has "${view[unknownAt]}" at position ${unknownAt + 1}; only the digits 0–4 are known. Check that the Graph response was passed unchanged.`
          : 'The availability view must be a string of digits 0–4.',
    });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return runsOf(view, windowStart as number, intervalMinutes * MINUTE_MS);
}

function isIntervalLength(minutes: number): boolean {
  return (
    Number.isInteger(minutes) &&
    minutes >= MIN_AVAILABILITY_VIEW_INTERVAL_MINUTES &&
    minutes <= MAX_AVAILABILITY_VIEW_INTERVAL_MINUTES
  );
}

function runsOf(view: string, windowStart: number, intervalMs: number): BusyInterval[] {
  const runs: BusyInterval[] = [];
  let runStart = 0;
  for (let index = 1; index <= view.length; index++) {
    const status = AVAILABILITY_VIEW_STATUS[view[runStart] as string];
    if (index < view.length && AVAILABILITY_VIEW_STATUS[view[index] as string] === status) continue;
    if (status !== undefined && status !== 'free') {
      runs.push({
        start: formatInstant(windowStart + runStart * intervalMs),
        end: formatInstant(windowStart + index * intervalMs),
        status,
      });
    }
    runStart = index;
  }
  return runs;
}
