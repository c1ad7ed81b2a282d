import fc from 'fast-check';
import { ValidationError } from '../../../src/domain/errors';
import {
  type CadenceFrequency,
  type CadenceRange,
  DAYS_OF_WEEK,
  type DayOfWeek,
  describeCadence,
  fromPatternedRecurrence,
  type PatternedRecurrence,
  type RecurrencePattern,
  toPatternedRecurrence,
  type ToPatternedRecurrenceOptions,
  WEEK_INDEXES,
} from '../../../src/domain/recurrence';

const noEnd: CadenceRange = { kind: 'noEnd', startDate: '2025-09-02' };

function validationErrorOf(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('cadenceFrequency', () => {
  describe('toPatternedRecurrence', () => {
    it.each<[CadenceFrequency, RecurrencePattern]>([
      [
        { kind: 'weekly', dayOfWeek: 'tuesday' },
        { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'], firstDayOfWeek: 'sunday' },
      ],
      [
        { kind: 'everyNWeeks', interval: 2, daysOfWeek: ['thursday', 'tuesday'] },
        {
          type: 'weekly',
          interval: 2,
          daysOfWeek: ['tuesday', 'thursday'],
          firstDayOfWeek: 'sunday',
        },
      ],
      [
        { kind: 'severalWeekdays', daysOfWeek: ['monday', 'wednesday', 'friday'] },
        {
          type: 'weekly',
          interval: 1,
          daysOfWeek: ['monday', 'wednesday', 'friday'],
          firstDayOfWeek: 'sunday',
        },
      ],
      [
        { kind: 'monthlyByWeekday', week: 'first', dayOfWeek: 'tuesday' },
        {
          type: 'relativeMonthly',
          interval: 1,
          daysOfWeek: ['tuesday'],
          index: 'first',
          firstDayOfWeek: 'sunday',
        },
      ],
      [
        { kind: 'monthlyByDate', dayOfMonth: 15 },
        { type: 'absoluteMonthly', interval: 1, dayOfMonth: 15, firstDayOfWeek: 'sunday' },
      ],
      [
        { kind: 'quarterlyByWeekday', week: 'last', dayOfWeek: 'friday' },
        {
          type: 'relativeMonthly',
          interval: 3,
          daysOfWeek: ['friday'],
          index: 'last',
          firstDayOfWeek: 'sunday',
        },
      ],
      [
        { kind: 'quarterlyByDate', dayOfMonth: 15 },
        { type: 'absoluteMonthly', interval: 3, dayOfMonth: 15, firstDayOfWeek: 'sunday' },
      ],
      [
        { kind: 'yearlyByDate', month: 3, dayOfMonth: 15 },
        { type: 'absoluteYearly', interval: 1, month: 3, dayOfMonth: 15, firstDayOfWeek: 'sunday' },
      ],
      [
        { kind: 'yearlyByWeekday', month: 11, week: 'last', dayOfWeek: 'wednesday' },
        {
          type: 'relativeYearly',
          interval: 1,
          month: 11,
          daysOfWeek: ['wednesday'],
          index: 'last',
          firstDayOfWeek: 'sunday',
        },
      ],
    ])('maps %j to Graph’s pattern', (frequency, pattern) => {
      expect(toPatternedRecurrence({ frequency, range: noEnd }).pattern).toEqual(pattern);
    });

    it.each<[CadenceRange, string | undefined, PatternedRecurrence['range']]>([
      [
        { kind: 'untilDate', startDate: '2025-09-02', endDate: '2025-12-30' },
        undefined,
        { type: 'endDate', startDate: '2025-09-02', endDate: '2025-12-30' },
      ],
      [
        { kind: 'numberOfMeetings', startDate: '2025-09-02', numberOfMeetings: 10 },
        'Pacific Standard Time',
        {
          type: 'numbered',
          startDate: '2025-09-02',
          numberOfOccurrences: 10,
          recurrenceTimeZone: 'Pacific Standard Time',
        },
      ],
      [
        noEnd,
        'Europe/London',
        { type: 'noEnd', startDate: '2025-09-02', recurrenceTimeZone: 'Europe/London' },
      ],
    ])('maps the range %j to Graph’s range', (range, recurrenceTimeZone, expected) => {
      const recurrence = toPatternedRecurrence({
        frequency: { kind: 'weekly', dayOfWeek: 'tuesday' },
        range,
        recurrenceTimeZone,
      });
      expect(recurrence.range).toEqual(expected);
    });

    it('keeps the chosen first day of the week', () => {
      const recurrence = toPatternedRecurrence({
        frequency: { kind: 'everyNWeeks', interval: 2, daysOfWeek: ['monday'] },
        range: noEnd,
        firstDayOfWeek: 'monday',
      });
      expect(recurrence.pattern.firstDayOfWeek).toBe('monday');
    });

    it.each<[string, ToPatternedRecurrenceOptions, string, string]>([
      [
        'every 1 week as "every N weeks"',
        { frequency: { kind: 'everyNWeeks', interval: 1, daysOfWeek: ['monday'] }, range: noEnd },
        'frequency.interval',
        'Every N weeks needs a whole number of weeks from 2 to 99 (use weekly for every week)',
      ],
      [
        'one day as "several weekdays"',
        { frequency: { kind: 'severalWeekdays', daysOfWeek: ['monday'] }, range: noEnd },
        'frequency.daysOfWeek',
        'Choose two or more days of the week (or use weekly for one day)',
      ],
      [
        'the same day twice',
        { frequency: { kind: 'severalWeekdays', daysOfWeek: ['monday', 'monday'] }, range: noEnd },
        'frequency.daysOfWeek',
        'Choose each day of the week only once',
      ],
      [
        'day 0 of the month',
        { frequency: { kind: 'monthlyByDate', dayOfMonth: 0 }, range: noEnd },
        'frequency.dayOfMonth',
        'Day of the month must be a whole number from 1 to 31',
      ],
      [
        'an end date before the start',
        {
          frequency: { kind: 'weekly', dayOfWeek: 'monday' },
          range: { kind: 'untilDate', startDate: '2025-09-02', endDate: '2025-09-01' },
        },
        'range.endDate',
        'The end date must be on or after the start date (2025-09-02)',
      ],
      [
        'zero meetings',
        {
          frequency: { kind: 'weekly', dayOfWeek: 'monday' },
          range: { kind: 'numberOfMeetings', startDate: '2025-09-02', numberOfMeetings: 0 },
        },
        'range.numberOfMeetings',
        'Plan at least one meeting',
      ],
      [
        'an unknown time zone',
        {
          frequency: { kind: 'weekly', dayOfWeek: 'monday' },
          range: noEnd,
          recurrenceTimeZone: 'Mars',
        },
        'recurrenceTimeZone',
        '"Mars" is not a time zone we recognise. Use a Windows name such as "Pacific Standard Time" or an IANA name such as "America/Los_Angeles"',
      ],
    ])('rejects %s, saying what to change', (_name, options, field, message) => {
      expect(validationErrorOf(() => toPatternedRecurrence(options)).issues).toEqual([
        { field, message },
      ]);
    });

    it('rejects an unknown frequency kind', () => {
      const options = {
        frequency: { kind: 'fortnightly' },
        range: noEnd,
      } as unknown as ToPatternedRecurrenceOptions;
      expect(validationErrorOf(() => toPatternedRecurrence(options)).field).toBe('frequency.kind');
    });
  });

  describe('fromPatternedRecurrence', () => {
    it('reads a series master as Graph returns it, placeholders and capitals included', () => {
      const fromGraph = {
        pattern: {
          type: 'relativeMonthly',
          interval: 3,
          month: 0,
          dayOfMonth: 0,
          daysOfWeek: ['Friday'],
          firstDayOfWeek: 'sunday',
          index: 'last',
        },
        range: {
          type: 'numbered',
          startDate: '2025-01-01',
          endDate: '0001-01-01',
          numberOfOccurrences: 8,
          recurrenceTimeZone: 'Pacific Standard Time',
        },
      } as unknown as PatternedRecurrence;
      expect(fromPatternedRecurrence(fromGraph)).toEqual({
        frequency: { kind: 'quarterlyByWeekday', week: 'last', dayOfWeek: 'friday' },
        range: { kind: 'numberOfMeetings', startDate: '2025-01-01', numberOfMeetings: 8 },
        firstDayOfWeek: 'sunday',
        recurrenceTimeZone: 'Pacific Standard Time',
      });
    });

    it('reads days in week order and an omitted index as first', () => {
      const recurrence = fromPatternedRecurrence({
        pattern: { type: 'weekly', interval: 1, daysOfWeek: ['friday', 'monday'] },
        range: noEndRange,
      });
      expect(recurrence.frequency).toEqual({
        kind: 'severalWeekdays',
        daysOfWeek: ['monday', 'friday'],
      });
      expect(
        fromPatternedRecurrence({
          pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['monday'] },
          range: noEndRange,
        }).frequency,
      ).toEqual({ kind: 'monthlyByWeekday', week: 'first', dayOfWeek: 'monday' });
    });

    it.each<[string, RecurrencePattern, string]>([
      ['a daily series', { type: 'daily', interval: 1 }, 'recurrence.pattern.type'],
      [
        'every 2 months',
        { type: 'absoluteMonthly', interval: 2, dayOfMonth: 1 },
        'recurrence.pattern.interval',
      ],
      [
        'the first Monday every 6 months',
        { type: 'relativeMonthly', interval: 6, daysOfWeek: ['monday'] },
        'recurrence.pattern.interval',
      ],
      [
        'the first weekday of the month',
        {
          type: 'relativeMonthly',
          interval: 1,
          daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        },
        'recurrence.pattern.daysOfWeek',
      ],
      [
        'every 2 years',
        { type: 'absoluteYearly', interval: 2, month: 1, dayOfMonth: 1 },
        'recurrence.pattern.interval',
      ],
      [
        'every 2 years on a weekday',
        { type: 'relativeYearly', interval: 2, month: 1, daysOfWeek: ['monday'] },
        'recurrence.pattern.interval',
      ],
    ])('refuses %s, which the planner does not offer', (_name, pattern, field) => {
      const error = validationErrorOf(() =>
        fromPatternedRecurrence({ pattern, range: noEndRange }),
      );
      expect(error.field).toBe(field);
      expect(error.message).toMatch(/is not a CX cadence: choose weekly, every N weeks, monthly/);
    });

    it('maps an end-date range back', () => {
      expect(
        fromPatternedRecurrence({
          pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 31 },
          range: { type: 'endDate', startDate: '2025-01-01', endDate: '2025-06-30' },
        }),
      ).toEqual({
        frequency: { kind: 'monthlyByDate', dayOfMonth: 31 },
        range: { kind: 'untilDate', startDate: '2025-01-01', endDate: '2025-06-30' },
        firstDayOfWeek: 'sunday',
      });
    });
  });

  describe('round trip', () => {
    const day = fc.constantFrom(...DAYS_OF_WEEK);
    const days = (minLength: number) =>
      fc
        .subarray([...DAYS_OF_WEEK], { minLength })
        .map((list): DayOfWeek[] => DAYS_OF_WEEK.filter((d) => list.includes(d)));
    const week = fc.constantFrom(...WEEK_INDEXES);
    const dayOfMonth = fc.integer({ min: 1, max: 31 });
    const month = fc.integer({ min: 1, max: 12 });
    const frequency: fc.Arbitrary<CadenceFrequency> = fc.oneof(
      day.map((dayOfWeek) => ({ kind: 'weekly', dayOfWeek }) as const),
      fc
        .record({ interval: fc.integer({ min: 2, max: 99 }), daysOfWeek: days(1) })
        .map((f) => ({ kind: 'everyNWeeks', ...f }) as const),
      days(2).map((daysOfWeek) => ({ kind: 'severalWeekdays', daysOfWeek }) as const),
      fc.record({ week, dayOfWeek: day }).map((f) => ({ kind: 'monthlyByWeekday', ...f }) as const),
      dayOfMonth.map((d) => ({ kind: 'monthlyByDate', dayOfMonth: d }) as const),
      fc
        .record({ week, dayOfWeek: day })
        .map((f) => ({ kind: 'quarterlyByWeekday', ...f }) as const),
      dayOfMonth.map((d) => ({ kind: 'quarterlyByDate', dayOfMonth: d }) as const),
      fc.record({ month, dayOfMonth }).map((f) => ({ kind: 'yearlyByDate', ...f }) as const),
      fc
        .record({ month, week, dayOfWeek: day })
        .map((f) => ({ kind: 'yearlyByWeekday', ...f }) as const),
    );
    const isoDate = fc
      .date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2035-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    const range: fc.Arbitrary<CadenceRange> = fc.oneof(
      fc
        .tuple(isoDate, isoDate)
        .map(
          ([a, b]) =>
            ({ kind: 'untilDate', startDate: a < b ? a : b, endDate: a < b ? b : a }) as const,
        ),
      fc
        .record({ startDate: isoDate, numberOfMeetings: fc.integer({ min: 1, max: 999 }) })
        .map((r) => ({ kind: 'numberOfMeetings', ...r }) as const),
      isoDate.map((startDate) => ({ kind: 'noEnd', startDate }) as const),
    );
    const options: fc.Arbitrary<ToPatternedRecurrenceOptions> = fc.record(
      {
        frequency,
        range,
        firstDayOfWeek: day,
        recurrenceTimeZone: fc.constantFrom('Pacific Standard Time', 'Europe/London', 'UTC'),
      },
      { requiredKeys: ['frequency', 'range'] },
    );

    it('gives every cadence back unchanged after a trip through Graph’s shape', () => {
      fc.assert(
        fc.property(options, (input) => {
          const recurrence = toPatternedRecurrence(input);
          expect(fromPatternedRecurrence(recurrence)).toEqual({
            ...input,
            firstDayOfWeek: input.firstDayOfWeek ?? 'sunday',
          });
          expect(toPatternedRecurrence(fromPatternedRecurrence(recurrence))).toEqual(recurrence);
        }),
        { numRuns: 200 },
      );
    });

    it('describes every cadence in words', () => {
      fc.assert(
        fc.property(frequency, range, (f, r) => {
          expect(describeCadence(f, r)).toMatch(/^[A-Z][^]*\d{4}/);
        }),
        { numRuns: 100 },
      );
    });
  });

  describe('describeCadence', () => {
    it.each<[CadenceFrequency, string]>([
      [{ kind: 'weekly', dayOfWeek: 'tuesday' }, 'Weekly on Tuesday'],
      [{ kind: 'everyNWeeks', interval: 2, daysOfWeek: ['tuesday'] }, 'Every 2 weeks on Tuesday'],
      [
        { kind: 'everyNWeeks', interval: 3, daysOfWeek: ['tuesday', 'thursday'] },
        'Every 3 weeks on Tuesday and Thursday',
      ],
      [
        { kind: 'severalWeekdays', daysOfWeek: ['monday', 'wednesday', 'friday'] },
        'Weekly on Monday, Wednesday and Friday',
      ],
      [
        {
          kind: 'severalWeekdays',
          daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        },
        'Every weekday (Monday to Friday)',
      ],
      [
        { kind: 'monthlyByWeekday', week: 'first', dayOfWeek: 'tuesday' },
        'First Tuesday of every month',
      ],
      [{ kind: 'monthlyByDate', dayOfMonth: 15 }, 'Monthly on day 15'],
      [
        { kind: 'monthlyByDate', dayOfMonth: 31 },
        'Monthly on day 31 (or the last day of shorter months)',
      ],
      [{ kind: 'quarterlyByDate', dayOfMonth: 15 }, 'Quarterly on day 15'],
      [
        { kind: 'quarterlyByWeekday', week: 'last', dayOfWeek: 'friday' },
        'Last Friday of every 3 months',
      ],
      [{ kind: 'yearlyByDate', month: 3, dayOfMonth: 15 }, 'Yearly on March 15'],
      [
        { kind: 'yearlyByWeekday', month: 11, week: 'last', dayOfWeek: 'wednesday' },
        'Last Wednesday of November every year',
      ],
    ])('describes %j as "%s"', (frequency, text) => {
      expect(describeCadence(frequency)).toBe(text);
    });

    it.each<[CadenceRange, string]>([
      [
        { kind: 'untilDate', startDate: '2025-03-04', endDate: '2025-06-24' },
        'Weekly on Tuesday, from March 4, 2025 until June 24, 2025',
      ],
      [
        { kind: 'numberOfMeetings', startDate: '2025-03-04', numberOfMeetings: 10 },
        'Weekly on Tuesday, from March 4, 2025, 10 meetings',
      ],
      [
        { kind: 'numberOfMeetings', startDate: '2025-03-04', numberOfMeetings: 1 },
        'Weekly on Tuesday, from March 4, 2025, 1 meeting',
      ],
      [
        { kind: 'noEnd', startDate: '2025-03-04' },
        'Weekly on Tuesday, from March 4, 2025, no end date',
      ],
    ])('adds the range %j', (range, text) => {
      expect(describeCadence({ kind: 'weekly', dayOfWeek: 'tuesday' }, range)).toBe(text);
    });
  });
});

const noEndRange: PatternedRecurrence['range'] = { type: 'noEnd', startDate: '2025-09-02' };
