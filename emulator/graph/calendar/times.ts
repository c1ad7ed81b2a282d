import { DateTime } from 'luxon';
import { isKnownTimeZone, resolveIanaZone } from '../../../src/domain/timeZone';
import { graphLocalDateTime } from '../../core/dates';
import { GraphHttpError, graphErrors } from '../../core/errors';
import { preferenceApplied, preferenceOf } from '../../core/handlerHelpers';
import type { GraphJson } from '../../core/state';
import type { GraphRequest } from '../../core/types';

/**
 * Graph's `dateTimeTimeZone` at the edges of the calendar: a wall-clock `dateTime` (no offset)
 * read in a Windows or IANA `timeZone`. Responses use `YYYY-MM-DDTHH:mm:ss.0000000` in UTC unless
 * the client sends `Prefer: outlook.timezone="…"` (source: "List calendarView" and "calendar:
 * getSchedule" v1.0 reference, request header `Prefer: outlook.timezone`: "If not specified, those
 * time values are returned in UTC").
 */

export interface DateTimeTimeZone {
  readonly dateTime: string;
  readonly timeZone: string;
}

/** The zone a response is written in: the name as the client gave it and the IANA zone. */
export interface ResponseZone {
  readonly name: string;
  readonly iana: string;
  /** True when the client asked for it with `Prefer: outlook.timezone`. */
  readonly preferred: boolean;
}

export const UTC_ZONE: ResponseZone = { name: 'UTC', iana: 'Etc/UTC', preferred: false };

const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/** Exchange's answer to a zone it does not know (in a body or in `Prefer`). */
export function timeZoneNotSupported(name: string): GraphHttpError {
  return new GraphHttpError({
    status: 400,
    code: 'TimeZoneNotSupportedException',
    message: `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${name}'.`,
  });
}

/** IANA zone for a Windows or IANA name, or Graph's 400. */
export function ianaZoneOf(name: string): string {
  if (!isKnownTimeZone(name)) throw timeZoneNotSupported(name);
  return resolveIanaZone(name);
}

export function isDateTimeTimeZone(value: unknown): value is DateTimeTimeZone {
  if (value === null || typeof value !== 'object') return false;
  const record = value as GraphJson;
  return typeof record.dateTime === 'string' && typeof record.timeZone === 'string';
}

/** UTC milliseconds of a `dateTimeTimeZone`; 400 when it cannot be read. */
export function toUtcMs(value: DateTimeTimeZone, field = 'dateTime'): number {
  const zone = ianaZoneOf(value.timeZone);
  const parsed = DateTime.fromISO(value.dateTime.trim(), { zone });
  if (!parsed.isValid) {
    throw graphErrors.badRequest(
      `Cannot convert the literal '${value.dateTime}' to the expected type 'Edm.DateTimeOffset' (${field}).`,
      'ErrorInvalidRequest',
    );
  }
  return parsed.toMillis();
}

/** `{dateTime: 'YYYY-MM-DDTHH:mm:ss.0000000', timeZone}` of an instant in a response zone. */
export function formatInZone(ms: number, zone: ResponseZone): DateTimeTimeZone {
  const local = DateTime.fromMillis(ms, { zone: zone.iana });
  return { dateTime: graphLocalDateTime(local), timeZone: zone.name };
}

/**
 * The zone named by `Prefer: outlook.timezone="…"` (Windows or IANA name), or UTC. An unknown name
 * is Exchange's 400 `TimeZoneNotSupportedException`, not a silent fallback.
 */
export function responseZoneOf(request: GraphRequest): ResponseZone {
  const name = preferenceOf(request, 'outlook.timezone')?.trim();
  if (!name) return UTC_ZONE;
  return { name, iana: ianaZoneOf(name), preferred: true };
}

/** `Preference-Applied` for a preferred zone, as Graph confirms it. */
export function preferenceHeaders(zone: ResponseZone): Record<string, string> {
  return zone.preferred ? preferenceApplied('outlook.timezone', zone.name) : {};
}

/**
 * `startDateTime`/`endDateTime` query values: ISO 8601, read with their own offset, or as UTC
 * when they have none; `Prefer` does not change them (source: "List calendarView", v1.0).
 */
export function parseWindowInstant(value: string, name: string): number {
  const text = value.trim();
  const parsed = HAS_OFFSET.test(text)
    ? DateTime.fromISO(text, { setZone: true })
    : DateTime.fromISO(text, { zone: 'utc' });
  if (!parsed.isValid) {
    throw graphErrors.badRequest(
      `The value '${value}' of parameter '${name}' is invalid.`,
      'ErrorInvalidParameter',
    );
  }
  return parsed.toMillis();
}

/** The time window a calendarView or instances request must give (400 without it, as Graph). */
export function requiredWindow(request: GraphRequest): { fromMs: number; toMs: number } {
  const start = queryValue(request, 'startDateTime');
  const end = queryValue(request, 'endDateTime');
  if (!start || !end) {
    throw graphErrors.badRequest(
      'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
      'ErrorInvalidParameter',
    );
  }
  return {
    fromMs: parseWindowInstant(start, 'StartDateTime'),
    toMs: parseWindowInstant(end, 'EndDateTime'),
  };
}

/** Graph reads custom query parameter names case-insensitively. */
function queryValue(request: GraphRequest, name: string): string | undefined {
  for (const [key, value] of request.query) {
    if (key.toLowerCase() === name.toLowerCase()) return value;
  }
  return undefined;
}
