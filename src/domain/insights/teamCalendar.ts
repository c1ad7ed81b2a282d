import { DateTime } from 'luxon';
import type { Cadence } from '../cadence';
import { ValidationError } from '../errors';
import { resolveIanaZone } from '../timeZone';
import type { TimeZoneName } from '../timeZone';

/** The zone the hub reads dates in when the team has no cadence yet (and so no zone of its own). */
export const DEFAULT_TEAM_TIME_ZONE: TimeZoneName = 'UTC';

/**
 * The team's time zone: the first cadence's, since a CX team meets in one zone; the default when
 * it has none. Dates in the hub (meeting days, "overdue") are read in this zone.
 */
export function teamTimeZone(cadences: readonly Pick<Cadence, 'timeZone'>[]): TimeZoneName {
  return cadences[0]?.timeZone ?? DEFAULT_TEAM_TIME_ZONE;
}

/**
 * The calendar date (`YYYY-MM-DD`) an instant falls on in a zone.
 *
 * @example calendarDateIn('2026-03-10T01:30:00Z', 'Pacific Standard Time') → '2026-03-09'
 *   (17:30 the evening before in Los Angeles, still on standard time, UTC−8).
 * @example calendarDateIn('2026-03-10T01:30:00Z', 'Europe/Berlin') → '2026-03-10'
 * @throws ValidationError when the instant is not an ISO date-time or the zone is unknown.
 */
export function calendarDateIn(instant: string, timeZone: TimeZoneName): string {
  const zone = resolveIanaZone(timeZone);
  const date = DateTime.fromISO(instant, { setZone: true }).setZone(zone).toISODate();
  if (date === null) {
    throw ValidationError.single(
      'instant',
      `"${instant}" is not a date-time: use ISO 8601 such as 2026-03-10T17:00:00Z`,
    );
  }
  return date;
}
