/**
 * Civil-calendar arithmetic on `YYYY-MM-DD` dates and plain integers: the one place in the domain
 * that knows how long a month is, which dates are real and which weekday a date falls on.
 *
 * Meeting dates, due dates, out-of-office days and recurrence ranges are calendar dates ("the
 * 15th", "away on Tuesday"), not instants, so the domain works on day numbers (days since
 * 1970-01-01 in the proleptic Gregorian calendar) and only turns a date and a wall-clock time into
 * an instant at the very end, in a named zone. Integer maths, rather than a `Date` or a luxon
 * `DateTime` per date, keeps a multi-year expansion or a slot search over a team's calendars fast
 * and free of time-zone surprises, and is exact for years 0000–9999 (a `Date.UTC` round trip reads
 * years below 100 as 1900–1999).
 *
 * @example
 * dayNumberOf({ year: 2027, month: 3, day: 16 }) // 20893
 * weekdayOf(20893)                                // 2 (Tuesday)
 * formatCalendarDate(20893)                       // '2027-03-16'
 * addDays('2027-02-28', 1)                        // '2027-03-01'
 */

import { ValidationError } from './errors';

/** Days since 1970-01-01 (negative before): the index of a calendar date. */
export type DayNumber = number;

/** A calendar date as numbers; `month` and `day` count from 1. */
export interface CivilDate {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
}

/** Days from 0000-03-01 to 1970-01-01: Hinnant's epoch shift. */
const DAYS_BEFORE_EPOCH = 719_468;
/** Days in a 400-year Gregorian era. */
const DAYS_PER_ERA = 146_097;
const DAYS_PER_WEEK = 7;
/** 1970-01-01 was a Thursday. */
const EPOCH_WEEKDAY = 4;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Howard Hinnant's days_from_civil: exact for every proleptic Gregorian date. */
export function dayNumberOf(date: CivilDate): DayNumber {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = date.month + (date.month > 2 ? -3 : 9);
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + date.day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - DAYS_BEFORE_EPOCH;
}

/** Howard Hinnant's civil_from_days: the inverse of {@link dayNumberOf}. */
export function civilDateOf(dayNumber: DayNumber): CivilDate {
  const shifted = dayNumber + DAYS_BEFORE_EPOCH;
  const era = Math.floor(shifted / DAYS_PER_ERA);
  const dayOfEra = shifted - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch + (monthFromMarch < 10 ? 3 : -9);
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** 0 = Sunday … 6 = Saturday: the order of Graph's `dayOfWeek` enum and of `getUTCDay()`. */
export function weekdayOf(dayNumber: DayNumber): number {
  return (((dayNumber + EPOCH_WEEKDAY) % DAYS_PER_WEEK) + DAYS_PER_WEEK) % DAYS_PER_WEEK;
}

/** Gregorian leap years: every fourth year, except centuries not divisible by 400 (1900, 2100). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** 28–31 for `month` 1–12 of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 31;
}

/** Months since January of year 0, so that "every N months" is plain addition. */
export function monthNumberOf(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/** The inverse of {@link monthNumberOf}. */
export function yearAndMonthOf(monthNumber: number): { year: number; month: number } {
  const year = Math.floor(monthNumber / 12);
  return { year, month: monthNumber - year * 12 + 1 };
}

/** True when `month` is 1–12 and `day` exists in that month of `year` (2024-02-29, not 2025-02-29). */
export function isRealDate(date: CivilDate): boolean {
  return (
    Number.isInteger(date.year) &&
    Number.isInteger(date.month) &&
    Number.isInteger(date.day) &&
    date.month >= 1 &&
    date.month <= 12 &&
    date.day >= 1 &&
    date.day <= daysInMonth(date.year, date.month)
  );
}

/**
 * Reads a strict `YYYY-MM-DD` that names a real date; `undefined` for anything else: another
 * shape (`2027-3-9`, `2027-03-09T10:00`, a number), or a day the month lacks (`2023-02-29`).
 */
export function parseCalendarDate(text: unknown): CivilDate | undefined {
  if (typeof text !== 'string') return undefined;
  const match = CALENDAR_DATE.exec(text);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDate(date) ? date : undefined;
}

/** The day number of a real `YYYY-MM-DD` date, else `undefined` (see {@link parseCalendarDate}). */
export function parseDayNumber(text: unknown): DayNumber | undefined {
  const date = parseCalendarDate(text);
  return date === undefined ? undefined : dayNumberOf(date);
}

/**
 * True for a real calendar date written `YYYY-MM-DD`, so `2028-02-29` passes and `2027-02-29`,
 * `2027-3-9` and `2027-03-09T10:00` do not. Dates that pass sort in date order as strings, which
 * is how callers compare them.
 */
export function isCalendarDate(value: unknown): value is string {
  return parseCalendarDate(value) !== undefined;
}

/** `YYYY-MM-DD` for a day number. */
export function formatCalendarDate(dayNumber: DayNumber): string {
  const { year, month, day } = civilDateOf(dayNumber);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/**
 * The calendar date `days` days after `date` (before, when negative), across month and year ends:
 * `addDays('2028-02-28', 1)` is `2028-02-29`, `addDays('2027-12-31', 1)` is `2028-01-01`.
 *
 * @throws ValidationError (field `date`) when `date` is not a real `YYYY-MM-DD` date.
 */
export function addDays(date: string, days: number): string {
  const dayNumber = parseDayNumber(date);
  if (dayNumber === undefined) {
    throw ValidationError.single(
      'date',
      `"${date}" is not a calendar date: write it YYYY-MM-DD, such as 2027-03-09`,
    );
  }
  return formatCalendarDate(dayNumber + days);
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
