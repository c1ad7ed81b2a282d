import { ValidationError } from '../../../src/domain/errors';
import {
  EARLY_JOIN_MINUTES,
  findCurrentOccurrence,
  isRunningAt,
  occurrenceDate,
} from '../../../src/domain/meetingPanel';
import { biweeklyCadence } from './fixtures';

describe('findCurrentOccurrence', () => {
  const cadence = biweeklyCadence();

  it.each([
    [
      'ten minutes before the start (people join early)',
      '2026-03-24T14:50:00Z',
      '2026-03-24T15:00:00Z',
    ],
    ['during the meeting', '2026-03-24T15:59:00Z', '2026-03-24T15:00:00Z'],
    [
      'an hour after it ended (closer than the next)',
      '2026-03-24T17:00:00Z',
      '2026-03-24T15:00:00Z',
    ],
    ['the day before the next one', '2026-04-06T15:00:00Z', '2026-04-07T15:00:00Z'],
    [
      'a tie between the last and the next goes to the next',
      '2026-03-31T15:30:00Z',
      '2026-04-07T15:00:00Z',
    ],
    ['before the series starts', '2026-01-01T00:00:00Z', '2026-03-10T15:00:00Z'],
    ['after the series ended', '2026-09-01T00:00:00Z', '2026-06-30T15:00:00Z'],
  ])('picks the meeting %s', (_case, now, expected) => {
    expect(findCurrentOccurrence({ cadence, now }).id).toBe(expected);
  });

  it('returns the named occurrence with its place in the series', () => {
    const occurrence = findCurrentOccurrence({
      cadence,
      now: '2026-01-01T00:00:00Z',
      occurrenceId: '2026-03-24T15:00:00Z',
    });
    expect(occurrence).toMatchObject({ sequence: 1, localStart: '2026-03-24T08:00:00' });
  });

  it('refuses an occurrence that is not one of the cadence meetings, naming the cadence', () => {
    const attempt = () =>
      findCurrentOccurrence({
        cadence,
        now: '2026-03-24T15:00:00Z',
        occurrenceId: '2026-03-25T15:00:00Z',
      });
    expect(attempt).toThrow(ValidationError);
    expect(attempt).toThrow(/No "CX Council" meeting starts at 2026-03-25T15:00:00Z/);
  });

  it.each(['yesterday', '2026-03-24T15:00:00'])('refuses "%s" as a time', (now) => {
    expect(() => findCurrentOccurrence({ cadence, now })).toThrow(
      /is not a date and time with an offset/,
    );
  });

  it('says when a cadence has no meeting near today', () => {
    expect(() => findCurrentOccurrence({ cadence, now: '2030-01-01T00:00:00Z' })).toThrow(
      /has no meeting within 400 days/,
    );
  });
});

describe('isRunningAt', () => {
  const meeting = { utcStart: '2026-03-24T15:00:00Z', utcEnd: '2026-03-24T16:00:00Z' };
  it.each([
    [`${EARLY_JOIN_MINUTES} minutes before`, '2026-03-24T14:45:00Z', true],
    ['just before the early-join margin', '2026-03-24T14:44:59Z', false],
    ['at the end', '2026-03-24T16:00:00Z', false],
  ])('%s → %s', (_case, now, expected) => {
    expect(isRunningAt(meeting, Date.parse(now))).toBe(expected);
  });
});

describe('occurrenceDate', () => {
  it('gives the local date in the cadence zone, across midnight UTC', () => {
    expect(occurrenceDate('2026-03-11T01:00:00Z', 'America/Los_Angeles')).toBe('2026-03-10');
    expect(occurrenceDate('2026-03-11T01:00:00Z', 'Pacific Standard Time')).toBe('2026-03-10');
  });
});
