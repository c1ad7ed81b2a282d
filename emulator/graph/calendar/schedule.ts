import { requireOwnMailbox, userByAddress, userIdOf } from '../../core/access';
import { graphErrors } from '../../core/errors';
import { objectBody, paramOf } from '../../core/handlerHelpers';
import { odataContext } from '../../core/odata';
import type { GraphJson, StoredUser } from '../../core/state';
import type { GraphResponse, HandlerContext } from '../../core/types';
import { endMsOf, startMsOf, type Window } from './series';
import { calendarItems } from './views';
import {
  formatInZone,
  isDateTimeTimeZone,
  preferenceHeaders,
  type ResponseZone,
  responseZoneOf,
  toUtcMs,
} from './times';

/**
 * `POST /users/{id}/calendar/getSchedule`: free/busy of up to 20 people. Sources: "calendar:
 * getSchedule" v1.0 (parameters; `availabilityViewInterval` default 30, minimum 5, maximum 1440;
 * response times in the `Prefer: outlook.timezone` zone, "If not specified, those time values are
 * returned in UTC"), the scheduleInformation resource (`availabilityView`: 0 free or working
 * elsewhere, 1 tentative, 2 busy, 3 out of office; "Working elsewhere is set to 0 instead of 4 for
 * backward compatibility"), microsoftgraph/microsoft-graph-docs PR #19703 (a 63-day window is
 * `ErrorTimeIntervalTooBig`: "The allowed limit = 62 days"), and Exchange's
 * `ErrorInvalidMergedFreeBusyInterval` for an interval outside 5–1440 or longer than the window.
 */

export const MAX_SCHEDULES = 20;
export const MAX_WINDOW_DAYS = 62;
export const DEFAULT_INTERVAL_MINUTES = 30;
const MIN_INTERVAL_MINUTES = 5;
const MAX_INTERVAL_MINUTES = 1440;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const PARAMETERS = new Set(['schedules', 'startTime', 'endTime', 'availabilityViewInterval']);

/** availabilityView digits by showAs; working elsewhere reads as free (0) for compatibility. */
const DIGIT_BY_STATUS: Readonly<Record<string, number>> = {
  free: 0,
  workingElsewhere: 0,
  unknown: 0,
  tentative: 1,
  busy: 2,
  oof: 3,
};

interface ScheduleRequest {
  readonly schedules: readonly string[];
  readonly window: Window;
  readonly intervalMinutes: number;
}

function invalidParameter(message: string) {
  return graphErrors.badRequest(message, 'ErrorInvalidParameter');
}

function readBody(context: HandlerContext): GraphJson {
  const record = objectBody(context);
  for (const key of Object.keys(record)) {
    if (!PARAMETERS.has(key) && !key.startsWith('@odata.')) {
      throw graphErrors.requestBodyRead(
        `The parameter '${key}' in the request payload is not a valid parameter for the operation 'getSchedule'.`,
      );
    }
  }
  return record;
}

function readSchedules(body: GraphJson): string[] {
  const { schedules } = body;
  if (!Array.isArray(schedules) || schedules.some((entry) => typeof entry !== 'string')) {
    throw invalidParameter("The parameter 'schedules' must be a collection of SMTP addresses.");
  }
  if (schedules.length === 0) {
    throw invalidParameter("The parameter 'schedules' must name at least one SMTP address.");
  }
  if (schedules.length > MAX_SCHEDULES) {
    throw invalidParameter(
      `The number of schedules (${schedules.length}) exceeds the maximum of ${MAX_SCHEDULES} per request.`,
    );
  }
  return schedules as string[];
}

function readInstant(body: GraphJson, name: 'startTime' | 'endTime'): number {
  const value = body[name];
  if (!isDateTimeTimeZone(value)) {
    throw invalidParameter(`The parameter '${name}' must be a dateTimeTimeZone.`);
  }
  return toUtcMs(value, name);
}

function readInterval(body: GraphJson, windowMs: number): number {
  const raw = body.availabilityViewInterval;
  if (raw === undefined || raw === null) return DEFAULT_INTERVAL_MINUTES;
  const minutes = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  const isValid =
    typeof minutes === 'number' &&
    Number.isInteger(minutes) &&
    minutes >= MIN_INTERVAL_MINUTES &&
    minutes <= MAX_INTERVAL_MINUTES &&
    minutes * MS_PER_MINUTE <= windowMs;
  if (!isValid) {
    throw graphErrors.badRequest(
      `The MergedFreeBusyInterval must be between ${MIN_INTERVAL_MINUTES} and ${MAX_INTERVAL_MINUTES} minutes and not longer than the requested time window.`,
      'ErrorInvalidMergedFreeBusyInterval',
    );
  }
  return minutes;
}

