import fc from 'fast-check';
import {
  addDays,
  civilDateOf,
  dayNumberOf,
  daysInMonth,
  formatCalendarDate,
  isCalendarDate,
  isLeapYear,
  isRealDate,
  monthNumberOf,
  parseCalendarDate,
  parseDayNumber,
  weekdayOf,
  yearAndMonthOf,
} from '../../src/domain/calendarDate';
import { ValidationError } from '../../src/domain/errors';

const MS_PER_DAY = 86_400_000;
/** 0000-01-01 and 9999-12-31: every date `YYYY-MM-DD` can write. */
const FIRST_DAY = -719_528;
const LAST_DAY = 2_932_896;
const anyDay = fc.integer({ min: FIRST_DAY, max: LAST_DAY });

/** An independent oracle: the JavaScript `Date` on epoch milliseconds (exact for every year). */
const isoOfDay = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

describe('calendarDate', () => {
  describe('day numbers', () => {
    it.each([
      ['1970-01-01', 0],
      ['1969-12-31', -1],
      ['2000-02-29', 11_016],
      ['2000-03-01', 11_017],
      ['2027-03-16', 20_893],
      ['0000-01-01', FIRST_DAY],
      ['9999-12-31', LAST_DAY],
    ])('counts %s as day %p since 1970-01-01', (text, day) => {
      const date = parseCalendarDate(text);
      expect(date).toBeDefined();
      expect(dayNumberOf(date as NonNullable<typeof date>)).toBe(day);
      expect(parseDayNumber(text)).toBe(day);
      expect(formatCalendarDate(day)).toBe(text);
    });

    it('turns every day from 0000-01-01 to 9999-12-31 into the date Date does, and back', () => {
      fc.assert(
        fc.property(anyDay, (day) => {
          const text = formatCalendarDate(day);
          expect(text).toBe(isoOfDay(day));
          expect(dayNumberOf(civilDateOf(day))).toBe(day);
          expect(isCalendarDate(text)).toBe(true);
          expect(parseDayNumber(text)).toBe(day);
        }),
        { numRuns: 500 },
      );
    });
  });

  describe('weekdayOf', () => {
    it.each([
      [0, 4, 'Thursday 1970-01-01'],
      [-1, 3, 'Wednesday 1969-12-31'],
      [20_893, 2, 'Tuesday 2027-03-16'],
      [20_898, 0, 'Sunday 2027-03-21'],
      [20_897, 6, 'Saturday 2027-03-20'],
    ])('gives day %p weekday %p (%s), counting from Sunday = 0 as Graph does', (day, weekday) => {
      expect(weekdayOf(day)).toBe(weekday);
    });

    it('agrees with getUTCDay for every date', () => {
      fc.assert(
        fc.property(anyDay, (day) => {
          expect(weekdayOf(day)).toBe(new Date(day * MS_PER_DAY).getUTCDay());
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('leap years and month lengths', () => {
    it.each([
      [2024, true],
      [2025, false],
      [2000, true],
      [1900, false],
      [2100, false],
      [2400, true],
      [0, true],
    ])('counts %p as a leap year: %p', (year, expected) => {
      expect(isLeapYear(year)).toBe(expected);
    });

    it.each([
      [2027, 1, 31],
      [2027, 2, 28],
      [2028, 2, 29],
      [1900, 2, 28],
      [2000, 2, 29],
      [2027, 4, 30],
      [2027, 6, 30],
      [2027, 9, 30],
      [2027, 11, 30],
      [2027, 12, 31],
    ])('gives %p-%p %p days', (year, month, days) => {
      expect(daysInMonth(year, month)).toBe(days);
    });
  });

  describe('month numbers', () => {
    it('makes "every N months" plain addition across year ends', () => {
      expect(yearAndMonthOf(monthNumberOf(2027, 11) + 3)).toEqual({ year: 2028, month: 2 });
      expect(yearAndMonthOf(monthNumberOf(2027, 1) - 1)).toEqual({ year: 2026, month: 12 });
    });

    it('round-trips every year and month', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
          expect(yearAndMonthOf(monthNumberOf(y, m))).toEqual({ year: y, month: m });
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('isCalendarDate', () => {
    it.each([
      ['2027-03-09', true],
      ['2028-02-29', true],
      ['2000-02-29', true],
      ['0050-01-01', true],
      ['0000-02-29', true],
      ['2027-02-29', false],
      ['1900-02-29', false],
      ['2027-04-31', false],
      ['2027-13-01', false],
      ['2027-00-10', false],
      ['2027-01-00', false],
      ['2027-3-9', false],
      ['27-03-09', false],
      ['2027-03-09T10:00', false],
      [' 2027-03-09', false],
      ['2027-03-09\n', false],
      ['', false],
      [20270309, false],
      [undefined, false],
      [null, false],
    ])('says %p is a real YYYY-MM-DD date: %p', (value, expected) => {
      expect(isCalendarDate(value)).toBe(expected);
      expect(parseDayNumber(value) !== undefined).toBe(expected);
    });

    it('reads years below 100 as themselves, not as 1900–1999', () => {
      expect(parseCalendarDate('0050-03-01')).toEqual({ year: 50, month: 3, day: 1 });
    });
  });

  describe('isRealDate', () => {
    it.each([
      [{ year: 2028, month: 2, day: 29 }, true],
      [{ year: 2027, month: 2, day: 29 }, false],
      [{ year: 2027, month: 0, day: 1 }, false],
      [{ year: 2027, month: 1.5, day: 1 }, false],
      [{ year: 2027, month: 1, day: 1.5 }, false],
      [{ year: 2027.5, month: 1, day: 1 }, false],
    ])('says %p exists: %p', (date, expected) => {
      expect(isRealDate(date)).toBe(expected);
    });
  });

  describe('addDays', () => {
    it.each([
      ['2027-03-09', 1, '2027-03-10'],
      ['2027-02-28', 1, '2027-03-01'],
      ['2028-02-28', 1, '2028-02-29'],
      ['2027-12-31', 1, '2028-01-01'],
      ['2027-03-01', -1, '2027-02-28'],
      ['2027-03-09', 0, '2027-03-09'],
      ['2027-03-09', 365, '2028-03-08'],
    ])('moves %s by %p days to %s', (date, days, expected) => {
      expect(addDays(date, days)).toBe(expected);
    });

    it('undoes itself', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 2_900_000 }),
          fc.integer({ min: -20_000, max: 20_000 }),
          (day, days) => {
            const date = formatCalendarDate(day);
            expect(addDays(addDays(date, days), -days)).toBe(date);
          },
        ),
        { numRuns: 200 },
      );
    });

    it('refuses a date that does not exist, naming the field', () => {
      expect(() => addDays('2027-02-30', 1)).toThrow(ValidationError);
      expect(() => addDays('2027-02-30', 1)).toThrow(
        expect.objectContaining({ field: 'date', message: expect.stringContaining('2027-02-30') }),
      );
    });
  });
});
