import { ValidationError } from '../../../src/domain/errors';
import { type PatternedRecurrence, validateRecurrence } from '../../../src/domain/recurrence';

const valid: PatternedRecurrence = {
  pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'], firstDayOfWeek: 'sunday' },
  range: { type: 'numbered', startDate: '2025-03-04', numberOfOccurrences: 10 },
};

function issuesOf(input: unknown): { field: string; message: string }[] {
  try {
    validateRecurrence(input);
  } catch (error) {
    if (error instanceof ValidationError) return [...error.issues];
    throw error;
  }
  return [];
}

const withPattern = (pattern: object) => ({ ...valid, pattern: { ...valid.pattern, ...pattern } });
const withRange = (range: object) => ({ ...valid, range: { ...valid.range, ...range } });

describe('validateRecurrence', () => {
  it('accepts a weekly series and returns it unchanged', () => {
    expect(validateRecurrence(valid)).toEqual(valid);
  });

  it('reads the full shape Graph returns for a series master, placeholders included', () => {
    const fromGraph = {
      pattern: {
        type: 'relativeMonthly',
        interval: 1,
        month: 0,
        dayOfMonth: 0,
        daysOfWeek: ['tuesday'],
        firstDayOfWeek: 'sunday',
        index: 'first',
      },
      range: {
        type: 'noEnd',
        startDate: '2025-03-04',
        endDate: '0001-01-01',
        recurrenceTimeZone: 'Pacific Standard Time',
        numberOfOccurrences: 0,
      },
    };
    expect(validateRecurrence(fromGraph)).toEqual(fromGraph);
  });

  it('accepts the capitalised enum values of Graph’s documentation and returns camelCase', () => {
    const recurrence = validateRecurrence({
      pattern: { type: 'RelativeMonthly', interval: 1, daysOfWeek: ['Thursday'], index: 'Last' },
      range: {
        type: 'EndDate',
        startDate: '2025-01-01',
        endDate: '2025-12-31',
        recurrenceTimeZone: null,
      },
    });
    expect(recurrence).toEqual({
      pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['thursday'], index: 'last' },
      range: { type: 'endDate', startDate: '2025-01-01', endDate: '2025-12-31' },
    });
  });

  it.each<[string, object, string, string]>([
    [
      'an interval of 0 weeks',
      withPattern({ interval: 0 }),
      'recurrence.pattern.interval',
      'Interval must be a whole number of weeks from 1 to 99',
    ],
    [
      'an interval of 100 months',
      { ...valid, pattern: { type: 'absoluteMonthly', interval: 100, dayOfMonth: 1 } },
      'recurrence.pattern.interval',
      'Interval must be a whole number of months from 1 to 99',
    ],
    [
      'a fractional interval',
      withPattern({ interval: 1.5 }),
      'recurrence.pattern.interval',
      'Interval must be a whole number from 1 to 99',
    ],
    [
      'a weekly series without days',
      withPattern({ daysOfWeek: [] }),
      'recurrence.pattern.daysOfWeek',
      'Choose at least one day of the week for a weekly series',
    ],
    [
      'a relative monthly series without a day',
      { ...valid, pattern: { type: 'relativeMonthly', interval: 1, index: 'first' } },
      'recurrence.pattern.daysOfWeek',
      'Choose the day of the week the meeting falls on (for example tuesday)',
    ],
    [
      'day 32 of the month',
      { ...valid, pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 32 } },
      'recurrence.pattern.dayOfMonth',
      'Day of the month must be a whole number from 1 to 31',
    ],
    [
      'an absolute monthly series without a day',
      { ...valid, pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 0 } },
      'recurrence.pattern.dayOfMonth',
      'Day of the month must be a whole number from 1 to 31',
    ],
    [
      'month 13',
      { ...valid, pattern: { type: 'absoluteYearly', interval: 1, dayOfMonth: 1, month: 13 } },
      'recurrence.pattern.month',
      'Month must be a whole number from 1 (January) to 12 (December)',
    ],
    [
      'a relative yearly series without a month',
      { ...valid, pattern: { type: 'relativeYearly', interval: 1, daysOfWeek: ['monday'] } },
      'recurrence.pattern.month',
      'Month must be a whole number from 1 (January) to 12 (December)',
    ],
    [
      'a day called funday',
      withPattern({ daysOfWeek: ['funday'] }),
      'recurrence.pattern.daysOfWeek.0',
      'Use a day of the week: sunday, monday, tuesday, wednesday, thursday, friday or saturday',
    ],
    [
      'a fifth week',
      {
        ...valid,
        pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['monday'], index: 'fifth' },
      },
      'recurrence.pattern.index',
      'Choose which week: first, second, third, fourth or last',
    ],
    [
      'an hourly pattern',
      withPattern({ type: 'hourly' }),
      'recurrence.pattern.type',
      'Choose how the series repeats: daily, weekly, absoluteMonthly, relativeMonthly, absoluteYearly, relativeYearly',
    ],
    [
      '30 February',
      withRange({ startDate: '2025-02-30' }),
      'recurrence.range.startDate',
      'The start date must be a real date written YYYY-MM-DD',
    ],
    [
      'an end date before the start date',
      withRange({ type: 'endDate', endDate: '2025-03-03' }),
      'recurrence.range.endDate',
      'The end date must be on or after the start date (2025-03-04)',
    ],
    [
      'an end-date range without an end date',
      withRange({ type: 'endDate' }),
      'recurrence.range.endDate',
      'Choose the date of the last meeting, or pick a number of meetings',
    ],
    [
      'zero meetings',
      withRange({ numberOfOccurrences: 0 }),
      'recurrence.range.numberOfOccurrences',
      'Number of meetings must be a whole number from 1 to 999',
    ],
    [
      'an unknown time zone',
      withRange({ recurrenceTimeZone: 'Atlantis Time' }),
      'recurrence.range.recurrenceTimeZone',
      '"Atlantis Time" is not a time zone we recognise. Use a Windows name such as "Pacific Standard Time" or an IANA name such as "America/Los_Angeles"',
    ],
    [
      'a range that never ends in another way',
      withRange({ type: 'sometimes' }),
      'recurrence.range.type',
      'Choose how the series ends: endDate, noEnd or numbered',
    ],
  ])('rejects %s, saying what to change', (_name, input, field, message) => {
    expect(issuesOf(input)).toEqual([{ field, message }]);
  });

  it.each([
    ['an end date equal to the start date', withRange({ type: 'endDate', endDate: '2025-03-04' })],
    [
      'day 31, which shorter months turn into their last day',
      {
        ...valid,
        pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 31 },
      },
    ],
    ['an IANA time zone', withRange({ recurrenceTimeZone: 'Australia/Sydney' })],
    ['999 meetings', withRange({ numberOfOccurrences: 999 })],
  ])('accepts %s', (_name, input) => {
    expect(issuesOf(input)).toEqual([]);
  });

  it('reports every wrong field at once', () => {
    const issues = issuesOf({
      pattern: { type: 'weekly', interval: 0, daysOfWeek: [] },
      range: {
        type: 'numbered',
        startDate: '2025-03-04',
        numberOfOccurrences: 0,
        recurrenceTimeZone: 'Nowhere',
      },
    });
    expect(issues.map((issue) => issue.field)).toEqual([
      'recurrence.pattern.interval',
      'recurrence.pattern.daysOfWeek',
      'recurrence.range.numberOfOccurrences',
      'recurrence.range.recurrenceTimeZone',
    ]);
  });

  it('names the fields under a caller-chosen prefix', () => {
    expect(() => validateRecurrence(withPattern({ interval: 0 }), 'cadence.recurrence')).toThrow(
      expect.objectContaining({ field: 'cadence.recurrence.pattern.interval' }),
    );
  });

  it('rejects something that is not a recurrence at all', () => {
    expect(issuesOf('weekly').length).toBeGreaterThan(0);
    expect(issuesOf({ pattern: valid.pattern }).map((issue) => issue.field)).toEqual([
      'recurrence.range',
    ]);
  });
});
