import { weekdayOf } from '../calendarDate';
import type { FieldIssue } from '../errors';
import type { MemberId } from '../ids';
import type { IanaZone } from '../timeZone';
import { timeIssue, type ZoneResolver } from './inputChecks';
import { countAtOrBefore, type ZoneClock } from './zoneClock';
import { DAY_MS, MINUTE_MS, MINUTES_PER_DAY, parseInstant, parseTimeOfDay } from './timeMath';
import {
  BUSY_STATUSES,
  DAYS_OF_WEEK,
  type BusyStatus,
  type PersonAvailability,
  type WorkingHours,
} from './types';

/**
 * A person's calendar prepared for thousands of "is she free then?" questions: intervals of each
 * status are sorted and merged into disjoint runs, so a question is a binary search, not a scan.
 */

/** Disjoint, sorted, half-open [start, end) runs in epoch milliseconds. */
export interface IntervalIndex {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
}

export interface ParsedInterval {
  readonly start: number;
  readonly end: number;
  readonly status: BusyStatus;
}

export interface ParsedWorkingHours {
  /** Indexed 0 = Sunday. */
  readonly workingDays: readonly boolean[];
  readonly startMinute: number;
  readonly endMinute: number;
  readonly zone: IanaZone;
}

export interface ParsedPerson {
  readonly memberId: MemberId;
  readonly intervals: readonly ParsedInterval[];
  readonly workingHours?: ParsedWorkingHours;
}

export interface IndexedPerson {
  readonly memberId: MemberId;
  /** Every status together: most checks find the person free and stop after one search. */
  readonly anyStatus: IntervalIndex;
  readonly outOfOffice: IntervalIndex;
  readonly busy: IntervalIndex;
  readonly tentative: IntervalIndex;
  /** The clock of the person's working-hours zone; absent without working hours. */
  readonly clock?: ZoneClock;
  /** True when [startUtc, endUtc) is inside their working hours; always true when unknown. */
  readonly worksDuring: (startUtc: number, endUtc: number) => boolean;
}

/** Checks one person, adding an issue per wrong field under `path`; `undefined` when any is wrong. */
export interface PersonCheck {
  /** Where the person sits in the input, e.g. `people.3`. */
  readonly path: string;
  readonly issues: FieldIssue[];
  readonly resolveZone: ZoneResolver;
}

export function parsePerson(
  person: PersonAvailability,
  check: PersonCheck,
): ParsedPerson | undefined {
  const { path, issues } = check;
  const before = issues.length;
  if (typeof person.memberId !== 'string' || person.memberId.trim() === '') {
    issues.push({ field: `${path}.memberId`, message: 'Each person needs a member id.' });
  }
  const intervals = parseIntervals(person.busy, `${path}.busy`, issues);
  const workingHours =
    person.workingHours === undefined
      ? undefined
      : parseWorkingHours(person.workingHours, { ...check, path: `${path}.workingHours` });
  if (issues.length > before) return undefined;
  return { memberId: person.memberId, intervals, ...(workingHours ? { workingHours } : {}) };
}

export function indexPerson(person: ParsedPerson, clock?: ZoneClock): IndexedPerson {
  // Sorted once (Graph usually sends them in order already); each status keeps that order.
  const sorted = isSortedByStart(person.intervals)
    ? person.intervals
    : [...person.intervals].sort((a, b) => a.start - b.start);
  const ofStatus = (status: BusyStatus): IntervalIndex =>
    mergeSorted(sorted.filter((interval) => interval.status === status));
  return {
    memberId: person.memberId,
    anyStatus: mergeSorted(sorted),
    outOfOffice: ofStatus('outOfOffice'),
    busy: ofStatus('busy'),
    tentative: ofStatus('tentative'),
    ...(person.workingHours && clock
      ? { clock, worksDuring: workingHoursTest(person.workingHours, clock) }
      : { worksDuring: () => true }),
  };
}

/** True when any run in `index` overlaps [start, end). Touching ends do not overlap. */
export function overlapsAny(index: IntervalIndex, start: number, end: number): boolean {
  // First run that ends after `start`: runs are disjoint and sorted, so ends are sorted too.
  const first = countAtOrBefore(index.ends, start);
  return first < index.starts.length && (index.starts[first] as number) < end;
}

/** The strongest status overlapping [start, end): out of office, then busy, then tentative. */
export function statusDuring(
  person: IndexedPerson,
  start: number,
  end: number,
): BusyStatus | undefined {
  if (!overlapsAny(person.anyStatus, start, end)) return undefined;
  if (overlapsAny(person.outOfOffice, start, end)) return 'outOfOffice';
  if (overlapsAny(person.busy, start, end)) return 'busy';
  if (overlapsAny(person.tentative, start, end)) return 'tentative';
  return undefined;
}

/** Milliseconds of [start, end) covered by runs in `index`. */
export function coveredMs(index: IntervalIndex, start: number, end: number): number {
  let covered = 0;
  for (let i = countAtOrBefore(index.ends, start); i < index.starts.length; i++) {
    const runStart = index.starts[i] as number;
    if (runStart >= end) break;
    covered += Math.min(end, index.ends[i] as number) - Math.max(start, runStart);
  }
  return covered;
}

/**
 * A test "is the meeting [startUtc, endUtc) inside one working stretch on the person's own wall
 * clock?". Checking in wall time is what "works 09:00–17:00 Berlin time" means on every date,
 * whichever side of a daylight-saving change the date falls. Runs once per person per check, so
 * it allocates nothing.
 */
