import { ValidationError } from '../../../src/domain/errors';
import {
  expandOccurrences,
  MAX_EXPANDED_OCCURRENCES,
  type ExpandOccurrencesOptions,
  type PatternedRecurrence,
  type RecurrencePattern,
  type RecurrenceRange,
} from '../../../src/domain/recurrence';

const weekly = (
  daysOfWeek: RecurrencePattern['daysOfWeek'],
  extra: Partial<RecurrencePattern> = {},
): RecurrencePattern => ({ type: 'weekly', interval: 1, daysOfWeek, ...extra });

const numbered = (startDate: string, numberOfOccurrences: number): RecurrenceRange => ({
  type: 'numbered',
  startDate,
  numberOfOccurrences,
});

function expand(
  recurrence: PatternedRecurrence,
  overrides: Partial<ExpandOccurrencesOptions> = {},
): ReturnType<typeof expandOccurrences> {
  return expandOccurrences({
    start: { dateTime: `${recurrence.range.startDate}T09:00:00`, timeZone: 'UTC' },
    durationMinutes: 60,
    recurrence,
    ...overrides,
  });
}

const localDates = (recurrence: PatternedRecurrence): string[] =>
  expand(recurrence).map((occurrence) => occurrence.localStart.slice(0, 10));

function validationErrorOf(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('expandOccurrences', () => {
  describe('pattern types', () => {
    it.each<[string, RecurrencePattern, RecurrenceRange, string[]]>([
      [
        'every 3 days',
        { type: 'daily', interval: 3 },
        numbered('2025-01-30', 4),
        ['2025-01-30', '2025-02-02', '2025-02-05', '2025-02-08'],
      ],
      [
        'Tuesday and Thursday every week, starting on a Wednesday',
        weekly(['tuesday', 'thursday']),
        numbered('2025-03-05', 4),
        ['2025-03-06', '2025-03-11', '2025-03-13', '2025-03-18'],
      ],
      [
        'every 2 weeks on Monday, when the first week has no Monday left',
        weekly(['monday'], { interval: 2 }),
        numbered('2025-03-05', 3),
        ['2025-03-17', '2025-03-31', '2025-04-14'],
      ],
      [
        'every Monday until the end of 2017 (Graph docs: last one on 25 December)',
        weekly(['monday']),
        { type: 'endDate', startDate: '2017-09-04', endDate: '2017-12-31' },
        Array.from({ length: 17 }, (_, week) =>
          new Date(Date.UTC(2017, 8, 4 + week * 7)).toISOString().slice(0, 10),
        ),
      ],
      [
        'the 15th of every month, starting after the 15th',
        { type: 'absoluteMonthly', interval: 1, dayOfMonth: 15 },
        numbered('2025-01-20', 3),
        ['2025-02-15', '2025-03-15', '2025-04-15'],
      ],
      [
        'quarterly on the 7th: the interval counts from the first occurrence',
        { type: 'absoluteMonthly', interval: 3, dayOfMonth: 7 },
        numbered('2025-01-10', 3),
        ['2025-02-07', '2025-05-07', '2025-08-07'],
      ],
      [
        'first Tuesday of every month',
        { type: 'relativeMonthly', interval: 1, daysOfWeek: ['tuesday'], index: 'first' },
        numbered('2025-01-01', 3),
        ['2025-01-07', '2025-02-04', '2025-03-04'],
      ],
      [
        'first Thursday of every other month from 29 August 2017 (Graph docs: starts in September)',
        { type: 'relativeMonthly', interval: 2, daysOfWeek: ['thursday'], index: 'first' },
        numbered('2017-08-29', 3),
        ['2017-09-07', '2017-11-02', '2018-01-04'],
      ],
      [
        'last Friday of every 3 months',
        { type: 'relativeMonthly', interval: 3, daysOfWeek: ['friday'], index: 'last' },
        numbered('2025-01-01', 3),
        ['2025-01-31', '2025-04-25', '2025-07-25'],
      ],
      [
        'the first weekday of every month',
        {
          type: 'relativeMonthly',
          interval: 1,
          daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
          index: 'first',
        },
        numbered('2025-01-01', 6),
        ['2025-01-01', '2025-02-03', '2025-03-03', '2025-04-01', '2025-05-01', '2025-06-02'],
      ],
      [
        'the last weekday of every month',
        {
          type: 'relativeMonthly',
          interval: 1,
          daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
          index: 'last',
        },
        numbered('2025-01-01', 3),
        ['2025-01-31', '2025-02-28', '2025-03-31'],
      ],
      [
        'the second weekend day of every month',
        {
          type: 'relativeMonthly',
          interval: 1,
          daysOfWeek: ['saturday', 'sunday'],
          index: 'second',
        },
        numbered('2025-01-01', 2),
        ['2025-01-05', '2025-02-02'],
      ],
      [
        'the index defaults to first',
        { type: 'relativeMonthly', interval: 1, daysOfWeek: ['monday'] },
        numbered('2025-01-01', 2),
        ['2025-01-06', '2025-02-03'],
      ],
      [
        'every 15 March, starting after March',
        { type: 'absoluteYearly', interval: 1, month: 3, dayOfMonth: 15 },
        numbered('2025-04-01', 2),
        ['2026-03-15', '2027-03-15'],
      ],
      [
        'the last Wednesday of November every year',
        {
          type: 'relativeYearly',
          interval: 1,
          month: 11,
          daysOfWeek: ['wednesday'],
          index: 'last',
        },
        numbered('2025-01-01', 2),
        ['2025-11-26', '2026-11-25'],
      ],
    ])('%s', (_name, pattern, range, expected) => {
      expect(localDates({ pattern, range })).toEqual(expected);
    });
  });

  describe('days the month lacks fall on its last day (Outlook)', () => {
    it.each<[string, RecurrencePattern, string, number, string[]]>([
      [
        'day 31 monthly',
        { type: 'absoluteMonthly', interval: 1, dayOfMonth: 31 },
        '2025-01-01',
        6,
        ['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30'],
      ],
      [
        'day 30 monthly in a leap year',
        { type: 'absoluteMonthly', interval: 1, dayOfMonth: 30 },
        '2024-01-01',
        3,
        ['2024-01-30', '2024-02-29', '2024-03-30'],
      ],
      [
        'day 31 quarterly',
        { type: 'absoluteMonthly', interval: 3, dayOfMonth: 31 },
        '2025-03-01',
        4,
        ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'],
      ],
      [
        '29 February yearly: 28 February in common years',
        { type: 'absoluteYearly', interval: 1, month: 2, dayOfMonth: 29 },
        '2024-01-01',
        5,
        ['2024-02-29', '2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29'],
      ],
      [
        '29 February yearly: 2100 is not a leap year, 2000 was',
        { type: 'absoluteYearly', interval: 25, month: 2, dayOfMonth: 29 },
        '2000-01-01',
        5,
        ['2000-02-29', '2025-02-28', '2050-02-28', '2075-02-28', '2100-02-28'],
      ],
      [
        'a short month is still a valid first month',
        { type: 'absoluteMonthly', interval: 1, dayOfMonth: 31 },
        '2025-02-28',
        2,
        ['2025-02-28', '2025-03-31'],
      ],
    ])('%s', (_name, pattern, startDate, count, expected) => {
      expect(localDates({ pattern, range: numbered(startDate, count) })).toEqual(expected);
    });
  });

  describe('weeks start on firstDayOfWeek', () => {
    it.each<[RecurrencePattern['firstDayOfWeek'], string[]]>([
      [undefined, ['2025-03-02', '2025-03-03', '2025-03-16', '2025-03-17']],
      ['sunday', ['2025-03-02', '2025-03-03', '2025-03-16', '2025-03-17']],
      ['monday', ['2025-03-02', '2025-03-10', '2025-03-16', '2025-03-24']],
    ])(
      'every 2 weeks on Sunday and Monday from Sunday 2 March 2025, week starting %s',
      (firstDayOfWeek, expected) => {
        const pattern = weekly(['sunday', 'monday'], { interval: 2, firstDayOfWeek });
        expect(localDates({ pattern, range: numbered('2025-03-02', 4) })).toEqual(expected);
      },
    );
  });

  describe('ranges', () => {
    it.each([
      ['2025-03-18', ['2025-03-04', '2025-03-11', '2025-03-18']],
      ['2025-03-17', ['2025-03-04', '2025-03-11']],
    ])('includes the end date itself (until %s)', (endDate, expected) => {
      const range: RecurrenceRange = { type: 'endDate', startDate: '2025-03-04', endDate };
      expect(localDates({ pattern: weekly(['tuesday']), range })).toEqual(expected);
    });

    it.each<[string | undefined, number]>([
      [undefined, 3],
      ['UTC', 2],
      ['Pacific Standard Time', 3],
    ])(
      'reads the end date in the recurrence time zone (%s) for a Tuesday 20:00 Pacific meeting',
      (recurrenceTimeZone, count) => {
        const recurrence: PatternedRecurrence = {
          pattern: weekly(['tuesday']),
          range: {
            type: 'endDate',
            startDate: '2025-03-04',
            endDate: '2025-03-18',
            recurrenceTimeZone,
          },
        };
        const occurrences = expand(recurrence, {
          start: { dateTime: '2025-03-04T20:00:00', timeZone: 'Pacific Standard Time' },
        });
        expect(occurrences).toHaveLength(count);
      },
    );

    it('counts numbered occurrences from the first match, not from the start date', () => {
      const occurrences = expand({
        pattern: weekly(['tuesday']),
        range: numbered('2025-03-05', 2),
      });
      expect(occurrences.map((o) => [o.sequence, o.localStart])).toEqual([
        [0, '2025-03-11T09:00:00'],
        [1, '2025-03-18T09:00:00'],
      ]);
    });

    it('stops a series with no end at the maximum count', () => {
      const recurrence: PatternedRecurrence = {
        pattern: weekly(['monday']),
        range: { type: 'noEnd', startDate: '2025-01-06' },
      };
      expect(expand(recurrence, { maxCount: 2 }).map((o) => o.utcStart)).toEqual([
        '2025-01-06T09:00:00Z',
        '2025-01-13T09:00:00Z',
      ]);
    });

    it('asks for a window or a count when the series has no end', () => {
      const error = validationErrorOf(() =>
        expand({ pattern: weekly(['monday']), range: { type: 'noEnd', startDate: '2025-01-06' } }),
      );
      expect(error.field).toBe('window');
      expect(error.message).toMatch(/no end: give a window/);
    });

    it('says so when the days never fall between the start and end dates', () => {
      const error = validationErrorOf(() =>
        expand({
          pattern: weekly(['monday']),
          range: { type: 'endDate', startDate: '2025-03-04', endDate: '2025-03-09' },
        }),
      );
      expect(error.field).toBe('recurrence.range');
      expect(error.issues[0]?.message).toBe(
        'This cadence has no meeting between 2025-03-04 and 2025-03-09: check the start date, end date and days',
      );
    });
  });

  describe('windows', () => {
    const everyTuesday: PatternedRecurrence = {
      pattern: weekly(['tuesday']),
      range: { type: 'noEnd', startDate: '2025-01-07' },
    };

    it('jumps to a window years later and keeps counting from the first meeting', () => {
      const occurrences = expand(everyTuesday, {
        window: { from: '2030-01-01T00:00:00Z', to: '2030-01-15T00:00:00Z' },
      });
      expect(occurrences.map((o) => [o.sequence, o.utcStart])).toEqual([
        [260, '2030-01-01T09:00:00Z'],
        [261, '2030-01-08T09:00:00Z'],
      ]);
    });

    it.each([
      ['starts during the meeting', '2025-01-07T09:30:00Z', '2025-01-08T00:00:00Z', 1],
      ['starts when the meeting ends', '2025-01-07T10:00:00Z', '2025-01-08T00:00:00Z', 0],
      ['ends when the meeting starts', '2025-01-07T00:00:00Z', '2025-01-07T09:00:00Z', 0],
      ['ends one minute into the meeting', '2025-01-07T00:00:00Z', '2025-01-07T09:01:00Z', 1],
      ['is given with an offset', '2025-01-07T01:00:00-08:00', '2025-01-07T02:00:00-08:00', 1],
    ])('lists a meeting that overlaps a window that %s', (_name, from, to, count) => {
      expect(expand(everyTuesday, { window: { from, to } })).toHaveLength(count);
    });

    it('lists a zero-minute meeting that starts inside the window', () => {
      const occurrences = expand(everyTuesday, {
        durationMinutes: 0,
        window: { from: '2025-01-07T09:00:00Z', to: '2025-01-07T09:01:00Z' },
      });
      expect(occurrences.map((o) => [o.utcStart, o.utcEnd])).toEqual([
        ['2025-01-07T09:00:00Z', '2025-01-07T09:00:00Z'],
      ]);
    });

    it('applies the window and then the maximum count', () => {
      const occurrences = expand(everyTuesday, {
        window: { from: '2025-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
        maxCount: 2,
      });
      expect(occurrences.map((o) => o.localStart)).toEqual([
        '2025-02-04T09:00:00',
        '2025-02-11T09:00:00',
      ]);
    });

    it('returns nothing for a window before the series', () => {
      expect(
        expand(everyTuesday, {
          window: { from: '2024-01-01T00:00:00Z', to: '2025-01-01T00:00:00Z' },
        }),
      ).toEqual([]);
    });

    it('refuses to list more than the named limit without a count', () => {
      const daily: PatternedRecurrence = {
        pattern: { type: 'daily', interval: 1 },
        range: { type: 'noEnd', startDate: '2025-01-01' },
      };
      const window = { from: '2025-01-01T00:00:00Z', to: '2045-01-01T00:00:00Z' };
      expect(validationErrorOf(() => expand(daily, { window })).message).toMatch(
        new RegExp(`more than ${MAX_EXPANDED_OCCURRENCES} meetings`),
      );
      expect(expand(daily, { window, maxCount: 10 })).toHaveLength(10);
    });

    it('expands three years of a weekly cadence instantly', () => {
      const started = performance.now();
      const occurrences = expand(
        {
          pattern: weekly(['monday', 'thursday']),
          range: { type: 'noEnd', startDate: '2025-01-01' },
        },
        {
          start: { dateTime: '2025-01-01T09:00:00', timeZone: 'Pacific Standard Time' },
          window: { from: '2025-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' },
        },
      );
      expect(occurrences).toHaveLength(313);
      expect(performance.now() - started).toBeLessThan(500);
    });
  });

  describe('daylight saving time', () => {
    const sundays = (startDate: string, count: number): PatternedRecurrence => ({
      pattern: weekly(['sunday']),
      range: numbered(startDate, count),
    });

    it.each<[string, string, string, string[], string[]]>([
      [
        'keeps 09:00 Pacific when daylight time begins',
        'Pacific Standard Time',
        '2025-03-02T09:00:00',
        ['2025-03-02T09:00:00', '2025-03-09T09:00:00', '2025-03-16T09:00:00'],
        ['2025-03-02T17:00:00Z', '2025-03-09T16:00:00Z', '2025-03-16T16:00:00Z'],
      ],
      [
        'keeps 09:00 Pacific when daylight time ends',
        'America/Los_Angeles',
        '2025-10-26T09:00:00',
        ['2025-10-26T09:00:00', '2025-11-02T09:00:00', '2025-11-09T09:00:00'],
        ['2025-10-26T16:00:00Z', '2025-11-02T17:00:00Z', '2025-11-09T17:00:00Z'],
      ],
      [
        'moves 02:30 Pacific forward by the hour that does not exist on 9 March',
        'Pacific Standard Time',
        '2025-03-02T02:30:00',
        ['2025-03-02T02:30:00', '2025-03-09T03:30:00', '2025-03-16T02:30:00'],
        ['2025-03-02T10:30:00Z', '2025-03-09T10:30:00Z', '2025-03-16T09:30:00Z'],
      ],
      [
        'takes the first (daylight) 01:30 Pacific on 2 November',
        'Pacific Standard Time',
        '2025-10-26T01:30:00',
        ['2025-10-26T01:30:00', '2025-11-02T01:30:00', '2025-11-09T01:30:00'],
        ['2025-10-26T08:30:00Z', '2025-11-02T08:30:00Z', '2025-11-09T09:30:00Z'],
      ],
      [
        'moves 01:30 London forward to 02:30 BST on 30 March',
        'GMT Standard Time',
        '2025-03-23T01:30:00',
        ['2025-03-23T01:30:00', '2025-03-30T02:30:00', '2025-04-06T01:30:00'],
        ['2025-03-23T01:30:00Z', '2025-03-30T01:30:00Z', '2025-04-06T00:30:00Z'],
      ],
      [
        'takes the first (BST) 01:30 London on 26 October',
        'Europe/London',
        '2025-10-19T01:30:00',
        ['2025-10-19T01:30:00', '2025-10-26T01:30:00', '2025-11-02T01:30:00'],
        ['2025-10-19T00:30:00Z', '2025-10-26T00:30:00Z', '2025-11-02T01:30:00Z'],
      ],
      [
        'keeps 09:00 Sydney when daylight time ends in April (southern hemisphere)',
        'AUS Eastern Standard Time',
        '2025-03-30T09:00:00',
        ['2025-03-30T09:00:00', '2025-04-06T09:00:00'],
        ['2025-03-29T22:00:00Z', '2025-04-05T23:00:00Z'],
      ],
      [
        'keeps 09:00 Sydney when daylight time begins in October',
        'Australia/Sydney',
        '2025-09-28T09:00:00',
        ['2025-09-28T09:00:00', '2025-10-05T09:00:00'],
        ['2025-09-27T23:00:00Z', '2025-10-04T22:00:00Z'],
      ],
      [
        'moves 02:30 Sydney forward to 03:30 on 5 October',
        'AUS Eastern Standard Time',
        '2025-09-28T02:30:00',
        ['2025-09-28T02:30:00', '2025-10-05T03:30:00'],
        ['2025-09-27T16:30:00Z', '2025-10-04T16:30:00Z'],
      ],
      [
        'takes the first (daylight) 02:30 Sydney on 6 April',
        'Australia/Sydney',
        '2025-03-30T02:30:00',
        ['2025-03-30T02:30:00', '2025-04-06T02:30:00'],
        ['2025-03-29T15:30:00Z', '2025-04-05T15:30:00Z'],
      ],
    ])('%s', (_name, timeZone, dateTime, localStarts, utcStarts) => {
      const recurrence = sundays(dateTime.slice(0, 10), localStarts.length);
      const occurrences = expand(recurrence, { start: { dateTime, timeZone } });
      expect(occurrences.map((o) => o.localStart)).toEqual(localStarts);
      expect(occurrences.map((o) => o.utcStart)).toEqual(utcStarts);
      expect(occurrences.map((o) => o.id)).toEqual(utcStarts);
    });

    it('ends a meeting that spans the change at the right wall-clock time', () => {
      const [occurrence] = expand(sundays('2025-03-09', 1), {
        start: { dateTime: '2025-03-09T01:30:00', timeZone: 'Pacific Standard Time' },
        durationMinutes: 60,
      });
      expect(occurrence).toEqual({
        id: '2025-03-09T09:30:00Z',
        sequence: 0,
        timeZone: 'America/Los_Angeles',
        localStart: '2025-03-09T01:30:00',
        localEnd: '2025-03-09T03:30:00',
        utcStart: '2025-03-09T09:30:00Z',
        utcEnd: '2025-03-09T10:30:00Z',
      });
    });
  });

  describe('Windows and IANA time-zone names', () => {
    it.each([
      ['Pacific Standard Time', 'America/Los_Angeles'],
      ['GMT Standard Time', 'Europe/London'],
      ['AUS Eastern Standard Time', 'Australia/Sydney'],
      ['W. Europe Standard Time', 'Europe/Berlin'],
    ])('gives the same occurrences for "%s" and "%s"', (windows, iana) => {
      const recurrence: PatternedRecurrence = {
        pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['tuesday'], index: 'first' },
        range: numbered('2025-01-01', 12),
      };
      const at = (timeZone: string) =>
        expand(recurrence, { start: { dateTime: '2025-01-01T02:30:00', timeZone } });
      expect(at(windows)).toEqual(at(iana));
    });
  });

  describe('input', () => {
    const recurrence: PatternedRecurrence = {
      pattern: weekly(['monday']),
      range: numbered('2025-01-06', 1),
    };

    it('accepts Graph dateTime values with fractional seconds', () => {
      const [occurrence] = expand(recurrence, {
        start: { dateTime: '2025-01-06T09:15:00.0000000', timeZone: 'UTC' },
      });
      expect(occurrence?.utcStart).toBe('2025-01-06T09:15:00Z');
    });

    it('reports every wrong option at once', () => {
      const error = validationErrorOf(() =>
        expandOccurrences({
          start: { dateTime: '2025-02-30T09:00', timeZone: 'UTC' },
          durationMinutes: -5,
          recurrence,
          window: { from: '2025-01-02T00:00:00Z', to: '2025-01-01T00:00:00Z' },
          maxCount: 0,
        }),
      );
      expect(error.issues.map((issue) => issue.field)).toEqual([
        'start.dateTime',
        'durationMinutes',
        'window.to',
        'maxCount',
      ]);
    });

    it.each([
      [
        'a window without an offset',
        { window: { from: '2025-01-01T00:00:00', to: '2025-02-01T00:00:00Z' } },
        'window.from',
      ],
      [
        'an unknown time zone',
        { start: { dateTime: '2025-01-06T09:00:00', timeZone: 'Moon Time' } },
        'start.timeZone',
      ],
      [
        'a week-long meeting plus a minute',
        { durationMinutes: 7 * 24 * 60 + 1 },
        'durationMinutes',
      ],
      [
        '25 o’clock',
        { start: { dateTime: '2025-01-06T25:00:00', timeZone: 'UTC' } },
        'start.dateTime',
      ],
    ])('rejects %s', (_name, overrides: Partial<ExpandOccurrencesOptions>, field) => {
      expect(validationErrorOf(() => expand(recurrence, overrides)).field).toBe(field);
    });

    it('rejects an invalid recurrence with the recurrence field names', () => {
      const error = validationErrorOf(() =>
        expand({ pattern: weekly([], { interval: 0 }), range: numbered('2025-01-06', 1) }),
      );
      expect(error.issues.map((issue) => issue.field)).toEqual([
        'recurrence.pattern.interval',
        'recurrence.pattern.daysOfWeek',
      ]);
    });

    it('does not change its input', () => {
      const options: ExpandOccurrencesOptions = {
        start: { dateTime: '2025-01-06T09:00:00', timeZone: 'Pacific Standard Time' },
        durationMinutes: 30,
        recurrence: { pattern: weekly(['friday', 'monday']), range: numbered('2025-01-06', 3) },
      };
      const copy = structuredClone(options);
      expandOccurrences(options);
      expect(options).toEqual(copy);
    });
  });
});
