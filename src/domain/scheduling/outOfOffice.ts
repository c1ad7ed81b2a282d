import { ValidationError, type FieldIssue } from '../errors';
import type { TimeZoneName } from '../timeZone';
import { memoizedZoneResolver, parseDateList, resolveZoneInto } from './inputChecks';
import { coveredMs, indexPerson, parsePerson, stretchMinutes } from './personIndex';
import { DAY_MS, MINUTE_MS, parseTimeOfDay } from './timeMath';
import type { PersonAvailability } from './types';
import { zoneClockFactory } from './zoneClock';

/** The working day assumed for someone whose working hours are unknown, in the organizer's zone. */
export const DEFAULT_WORKING_DAY_START = '08:00';
export const DEFAULT_WORKING_DAY_END = '18:00';
/** Out of office for more than this share of the working day counts as away that day. */
export const OUT_OF_OFFICE_DAY_SHARE = 0.5;

export interface OutOfOfficeDatesOptions {
  readonly person: PersonAvailability;
  /** The organizer's zone (Windows or IANA), in which `dates` are meeting dates. */
  readonly timeZone: TimeZoneName;
  /** Meeting dates `YYYY-MM-DD`. */
  readonly dates: readonly string[];
}

/**
 * The dates, from `dates`, on which the person is away: out of office for **most of their working
 * day** (more than `OUT_OF_OFFICE_DAY_SHARE` of it), not merely during part of the meeting. The
 * rotation module uses this to skip a Mission Moment presenter, and a presenter who is out for the
 * morning but back for the afternoon meeting can still present; someone off for the whole day, or
 * out from 10:00 on, cannot.
 *
 * "Their working day" on a date is their working hours' start–end on that calendar date, on their
 * own clock (whether or not it is one of their working days); without working hours it is
 * 08:00–18:00 in the organizer's zone. Only `outOfOffice` time counts: busy is not away.
 *
 * @example A person in Kolkata working 09:30–18:30 India Standard Time with outOfOffice from
 * 2027-03-16T04:00:00Z (09:30 IST) to 2027-03-17T04:00:00Z: for dates 2027-03-16 and 2027-03-23
 * the result is ['2027-03-16'].
 *
 * Dates come back in the order given, each once.
 * @throws ValidationError naming every wrong field of the person, the zone or the dates.
 */
export function outOfOfficeDates(options: OutOfOfficeDatesOptions): string[];
/** The same, positionally, as the rotation module calls it. */
export function outOfOfficeDates(
  person: PersonAvailability,
  timeZone: TimeZoneName,
  dates: readonly string[],
): string[];
export function outOfOfficeDates(
  personOrOptions: PersonAvailability | OutOfOfficeDatesOptions,
  timeZone?: TimeZoneName,
  dates?: readonly string[],
): string[] {
  const options: OutOfOfficeDatesOptions =
    'person' in personOrOptions
      ? personOrOptions
      : { person: personOrOptions, timeZone: timeZone as TimeZoneName, dates: dates ?? [] };
  return findOutOfOfficeDates(options);
}

function findOutOfOfficeDates(options: OutOfOfficeDatesOptions): string[] {
  const issues: FieldIssue[] = [];
  const organizerZone = resolveZoneInto(options.timeZone, 'timeZone', issues);
  const parsed = parsePerson(options.person, {
    path: 'person',
    issues,
    resolveZone: memoizedZoneResolver(),
  });
  const days = parseDateList(options.dates, 'dates', issues);
  if (issues.length > 0) throw new ValidationError(issues);
  if (days.length === 0 || !parsed || !organizerZone) return [];

  const clockFor = zoneClockFactory(
    (Math.min(...days) - 2) * DAY_MS,
    (Math.max(...days) + 3) * DAY_MS,
  );
  const hours = parsed.workingHours;
  const clock = clockFor(hours?.zone ?? organizerZone);
  const startMinute = hours?.startMinute ?? (parseTimeOfDay(DEFAULT_WORKING_DAY_START) as number);
  const endMinute = hours?.endMinute ?? (parseTimeOfDay(DEFAULT_WORKING_DAY_END) as number);
  const lengthMinutes = stretchMinutes({ startMinute, endMinute });
  const outOfOffice = indexPerson(parsed).outOfOffice;

  const isAway = (day: number): boolean => {
    const dayStart = clock.toUtcMs(day * DAY_MS + startMinute * MINUTE_MS);
    const dayEnd = clock.toUtcMs(day * DAY_MS + (startMinute + lengthMinutes) * MINUTE_MS);
    return coveredMs(outOfOffice, dayStart, dayEnd) > OUT_OF_OFFICE_DAY_SHARE * (dayEnd - dayStart);
  };
  // Every date parsed, so `days[i]` is `dates[i]`.
  const away = options.dates.filter((_, index) => isAway(days[index] as number));
  return [...new Set(away)];
}