function readRequest(context: HandlerContext): ScheduleRequest {
  const body = readBody(context);
  const schedules = readSchedules(body);
  const fromMs = readInstant(body, 'startTime');
  const toMs = readInstant(body, 'endTime');
  if (toMs <= fromMs) {
    throw invalidParameter(
      'The end time of the requested time window must be after its start time.',
    );
  }
  const days = (toMs - fromMs) / MS_PER_DAY;
  if (days > MAX_WINDOW_DAYS) {
    throw graphErrors.badRequest(
      `The requested time duration specified for FreeBusyViewOptions.TimeWindow is too long. The allowed limit = ${MAX_WINDOW_DAYS} days; the actual limit = ${Math.ceil(days)} days.`,
      'ErrorTimeIntervalTooBig',
    );
  }
  return {
    schedules,
    window: { fromMs, toMs },
    intervalMinutes: readInterval(body, toMs - fromMs),
  };
}

interface BusyItem {
  readonly startMs: number;
  readonly endMs: number;
  readonly status: string;
  readonly event: GraphJson;
}

function busyItemsOf(context: HandlerContext, userId: string, window: Window): BusyItem[] {
  return calendarItems(context, userId, window)
    .filter((event) => event.isCancelled !== true)
    .map((event) => ({
      startMs: startMsOf(event),
      endMs: endMsOf(event),
      status: typeof event.showAs === 'string' ? event.showAs : 'busy',
      event,
    }));
}

/** One digit per interval: the strongest status overlapping it (oof > busy > tentative > free). */
export function availabilityView(
  items: readonly BusyItem[],
  window: Window,
  intervalMinutes: number,
): string {
  const intervalMs = intervalMinutes * MS_PER_MINUTE;
  const slots = Math.ceil((window.toMs - window.fromMs) / intervalMs);
  let view = '';
  for (let slot = 0; slot < slots; slot++) {
    const slotStart = window.fromMs + slot * intervalMs;
    const slotEnd = Math.min(slotStart + intervalMs, window.toMs);
    const digits = items
      .filter((item) => item.startMs < slotEnd && item.endMs > slotStart)
      .map((item) => DIGIT_BY_STATUS[item.status] ?? 2);
    view += String(Math.max(0, ...digits));
  }
  return view;
}

/** A scheduleItem; a private item shows only its time and status (no subject or location). */
function scheduleItem(item: BusyItem, zone: ResponseZone): GraphJson {
  const isPrivate = item.event.sensitivity === 'private';
  const location = (item.event.location ?? {}) as GraphJson;
  return {
    isPrivate,
    status: item.status,
    ...(isPrivate
      ? {}
      : { subject: item.event.subject ?? '', location: location.displayName ?? '' }),
    start: formatInZone(item.startMs, zone),
    end: formatInZone(item.endMs, zone),
  };
}

function workingHoursOf(user: StoredUser): GraphJson {
  const settings = (user.mailboxSettings.workingHours ?? {}) as GraphJson;
  const zone = (settings.timeZone ?? {}) as GraphJson;
  return {
    daysOfWeek: settings.daysOfWeek ?? ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
    startTime: settings.startTime ?? '08:00:00.0000000',
    endTime: settings.endTime ?? '17:00:00.0000000',
    timeZone: { name: zone.name ?? user.mailboxSettings.timeZone ?? 'UTC' },
  };
}

/** An address no mailbox answers to: Exchange's availability error for it, still a 200 entry. */
function unknownSchedule(address: string): GraphJson {
  return {
    scheduleId: address,
    availabilityView: '',
    scheduleItems: [],
    error: {
      message: `Microsoft.Exchange.InfoWorker.Common.Availability.MailRecipientNotFoundException: Unable to resolve e-mail address <>;SMTP:${address} to an Active Directory object.`,
      responseCode: 'ErrorMailRecipientNotFound',
    },
  };
}

function scheduleOf(
  context: HandlerContext,
  address: string,
  request: ScheduleRequest,
  zone: ResponseZone,
): GraphJson {
  const user = userByAddress(context.state, address);
  if (!user) return unknownSchedule(address);
  const items = busyItemsOf(context, userIdOf(user), request.window);
  return {
    scheduleId: address,
    availabilityView: availabilityView(items, request.window, request.intervalMinutes),
    scheduleItems: items.map((item) => scheduleItem(item, zone)),
    workingHours: workingHoursOf(user),
  };
}

export function getSchedule(context: HandlerContext): GraphResponse {
  requireOwnMailbox(context, paramOf(context, 'userId'));
  const request = readRequest(context);
  const zone = responseZoneOf(context.request);
  return {
    status: 200,
    body: {
      '@odata.context': odataContext(context, 'Collection(microsoft.graph.scheduleInformation)'),
      value: request.schedules.map((address) => scheduleOf(context, address, request, zone)),
    },
    headers: preferenceHeaders(zone),
  };
}
