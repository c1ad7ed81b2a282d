import type { DateTime } from 'luxon';

/** The forms in which Graph writes dates and times, shared by the handlers and the seeds. */

/**
 * A `dateTimeTimeZone.dateTime` (or `workingHours`-style local value): the wall-clock time of
 * `local` in its own zone with Graph's seven decimals and no offset, `2026-03-03T10:00:00.0000000`.
 */
export function graphLocalDateTime(local: DateTime): string {
  return `${local.toFormat("yyyy-MM-dd'T'HH:mm:ss")}.0000000`;
}

/** A UTC instant to the second with `Z`, `2026-03-02T12:00:00Z`: directory, mail, SharePoint. */
export function utcSeconds(instant: Date | number): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A UTC instant with Graph's seven fractional digits, `2026-02-25T09:14:00.1230000Z`, as Exchange
 * writes `createdDateTime` and `lastModifiedDateTime`.
 */
export function graphTimestamp(instant: Date | number): string {
  return `${new Date(instant).toISOString().slice(0, 23)}0000Z`;
}
