import { fromAvailabilityView } from '../../../src/domain/scheduling';
import { issuesOf } from './fixtures';

const START = '2027-03-16T08:00:00Z';

describe('fromAvailabilityView', () => {
  it.each([
    ['all free', '0000', []],
    ['working elsewhere counts as free', '4444', []],
    ['one busy interval', '0200', [['08:30', '09:00', 'busy']]],
    ['a run of busy merges into one interval', '0222', [['08:30', '10:00', 'busy']]],
    ['tentative', '1100', [['08:00', '09:00', 'tentative']]],
    ['out of office', '3333', [['08:00', '10:00', 'outOfOffice']]],
    [
      'a change of status starts a new interval',
      '1233',
      [
        ['08:00', '08:30', 'tentative'],
        ['08:30', '09:00', 'busy'],
        ['09:00', '10:00', 'outOfOffice'],
      ],
    ],
    [
      'free and working elsewhere between busy runs',
      '2042',
      [
        ['08:00', '08:30', 'busy'],
        ['09:30', '10:00', 'busy'],
      ],
    ],
    ['an empty view', '', []],
  ])('%s: %s', (_, view, expected) => {
    expect(fromAvailabilityView({ view, windowStartUtc: START, intervalMinutes: 30 })).toEqual(
      expected.map(([start, end, status]) => ({
        start: `2027-03-16T${start}:00.000Z`,
        end: `2027-03-16T${end}:00.000Z`,
        status,
      })),
    );
  });

  it('reads a window start given with an offset and any interval length', () => {
    expect(
      fromAvailabilityView({
        view: '020',
        windowStartUtc: '2027-03-16T09:00:00+01:00',
        intervalMinutes: 15,
      }),
    ).toEqual([
      { start: '2027-03-16T08:15:00.000Z', end: '2027-03-16T08:30:00.000Z', status: 'busy' },
    ]);
  });

  it('spans days with a 1440-minute interval', () => {
    expect(
      fromAvailabilityView({
        view: '033',
        windowStartUtc: '2027-03-15T00:00:00Z',
        intervalMinutes: 1440,
      }),
    ).toEqual([
      { start: '2027-03-16T00:00:00.000Z', end: '2027-03-18T00:00:00.000Z', status: 'outOfOffice' },
    ]);
  });

  it('rejects everything wrong at once, saying what to do', () => {
    expect(
      issuesOf(() =>
        fromAvailabilityView({
          view: '02x0',
          windowStartUtc: '2027-03-16T08:00',
          intervalMinutes: 0,
        }),
      ),
    ).toEqual([
      {
        field: 'windowStartUtc',
        message:
          '"2027-03-16T08:00" is not a date and time with a time zone. Use the getSchedule start in UTC, such as 2027-03-16T00:00:00Z.',
      },
      {
        field: 'intervalMinutes',
        message:
          'The interval must be a whole number of minutes from 5 to 1440, as sent to getSchedule; got 0.',
      },
      {
        field: 'view',
        message:
          'The availability view has "x" at position 3; only the digits 0–4 are known. Check that the Graph response was passed unchanged.',
      },
    ]);
  });

  it('rejects a view that is not text', () => {
    expect(
      issuesOf(() =>
        fromAvailabilityView({ view: 22 as never, windowStartUtc: START, intervalMinutes: 30 }),
      ),
    ).toEqual([
      { field: 'view', message: 'The availability view must be a string of digits 0–4.' },
    ]);
  });
});