function workingHoursTest(
  hours: ParsedWorkingHours,
  clock: ZoneClock,
): (startUtc: number, endUtc: number) => boolean {
  const { workingDays } = hours;
  // Local copies: module bindings cost a property read per use in CommonJS builds (Jest, tsx).
  const dayMs = DAY_MS;
  const isWorkingDay = (day: number): boolean => workingDays[weekdayOf(day)] === true;
  const startOffset = hours.startMinute * MINUTE_MS;
  const length = stretchMinutes(hours) * MINUTE_MS;
  const isWholeDay = length === dayMs;
  return (startUtc, endUtc) => {
    const wallStart = clock.toWallMs(startUtc);
    const wallEnd = clock.toWallMs(endUtc);
    const day = Math.floor(wallStart / dayMs);
    // Yesterday's stretch matters when it runs past midnight (a night shift).
    for (let stretchDay = day - 1; stretchDay <= day; stretchDay++) {
      if (!isWorkingDay(stretchDay)) continue;
      const stretchStart = stretchDay * dayMs + startOffset;
      const stretchEnd = stretchStart + length;
      if (wallStart < stretchStart || wallStart >= stretchEnd) continue;
      // A whole-day stretch runs straight into the next day's, if that is a working day too;
      // one day further is enough because meetings last at most 12 hours.
      const runsOn = isWholeDay && isWorkingDay(stretchDay + 1);
      return wallEnd <= (runsOn ? stretchEnd + dayMs : stretchEnd);
    }
    return false;
  };
}

/** How long a working day lasts: past midnight when the end is not after the start; 24 h if equal. */
export function stretchMinutes(
  hours: Pick<ParsedWorkingHours, 'startMinute' | 'endMinute'>,
): number {
  const { startMinute, endMinute } = hours;
  return endMinute > startMinute
    ? endMinute - startMinute
    : endMinute + MINUTES_PER_DAY - startMinute;
}

function parseIntervals(
  busy: PersonAvailability['busy'],
  path: string,
  issues: FieldIssue[],
): ParsedInterval[] {
  if (!Array.isArray(busy)) {
    issues.push({ field: path, message: 'Give busy time as a list (it may be empty).' });
    return [];
  }
  const parsed: ParsedInterval[] = [];
  busy.forEach((interval, index) => {
    const item = parseInterval(interval, `${path}.${index}`, issues);
    if (item) parsed.push(item);
  });
  return parsed;
}

function parseInterval(
  interval: PersonAvailability['busy'][number],
  path: string,
  issues: FieldIssue[],
): ParsedInterval | undefined {
  const start = parseInstant(interval.start);
  const end = parseInstant(interval.end);
  const before = issues.length;
  if (start === undefined)
    issues.push({ field: `${path}.start`, message: instantMessage(interval.start) });
  if (end === undefined)
    issues.push({ field: `${path}.end`, message: instantMessage(interval.end) });
  if (!BUSY_STATUSES.includes(interval.status)) {
    issues.push({
      field: `${path}.status`,
      message: `"${String(interval.status)}" is not a busy status. Use tentative, busy or outOfOffice (leave free time out).`,
    });
  }
  if (start !== undefined && end !== undefined && end <= start) {
    issues.push({
      field: `${path}.end`,
      message: `Busy time must end after it starts (${interval.start} → ${interval.end}).`,
    });
  }
  if (issues.length > before || start === undefined || end === undefined) return undefined;
  return { start, end, status: interval.status };
}

function instantMessage(value: unknown): string {
  return `"${String(value)}" is not a date and time with a time zone. Use ISO 8601 in UTC, such as 2027-03-16T16:00:00Z.`;
}

function parseWorkingHours(
  hours: WorkingHours,
  check: PersonCheck,
): ParsedWorkingHours | undefined {
  const { path, issues } = check;
  const before = issues.length;
  const startMinute = parseTimeOfDay(hours.startTime);
  const endMinute = parseTimeOfDay(hours.endTime);
  if (startMinute === undefined) issues.push(timeIssue(`${path}.startTime`, hours.startTime));
  if (endMinute === undefined) issues.push(timeIssue(`${path}.endTime`, hours.endTime));
  const days = Array.isArray(hours.daysOfWeek) ? hours.daysOfWeek : [];
  const unknownDays = days.filter((day) => !DAYS_OF_WEEK.includes(day));
  if (days.length === 0 || unknownDays.length > 0) {
    issues.push({
      field: `${path}.daysOfWeek`,
      message:
        unknownDays.length > 0
          ? `${unknownDays.map((day) => `"${String(day)}"`).join(', ')} is not a day of the week. Use monday … sunday.`
          : 'Working hours need at least one working day; leave working hours out when they are unknown.',
    });
  }
  const zone = check.resolveZone(hours.timeZone, `${path}.timeZone`, issues);
  if (issues.length > before || zone === undefined) return undefined;
  return {
    workingDays: DAYS_OF_WEEK.map((day) => days.includes(day)),
    startMinute: startMinute as number,
    endMinute: endMinute as number,
    zone,
  };
}

function isSortedByStart(intervals: readonly ParsedInterval[]): boolean {
  for (let index = 1; index < intervals.length; index++) {
    if (
      (intervals[index] as ParsedInterval).start < (intervals[index - 1] as ParsedInterval).start
    ) {
      return false;
    }
  }
  return true;
}

/** Merges intervals sorted by start into disjoint runs. */
function mergeSorted(sorted: readonly ParsedInterval[]): IntervalIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const { start, end } of sorted) {
    const last = ends.length - 1;
    if (last >= 0 && start <= (ends[last] as number)) {
      ends[last] = Math.max(ends[last] as number, end);
    } else {
      starts.push(start);
      ends.push(end);
    }
  }
  return { starts: Float64Array.from(starts), ends: Float64Array.from(ends) };
}
