/**
 * Civil-calendar arithmetic on plain integers, used internally by the recurrence module.
 *
 * Recurrence rules are about calendar dates ("the 15th", "the first Tuesday"), not instants, so the
 * expansion works on day numbers (days since 1970-01-01 in the proleptic Gregorian calendar) and
 * only turns a date and a wall-clock time into an instant at the very end. Integer maths keeps a
 * multi-year expansion instant and free of time-zone surprises.
 */

/** Days since 1970-01-01 (negative before). */
export type DayNumber = number;

export interface CivilDate {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Howard Hinnant's days_from_civil: exact for every Gregorian date. */
export function dayNumberOf(date: CivilDate): DayNumber {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = date.month + (date.month > 2 ? -3 : 9);
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + date.day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of {@link dayNumberOf}. */
export function civilDateOf(dayNumber: DayNumber): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth + (shiftedMonth < 10 ? 3 : -9);
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** 0 = Sunday … 6 = Saturday, the numbering Graph's `dayOfWeek` enum uses. 1970-01-01 was a Thursday. */
export function weekdayOf(dayNumber: DayNumber): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 31;
}

/** Months since year 0, so that "every N months" is plain addition. */
export function monthNumberOf(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function yearAndMonthOf(monthNumber: number): { year: number; month: number } {
  const year = Math.floor(monthNumber / 12);
  return { year, month: monthNumber - year * 12 + 1 };
}

/** Parses a strict `YYYY-MM-DD` that names a real date; `undefined` otherwise (e.g. `2023-02-29`). */
export function parseIsoDate(text: string): CivilDate | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const isReal =
    date.month >= 1 &&
    date.month <= 12 &&
    date.day >= 1 &&
    date.day <= daysInMonth(date.year, date.month);
  return isReal ? date : undefined;
}
