import { parseDayNumber } from '../calendarDate';
import { ValidationError, type FieldIssue } from '../errors';
import { resolveIanaZone, type IanaZone } from '../timeZone';

/** Checks shared by the scheduling functions; each records issues instead of throwing. */

export function timeIssue(field: string, value: unknown): FieldIssue {
  return {
    field,
    message: `"${String(value)}" is not a time of day. Use 24-hour HH:mm, such as 09:00 or 17:30.`,
  };
}

/** Resolves a zone name, or records why it cannot. */
export type ZoneResolver = (
  name: unknown,
  field: string,
  issues: FieldIssue[],
) => IanaZone | undefined;

/**
 * A `resolveZoneInto` that remembers names it has resolved, for one calculation: checking a zone
 * name costs tens of microseconds (the platform builds a formatter), and fifty people share a
 * handful of zones.
 */
export function memoizedZoneResolver(): ZoneResolver {
  const resolved = new Map<string, IanaZone>();
  return (name, field, issues) => {
    const known = typeof name === 'string' ? resolved.get(name) : undefined;
    if (known !== undefined) return known;
    const zone = resolveZoneInto(name, field, issues);
    if (zone !== undefined) resolved.set(name as string, zone);
    return zone;
  };
}

/** Resolves a Windows or IANA zone name, recording the problem instead of throwing. */
export function resolveZoneInto(
  name: unknown,
  field: string,
  issues: FieldIssue[],
): IanaZone | undefined {
  if (typeof name !== 'string' || name.trim() === '') {
    issues.push({
      field,
      message: 'Choose a time zone, such as "Pacific Standard Time" or "Europe/London".',
    });
    return undefined;
  }
  try {
    return resolveIanaZone(name, field);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    issues.push(...error.issues);
    return undefined;
  }
}

/**
 * Parses meeting dates `YYYY-MM-DD` into day indexes, in the given order, recording one issue per
 * date that is not a real calendar date.
 */
export function parseDateList(dates: unknown, path: string, issues: FieldIssue[]): number[] {
  if (!Array.isArray(dates)) {
    issues.push({ field: path, message: 'Give the meeting dates as a list of YYYY-MM-DD dates.' });
    return [];
  }
  const days: number[] = [];
  dates.forEach((date: unknown, index) => {
    const day = parseDayNumber(date);
    if (day === undefined) {
      issues.push({
        field: `${path}.${index}`,
        message: `"${String(date)}" is not a calendar date. Use YYYY-MM-DD, such as 2027-03-16.`,
      });
    } else {
      days.push(day);
    }
  });
  return days;
}
