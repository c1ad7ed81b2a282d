import type {
  DateTimeTimeZone,
  ScheduleInformation,
  ScheduleItem,
  WorkingHours as GraphWorkingHours,
} from '@microsoft/microsoft-graph-types';
import { DateTime } from 'luxon';
import { addDays } from '../../domain/calendarDate';
import type { MemberId } from '../../domain/ids';
import {
  fromAvailabilityView,
  type BusyInterval,
  type BusyStatus,
  type PersonAvailability,
  type WorkingHours,
} from '../../domain/scheduling';
import { isKnownTimeZone, resolveIanaZone } from '../../domain/timeZone';
import type { BatchRequest } from '../client';
import { CadenceSchedulingError } from './errors';

/**
 * Free/busy through `getSchedule`, within its limits: at most 20 schedules and a window under 62
 * days per call. A long span is cut into consecutive windows and a large team into groups of 20;
 * every (window × group) is one request of a `$batch`, so a year of free/busy for a dozen people is
 * 6 requests in one HTTP call. Working hours (with their time zone) come with each schedule: other
 * people's mailbox settings are not readable with delegated permissions, getSchedule's
 * `workingHours` is.
 */

export const MAX_SCHEDULES_PER_REQUEST = 20;
/** getSchedule refuses a window of 62 days or more ("The allowed limit = 62 days"): stay under. */
export const MAX_SCHEDULE_WINDOW_DAYS = 61;
/** The `availabilityView` resolution asked for: divides the planner's 30-minute step. */
export const AVAILABILITY_VIEW_INTERVAL_MINUTES = 30;
export const SCHEDULE_REQUEST_PREFIX = 'schedule';

const DAY_MS = 86_400_000;

/** A stretch of time, ISO instants in UTC (`2026-03-09T00:00:00Z`); `to` exclusive. */
export interface UtcSpan {
  readonly from: string;
  readonly to: string;
}

/** One getSchedule call of the plan. */
export interface ScheduleWindow {
  readonly id: string;
  readonly addresses: readonly string[];
  readonly span: UtcSpan;
}

export interface PlanScheduleWindowsOptions {
  /** SMTP addresses, each once. */
  readonly addresses: readonly string[];
  readonly span: UtcSpan;
}

/**
 * Cuts `span` into windows of at most {@link MAX_SCHEDULE_WINDOW_DAYS} days and `addresses` into
 * groups of at most {@link MAX_SCHEDULES_PER_REQUEST}: one call per (window × group), windows in
 * order. The windows touch end to start and cover the span exactly.
 *
 * @example 25 people over 2026-03-08…2027-02-27 (356 days) → 6 windows × 2 groups = 12 calls.
 */
export function planScheduleWindows(options: PlanScheduleWindowsOptions): ScheduleWindow[] {
  const fromMs = Date.parse(options.span.from);
  const toMs = Date.parse(options.span.to);
  const windows: ScheduleWindow[] = [];
  for (let start = fromMs; start < toMs; start += MAX_SCHEDULE_WINDOW_DAYS * DAY_MS) {
    const end = Math.min(start + MAX_SCHEDULE_WINDOW_DAYS * DAY_MS, toMs);
    for (let first = 0; first < options.addresses.length; first += MAX_SCHEDULES_PER_REQUEST) {
      windows.push({
        id: `${SCHEDULE_REQUEST_PREFIX}-${windows.length + 1}`,
        addresses: options.addresses.slice(first, first + MAX_SCHEDULES_PER_REQUEST),
        span: { from: utcInstant(start), to: utcInstant(end) },
      });
    }
  }
  return windows;
}

/**
 * The span whose free/busy tells who can meet, and who is away, on these local meeting dates:
 * from the day before the first to two days after the last (UTC midnights), so everyone's whole
 * working day on each date is inside it, whatever their time zone.
 */
export function spanAroundDates(dates: readonly string[]): UtcSpan {
  const sorted = [...dates].sort();
  const first = sorted[0] as string;
  const last = sorted[sorted.length - 1] as string;
  return { from: `${addDays(first, -1)}T00:00:00Z`, to: `${addDays(last, 2)}T00:00:00Z` };
}

/**
 * `POST /me/calendar/getSchedule` for one window. Reading free/busy changes nothing, so the
 * request is safe to retry although it is a POST.
 */
export function scheduleRequest(window: ScheduleWindow): BatchRequest {
  return {
    id: window.id,
    method: 'POST',
    url: '/me/calendar/getSchedule',
    body: {
      schedules: window.addresses,
      startTime: { dateTime: window.span.from.replace(/Z$/, ''), timeZone: 'UTC' },
      endTime: { dateTime: window.span.to.replace(/Z$/, ''), timeZone: 'UTC' },
      availabilityViewInterval: AVAILABILITY_VIEW_INTERVAL_MINUTES,
    },
    retrySafe: true,
  };
}

