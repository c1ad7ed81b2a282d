import { ValidationError } from '../../../src/domain/errors';
import {
  DEFAULT_TEAM_TIME_ZONE,
  calendarDateIn,
  memberDirectory,
  memberNameOf,
  teamTimeZone,
} from '../../../src/domain/insights';
import { council, members } from './fixtures';

describe('teamCalendar', () => {
  it.each([
    ['2026-03-10T01:30:00Z', 'Pacific Standard Time', '2026-03-09'],
    ['2026-03-10T01:30:00Z', 'Europe/Berlin', '2026-03-10'],
    ['2026-03-10T23:30:00-08:00', 'UTC', '2026-03-11'],
    ['2026-03-29T00:30:00Z', 'GMT Standard Time', '2026-03-29'],
  ])('reads %s as a day in %s: %s', (instant, zone, date) => {
    expect(calendarDateIn(instant, zone)).toBe(date);
  });

  it('says how to write the instant when it is not a date-time', () => {
    expect(() => calendarDateIn('next Tuesday', 'UTC')).toThrow(ValidationError);
    expect(() => calendarDateIn('next Tuesday', 'UTC')).toThrow(/ISO 8601/);
  });

  it('refuses a zone nobody knows', () => {
    expect(() => calendarDateIn('2026-03-10T01:30:00Z', 'Atlantis/Lost')).toThrow(ValidationError);
  });

  it("takes the team's zone from its first cadence, UTC before it has one", () => {
    expect(teamTimeZone([council(), council({ timeZone: 'Europe/Berlin' })])).toBe(
      'Pacific Standard Time',
    );
    expect(teamTimeZone([])).toBe(DEFAULT_TEAM_TIME_ZONE);
  });
});

describe('memberDirectory', () => {
  it('names members by id and someone who left as an unknown member', () => {
    const directory = memberDirectory([
      { id: members.lead, displayName: 'Dana Kim' },
      { id: members.service, displayName: 'Sam Taylor' },
    ]);
    expect(memberNameOf(directory, members.lead)).toBe('Dana Kim');
    expect(memberNameOf(directory, members.outsider)).toBe('Unknown member');
  });
});
