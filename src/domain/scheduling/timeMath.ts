/**
 * Small, allocation-free time arithmetic for the slot search. Instants are UTC epoch milliseconds;
 * "wall" milliseconds are a local date and time written as if it were UTC, which lets a day index
 * (`Math.floor(wall / DAY_MS)`) and a minute of day fall out of plain division.
 */

import { dayNumberOf, formatCalendarDate, isRealDate } from '../calendarDate';

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
export const MINUTES_PER_DAY = 1440;

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight for `HH:mm`, or `undefined` when the text is not a time of day. */
export function parseTimeOfDay(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = TIME_OF_DAY.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** `HH:mm` for minutes after midnight (0–1439). */
export function formatTimeOfDay(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${pad2(hours)}:${pad2(minutes % 60)}`;
}

/**
 * Epoch milliseconds for an ISO 8601 instant with an explicit offset —
 * `YYYY-MM-DDTHH:mm[:ss[.fraction]](Z|±HH:mm)` — else `undefined`. A bare local time is refused:
 * "2027-03-16T09:00" could be any of 38 zones. Fractions finer than a millisecond (Graph sends
 * seven digits) are truncated.
 *
 * Hand-rolled rather than regex + `Date.parse`: a year of a large team's calendars is ~100 000
 * timestamps, and this runs several times faster.
 */
export function parseInstant(text: unknown): number | undefined {
  if (typeof text !== 'string' || text.length < 17) return undefined;
  const hasShape =
    text[4] === '-' &&
    text[7] === '-' &&
    (text[10] === 'T' || text[10] === 't') &&
    text[13] === ':';
  if (!hasShape) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  let index = 16;
  let second = 0;
  let millisecond = 0;
  if (text[index] === ':') {
    second = digitsAt(text, 17, 2);
    index = 19;
    if (text[index] === '.') {
      const fractionStart = ++index;
      while (index < text.length && isDigit(text.charCodeAt(index))) index++;
      const digits = index - fractionStart;
      if (digits === 0 || digits > 9) return undefined;
      const kept = Math.min(digits, 3);
      millisecond = digitsAt(text, fractionStart, kept) * 10 ** (3 - kept);
    }
  }
  const offsetMinutes = offsetAt(text, index);
  const date = { year, month, day };
  const isValid =
    offsetMinutes !== undefined &&
    year >= 0 &&
    isRealDate(date) &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 59;
  if (!isValid) return undefined;
  const wallMs =
    dayNumberOf(date) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + millisecond;
  return wallMs - offsetMinutes * MINUTE_MS;
}

/** `Z` or `±HH:mm` ending the text at `index`, as minutes east of UTC; else `undefined`. */
function offsetAt(text: string, index: number): number | undefined {
  const sign = text[index];
  if ((sign === 'Z' || sign === 'z') && index + 1 === text.length) return 0;
  if ((sign !== '+' && sign !== '-') || index + 6 !== text.length || text[index + 3] !== ':') {
    return undefined;
  }
  const hours = digitsAt(text, index + 1, 2);
  const minutes = digitsAt(text, index + 4, 2);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return undefined;
  return (sign === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** The number written by `length` digits at `start`, or -1 when any is not a digit. */
function digitsAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let index = start; index < start + length; index++) {
    const code = text.charCodeAt(index);
    if (!isDigit(code)) return -1;
    value = value * 10 + (code - 48);
  }
  return value;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `YYYY-MM-DDTHH:mm` for a wall-clock millisecond value. */
export function formatWallDateTime(wallMs: number): string {
  const day = Math.floor(wallMs / DAY_MS);
  const minuteOfDay = Math.floor((wallMs - day * DAY_MS) / MINUTE_MS);
  return `${formatCalendarDate(day)}T${formatTimeOfDay(minuteOfDay)}`;
}

/** ISO 8601 UTC (`2027-03-16T16:00:00.000Z`) for an instant. */
export function formatInstant(utcMs: number): string {
  return new Date(utcMs).toISOString();
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