/** A getSchedule answer and the window it was asked for. */
export interface ScheduleAnswer {
  readonly window: ScheduleWindow;
  readonly schedules: readonly ScheduleInformation[];
}

export interface ToPersonAvailabilityOptions {
  /** Who is who: each person's id and address. */
  readonly people: readonly { readonly id: MemberId; readonly address: string }[];
  readonly answers: readonly ScheduleAnswer[];
}

/**
 * Everyone's free/busy in the domain's terms, one entry per person in the order given: busy items
 * of all windows joined (`oof` becomes `outOfOffice`; free and working-elsewhere time is left
 * out), from `scheduleItems` or, when Graph hides them, from the `availabilityView`; working hours
 * when their time zone is one we know.
 *
 * @throws CadenceSchedulingError (`freeBusyUnavailable`) naming everyone whose free/busy Graph
 *   could not read, since a plan that silently ignores someone would put meetings on their busy
 *   time.
 */
export function toPersonAvailability(options: ToPersonAvailabilityOptions): PersonAvailability[] {
  const byAddress = new Map(
    options.people.map((person) => [person.address.toLowerCase(), person.id]),
  );
  const busy = new Map<MemberId, Map<string, BusyInterval>>();
  const hours = new Map<MemberId, WorkingHours>();
  const unreadable = new Map<string, string>();
  for (const answer of options.answers) {
    for (const schedule of answer.schedules) {
      const address = (schedule.scheduleId ?? '').toLowerCase();
      const id = byAddress.get(address);
      if (id === undefined) continue;
      if (schedule.error) {
        unreadable.set(address, schedule.error.message ?? schedule.error.responseCode ?? '');
        continue;
      }
      const intervals = busy.get(id) ?? new Map<string, BusyInterval>();
      for (const interval of busyIntervalsOf(schedule, answer.window)) {
        intervals.set(`${interval.start}|${interval.end}|${interval.status}`, interval);
      }
      busy.set(id, intervals);
      const workingHours = toWorkingHours(schedule.workingHours);
      if (workingHours) hours.set(id, workingHours);
    }
  }
  if (unreadable.size > 0) throw freeBusyUnavailable(unreadable);
  return options.people.map((person) => {
    const workingHours = hours.get(person.id);
    return {
      memberId: person.id,
      busy: [...(busy.get(person.id)?.values() ?? [])],
      ...(workingHours ? { workingHours } : {}),
    };
  });
}

function freeBusyUnavailable(unreadable: ReadonlyMap<string, string>): CadenceSchedulingError {
  const who = [...unreadable]
    .map(([address, reason]) => (reason ? `${address} (${reason})` : address))
    .join(', ');
  return new CadenceSchedulingError({
    code: 'freeBusyUnavailable',
    message: `Microsoft 365 could not share the free/busy of ${who}, so CX Cadence cannot plan around their calendar. Check that each has a mailbox in your organisation, then try again.`,
  });
}

const STATUS_OF: Readonly<Record<string, BusyStatus>> = {
  tentative: 'tentative',
  busy: 'busy',
  oof: 'outOfOffice',
};

function busyIntervalsOf(schedule: ScheduleInformation, window: ScheduleWindow): BusyInterval[] {
  const items = schedule.scheduleItems ?? [];
  if (items.length === 0 && /[1-4]/.test(schedule.availabilityView ?? '')) {
    return fromAvailabilityView({
      view: schedule.availabilityView ?? '',
      windowStartUtc: window.span.from,
      intervalMinutes: AVAILABILITY_VIEW_INTERVAL_MINUTES,
    });
  }
  return items.flatMap((item) => {
    const interval = toBusyInterval(item);
    return interval ? [interval] : [];
  });
}

function toBusyInterval(item: ScheduleItem): BusyInterval | undefined {
  const status = STATUS_OF[item.status ?? ''];
  if (!status || !item.start || !item.end) return undefined;
  return { start: instantOf(item.start), end: instantOf(item.end), status };
}

/** A Graph `dateTimeTimeZone` as an ISO instant in UTC. */
export function instantOf(value: DateTimeTimeZone): string {
  const zone = resolveIanaZone(value.timeZone ?? 'UTC');
  const local = (value.dateTime ?? '').replace(/(\.\d{3})\d*$/, '$1');
  return utcInstant(DateTime.fromISO(local, { zone }).toMillis());
}

/** Graph's working hours (`08:00:00.0000000`, a Windows zone) as the domain's, if usable. */
export function toWorkingHours(
  hours: GraphWorkingHours | null | undefined,
): WorkingHours | undefined {
  const zone = hours?.timeZone?.name;
  if (!hours?.daysOfWeek || !hours.startTime || !hours.endTime || !zone) return undefined;
  if (!isKnownTimeZone(zone)) return undefined;
  return {
    daysOfWeek: hours.daysOfWeek,
    startTime: hours.startTime.slice(0, 5),
    endTime: hours.endTime.slice(0, 5),
    timeZone: zone,
  };
}

function utcInstant(ms: number): string {
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}
