import { memberId } from '../../../src/domain/ids';
import { outOfOfficeDates } from '../../../src/domain/scheduling';
import { busy, issuesOf, person, weekdayHours } from './fixtures';

describe('outOfOfficeDates', () => {
  const MARCH_TUESDAYS = ['2027-03-09', '2027-03-16', '2027-03-23'];

  it('finds the day someone in Kolkata is away for the whole working day', () => {
    const chitra = person(
      'chitra',
      [busy('2027-03-16T04:00:00Z', '2027-03-17T04:00:00Z', 'outOfOffice')],
      weekdayHours('09:30', '18:30', 'India Standard Time'),
    );
    expect(outOfOfficeDates(chitra, 'Pacific Standard Time', MARCH_TUESDAYS)).toEqual([
      '2027-03-16',
    ]);
  });

  it.each([
    // Ben works 09:00–17:00 London time on 16 March 2027 (GMT): 09:00–17:00 UTC.
    ['away all day', '2027-03-16T00:00:00Z', '2027-03-17T00:00:00Z', ['2027-03-16']],
    [
      'away from 12:00 (5 of 8 hours)',
      '2027-03-16T12:00:00Z',
      '2027-03-16T23:00:00Z',
      ['2027-03-16'],
    ],
    ['away for exactly half the day', '2027-03-16T13:00:00Z', '2027-03-16T23:00:00Z', []],
    ['away only for the morning', '2027-03-16T09:00:00Z', '2027-03-16T11:00:00Z', []],
    ['away outside working hours only', '2027-03-16T17:00:00Z', '2027-03-17T09:00:00Z', []],
    [
      'away for a week',
      '2027-03-08T00:00:00Z',
      '2027-03-20T00:00:00Z',
      ['2027-03-09', '2027-03-16'],
    ],
  ])('counts most of the working day: %s', (_, start, end, expected) => {
    const ben = person(
      'ben',
      [busy(start, end, 'outOfOffice')],
      weekdayHours('09:00', '17:00', 'Europe/London'),
    );
    expect(
      outOfOfficeDates({ person: ben, timeZone: 'Europe/London', dates: MARCH_TUESDAYS }),
    ).toEqual(expected);
  });

  it('does not count busy or tentative time as away', () => {
    const ben = person('ben', [
      busy('2027-03-16T00:00:00Z', '2027-03-17T00:00:00Z'),
      busy('2027-03-23T00:00:00Z', '2027-03-24T00:00:00Z', 'tentative'),
    ]);
    expect(outOfOfficeDates(ben, 'Europe/London', MARCH_TUESDAYS)).toEqual([]);
  });

  it("uses 08:00–18:00 in the organizer's zone for someone without working hours", () => {
    // 08:00–18:00 Pacific on 16 March 2027 (PDT) is 15:00–01:00 UTC; away from 18:00 UTC covers 7 of 10 hours.
    const ana = person('ana', [
      busy('2027-03-16T18:00:00Z', '2027-03-17T06:00:00Z', 'outOfOffice'),
    ]);
    expect(outOfOfficeDates(ana, 'America/Los_Angeles', MARCH_TUESDAYS)).toEqual(['2027-03-16']);
    expect(outOfOfficeDates(ana, 'Asia/Kolkata', MARCH_TUESDAYS)).toEqual([]);
  });

  it('follows a night shift into the next morning', () => {
    const nadia = person(
      'nadia',
      [busy('2027-03-16T23:00:00Z', '2027-03-17T06:00:00Z', 'outOfOffice')],
      { daysOfWeek: ['tuesday'], startTime: '22:00', endTime: '06:00', timeZone: 'UTC' },
    );
    expect(outOfOfficeDates(nadia, 'UTC', MARCH_TUESDAYS)).toEqual(['2027-03-16']);
  });

  it('returns dates in the order given, each once', () => {
    const ben = person('ben', [
      busy('2027-03-01T00:00:00Z', '2027-04-01T00:00:00Z', 'outOfOffice'),
    ]);
    expect(outOfOfficeDates(ben, 'UTC', ['2027-03-23', '2027-03-09', '2027-03-23'])).toEqual([
      '2027-03-23',
      '2027-03-09',
    ]);
    expect(outOfOfficeDates(ben, 'UTC', [])).toEqual([]);
  });

  it('rejects a wrong person, zone or date, naming each field', () => {
    expect(
      issuesOf(() =>
        outOfOfficeDates({
          person: {
            memberId: memberId('ben'),
            busy: [busy('soon', '2027-03-16T10:00:00Z', 'outOfOffice')],
          },
          timeZone: 'Atlantis',
          dates: ['2027-13-01'],
        }),
      ).map((issue) => issue.field),
    ).toEqual(['timeZone', 'person.busy.0.start', 'dates.0']);
  });
});
