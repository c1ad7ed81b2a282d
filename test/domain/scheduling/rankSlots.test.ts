import { memberId } from '../../../src/domain/ids';
import {
  CADENCE_DAY_SET_KEY,
  MAX_PLANNER_PEOPLE,
  rankSlots,
  type RankSlotsOptions,
} from '../../../src/domain/scheduling';
import type { DayOfWeek, WorkingHours } from '../../../src/domain/scheduling';
import { busy, issuesOf, person, weekdayHours } from './fixtures';

function oneHourAfter(time: string): string {
  const hour = Number(time.slice(0, 2)) + 1;
  return `${String(hour).padStart(2, '0')}${time.slice(2)}`;
}

// January 2027: London is on GMT, so London wall time equals UTC and the arithmetic stays readable.
const TUESDAYS = ['2027-01-05', '2027-01-12', '2027-01-19', '2027-01-26'];

/**
 * Three people, one slot where everyone is free and at work:
 * - ana, Los Angeles, 07:00–16:00 PST = 15:00–24:00 London; tentative 19 Jan 14:00, away from
 *   17:00 on 5 Jan;
 * - ben, London, 09:00–17:30; a stand-up every Tuesday 13:00–14:00;
 * - chitra, Kolkata, 13:00–22:00 IST = 07:30–16:30 London; busy 16:00–17:00 on 12 and 26 Jan.
 * Only 15:00–16:00 London is inside everyone's hours, and nobody is busy then.
 */
const team = [
  person(
    'ana',
    [
      busy('2027-01-19T14:00:00Z', '2027-01-19T15:00:00Z', 'tentative'),
      busy('2027-01-05T17:00:00Z', '2027-01-06T02:00:00Z', 'outOfOffice'),
    ],
    weekdayHours('07:00', '16:00', 'Pacific Standard Time'),
  ),
  person(
    'ben',
    TUESDAYS.map((date) => busy(`${date}T13:00:00Z`, `${date}T14:00:00Z`)),
    weekdayHours('09:00', '17:30', 'Europe/London'),
  ),
  person(
    'chitra',
    [
      busy('2027-01-12T16:00:00Z', '2027-01-12T17:00:00Z'),
      busy('2027-01-26T16:00:00Z', '2027-01-26T17:00:00Z'),
    ],
    weekdayHours('13:00', '22:00', 'India Standard Time'),
  ),
];

const afternoonSearch: RankSlotsOptions = {
  occurrenceDates: TUESDAYS,
  timeZone: 'Europe/London',
  durationMinutes: 60,
  earliestStart: '13:00',
  latestEnd: '18:00',
  stepMinutes: 60,
  people: team,
};

describe('rankSlots', () => {
  describe('a team in Los Angeles, London and Kolkata', () => {
    const slots = rankSlots(afternoonSearch);

    it('puts the slot where everyone is free and at work first', () => {
      expect(slots[0]).toMatchObject({
        rank: 1,
        startTime: '15:00',
        endTime: '16:00',
        timeZone: 'Europe/London',
        daySetKey: CADENCE_DAY_SET_KEY,
        totals: { conflicts: 0, conflictScore: 0, outsideWorkingHours: 0, tentative: 0 },
        conflicts: [],
        tentative: [],
        outsideWorkingHours: [],
      });
    });

    it('ranks by conflicts, then working-hours fit, then tentative', () => {
      expect(slots.map((slot) => [slot.startTime, slot.totals])).toEqual([
        [
          '15:00',
          {
            conflicts: 0,
            requiredConflicts: 0,
            conflictScore: 0,
            outsideWorkingHours: 0,
            tentative: 0,
          },
        ],
        [
          '14:00',
          {
            conflicts: 0,
            requiredConflicts: 0,
            conflictScore: 0,
            outsideWorkingHours: 4,
            tentative: 1,
          },
        ],
        [
          '17:00',
          {
            conflicts: 1,
            requiredConflicts: 0,
            conflictScore: 1,
            outsideWorkingHours: 8,
            tentative: 0,
          },
        ],
        [
          '16:00',
          {
            conflicts: 2,
            requiredConflicts: 0,
            conflictScore: 2,
            outsideWorkingHours: 4,
            tentative: 0,
          },
        ],
        [
          '13:00',
          {
            conflicts: 4,
            requiredConflicts: 0,
            conflictScore: 4,
            outsideWorkingHours: 4,
            tentative: 0,
          },
        ],
      ]);
    });

    it('lists who conflicts on which dates', () => {
      const at16 = slots.find((slot) => slot.startTime === '16:00');
      expect(at16?.conflicts).toEqual([
        { date: '2027-01-12', memberId: 'chitra', status: 'busy', isRequired: false },
        { date: '2027-01-26', memberId: 'chitra', status: 'busy', isRequired: false },
      ]);
      const at17 = slots.find((slot) => slot.startTime === '17:00');
      expect(at17?.conflicts).toEqual([
        { date: '2027-01-05', memberId: 'ana', status: 'outOfOffice', isRequired: false },
      ]);
    });

    it('lists tentative overlaps apart from conflicts', () => {
      const at14 = slots.find((slot) => slot.startTime === '14:00');
      expect(at14?.conflicts).toEqual([]);
      expect(at14?.tentative).toEqual([
        { date: '2027-01-19', memberId: 'ana', status: 'tentative', isRequired: false },
      ]);
    });

    it("shows each out-of-hours occurrence on the person's own clock", () => {
      const at16 = slots.find((slot) => slot.startTime === '16:00');
      expect(at16?.outsideWorkingHours).toEqual(
        TUESDAYS.map((date) => ({
          date,
          memberId: 'chitra',
          timeZone: 'Asia/Calcutta',
          localStart: `${date}T21:30`,
          localEnd: `${date}T22:30`,
        })),
      );
      const at13 = slots.find((slot) => slot.startTime === '13:00');
      expect(at13?.outsideWorkingHours[0]).toMatchObject({
        memberId: 'ana',
        localStart: '2027-01-05T05:00',
        localEnd: '2027-01-05T06:00',
      });
    });

    it('gives the UTC start and end of every occurrence', () => {
      expect(slots[0]?.occurrences).toEqual(
        TUESDAYS.map((date) => ({
          date,
          startUtc: `${date}T15:00:00.000Z`,
          endUtc: `${date}T16:00:00.000Z`,
        })),
      );
    });

    it('weighs a required member’s conflicts three times', () => {
      const weighted = rankSlots({ ...afternoonSearch, requiredMemberIds: [memberId('chitra')] });
      expect(weighted.map((slot) => [slot.startTime, slot.totals.conflictScore])).toEqual([
        ['15:00', 0],
        ['14:00', 0],
        ['17:00', 1],
        ['13:00', 4],
        ['16:00', 6],
      ]);
      expect(weighted[4]?.conflicts[0]).toMatchObject({ memberId: 'chitra', isRequired: true });
      expect(weighted[4]?.totals.requiredConflicts).toBe(2);
    });

    it('returns at most `limit` slots', () => {
      expect(rankSlots({ ...afternoonSearch, limit: 2 }).map((slot) => slot.startTime)).toEqual([
        '15:00',
        '14:00',
      ]);
    });
  });

  describe('alternative day sets', () => {
    it('prefers the Thursdays when the Tuesdays clash', () => {
      const slots = rankSlots({
        candidateDays: [
          { key: 'tuesday', label: 'Tuesdays', dates: ['2027-01-05', '2027-01-12'] },
          { key: 'thursday', label: 'Thursdays', dates: ['2027-01-07', '2027-01-14'] },
        ],
        timeZone: 'GMT Standard Time',
        durationMinutes: 60,
        earliestStart: '10:00',
        latestEnd: '11:00',
        people: [person('ben', [busy('2027-01-12T10:30:00Z', '2027-01-12T11:30:00Z')])],
      });
      expect(
        slots.map((slot) => [slot.daySetKey, slot.daySetLabel, slot.totals.conflicts]),
      ).toEqual([
        ['thursday', 'Thursdays', 0],
        ['tuesday', 'Tuesdays', 1],
      ]);
      expect(slots[1]?.conflicts).toEqual([
        { date: '2027-01-12', memberId: 'ben', status: 'busy', isRequired: false },
      ]);
    });

    it('breaks a full tie by the earlier start, then by the order of the day sets', () => {
      const slots = rankSlots({
        candidateDays: [
          { key: 'thursday', label: 'Thursdays', dates: ['2027-01-07'] },
          { key: 'tuesday', label: 'Tuesdays', dates: ['2027-01-05'] },
        ],
        timeZone: 'Europe/London',
        durationMinutes: 30,
        earliestStart: '09:00',
        latestEnd: '10:00',
        people: [person('ben')],
      });
      expect(slots.map((slot) => `${slot.daySetKey} ${slot.startTime}`)).toEqual([
        'thursday 09:00',
        'tuesday 09:00',
        'thursday 09:30',
        'tuesday 09:30',
      ]);
    });
  });

  describe('time of day', () => {
    it('uses 08:00–18:00 in 30-minute steps by default and prefers the earliest on a tie', () => {
      const slots = rankSlots({
        occurrenceDates: ['2027-01-05'],
        timeZone: 'Europe/London',
        durationMinutes: 60,
        people: [person('ben')],
        limit: 100,
      });
      expect(slots).toHaveLength(19);
      expect(slots[0]?.startTime).toBe('08:00');
      expect(slots.at(-1)?.startTime).toBe('17:00');
      expect(slots.map((slot) => slot.rank)).toEqual(slots.map((_, index) => index + 1));
    });

    it('does not count a meeting that ends as another begins as a conflict', () => {
      const [slot] = rankSlots({
        occurrenceDates: ['2027-01-05'],
        timeZone: 'Europe/London',
        durationMinutes: 60,
        earliestStart: '09:00',
        latestEnd: '10:00',
        people: [
          person('ben', [
            busy('2027-01-05T08:00:00Z', '2027-01-05T09:00:00Z'),
            busy('2027-01-05T10:00:00Z', '2027-01-05T11:00:00Z'),
          ]),
        ],
      });
      expect(slot?.totals.conflicts).toBe(0);
    });

    it('reports out of office over busy when both overlap', () => {
      const [slot] = rankSlots({
        occurrenceDates: ['2027-01-05'],
        timeZone: 'Europe/London',
        durationMinutes: 60,
        earliestStart: '09:00',
        latestEnd: '10:00',
        people: [
          person('ben', [
            busy('2027-01-05T09:30:00Z', '2027-01-05T10:00:00Z', 'tentative'),
            busy('2027-01-05T09:00:00Z', '2027-01-05T09:30:00Z'),
            busy('2027-01-05T00:00:00Z', '2027-01-06T00:00:00Z', 'outOfOffice'),
          ]),
        ],
      });
      expect(slot?.conflicts).toEqual([
        { date: '2027-01-05', memberId: 'ben', status: 'outOfOffice', isRequired: false },
      ]);
      expect(slot?.totals.tentative).toBe(0);
    });

    it('reads busy times given with any UTC offset', () => {
      const [slot] = rankSlots({
        occurrenceDates: ['2027-01-05'],
        timeZone: 'Europe/London',
        durationMinutes: 60,
        earliestStart: '09:00',
        latestEnd: '10:00',
        people: [
          person('chitra', [busy('2027-01-05T14:30:00+05:30', '2027-01-05T15:00:00+05:30')]),
        ],
      });
      expect(slot?.totals.conflicts).toBe(1);
    });

    it('never counts someone without working hours as out of hours', () => {
      const [slot] = rankSlots({
        occurrenceDates: ['2027-01-09'],
        timeZone: 'Europe/London',
        durationMinutes: 60,
        earliestStart: '17:00',
        latestEnd: '18:00',
        people: [person('ben')],
      });
      expect(slot?.totals.outsideWorkingHours).toBe(0);
    });

    const nightShift = (day: DayOfWeek): WorkingHours => ({
      daysOfWeek: [day],
      startTime: '22:00',
      endTime: '06:00',
      timeZone: 'UTC',
    });
    it.each([
      [
        'inside a weekday',
        weekdayHours('09:00', '17:00', 'Europe/London'),
        '2027-01-05',
        '10:00',
        0,
      ],
      ['on a Saturday', weekdayHours('09:00', '17:00', 'Europe/London'), '2027-01-09', '10:00', 1],
      [
        'running past the end of the day',
        weekdayHours('09:00', '17:00', 'Europe/London'),
        '2027-01-05',
        '16:30',
        1,
      ],
      [
        'starting before the day',
        weekdayHours('09:00', '17:00', 'Europe/London'),
        '2027-01-05',
        '08:30',
        1,
      ],
      ['in a night shift begun the evening before', nightShift('monday'), '2027-01-05', '02:00', 0],
      ['after a night shift begun on a day off', nightShift('tuesday'), '2027-01-05', '02:00', 1],
      ['at the start of a night shift', nightShift('tuesday'), '2027-01-05', '22:00', 0],
    ])(
      'counts a meeting %s as outside working hours accordingly',
      (_, workingHours, date, start, expected) => {
        const [slot] = rankSlots({
          occurrenceDates: [date],
          timeZone: 'UTC',
          durationMinutes: 60,
          earliestStart: start,
          latestEnd: oneHourAfter(start),
          people: [person('nadia', [], workingHours)],
        });
        expect(slot?.totals.outsideWorkingHours).toBe(expected);
      },
    );

    it('treats equal start and end as the whole day, running into the next working day', () => {
      const roundTheClock = (days: DayOfWeek[]): WorkingHours => ({
        daysOfWeek: days,
        startTime: '00:00',
        endTime: '00:00',
        timeZone: 'UTC',
      });
      // 04:00–06:00 in Kolkata on Tuesday is 22:30 Monday – 00:30 Tuesday UTC.
      const search = {
        occurrenceDates: ['2027-01-05'],
        timeZone: 'Asia/Kolkata',
        durationMinutes: 120,
        earliestStart: '04:00',
        latestEnd: '06:00',
      };
      const both = rankSlots({
        ...search,
        people: [person('omar', [], roundTheClock(['monday', 'tuesday']))],
      });
      const mondayOnly = rankSlots({
        ...search,
        people: [person('omar', [], roundTheClock(['monday']))],
      });
      expect(both[0]?.totals.outsideWorkingHours).toBe(0);
      expect(mondayOnly[0]?.totals.outsideWorkingHours).toBe(1);
    });
  });

  describe('daylight saving (March 2027: the US changes on 14 March, the EU and UK on 28 March)', () => {
    const MARCH_TUESDAYS = ['2027-03-02', '2027-03-09', '2027-03-16', '2027-03-23', '2027-03-30'];
    const [slot] = rankSlots({
      occurrenceDates: MARCH_TUESDAYS,
      timeZone: 'Pacific Standard Time',
      durationMinutes: 60,
      earliestStart: '08:00',
      latestEnd: '09:00',
      people: [
        person('klaus', [], weekdayHours('09:00', '17:00', 'W. Europe Standard Time')),
        person('ana', [], weekdayHours('08:00', '17:00', 'America/Los_Angeles')),
      ],
    });

    it('keeps the meeting at 08:00 Pacific, so its UTC time moves on 14 March', () => {
      expect(slot?.occurrences.map((occurrence) => occurrence.startUtc)).toEqual([
        '2027-03-02T16:00:00.000Z',
        '2027-03-09T16:00:00.000Z',
        '2027-03-16T15:00:00.000Z',
        '2027-03-23T15:00:00.000Z',
        '2027-03-30T15:00:00.000Z',
      ]);
    });

    it('finds the two weeks it falls inside Berlin working hours', () => {
      expect(slot?.outsideWorkingHours).toEqual([
        {
          date: '2027-03-02',
          memberId: 'klaus',
          timeZone: 'Europe/Berlin',
          localStart: '2027-03-02T17:00',
          localEnd: '2027-03-02T18:00',
        },
        {
          date: '2027-03-09',
          memberId: 'klaus',
          timeZone: 'Europe/Berlin',
          localStart: '2027-03-09T17:00',
          localEnd: '2027-03-09T18:00',
        },
        {
          date: '2027-03-30',
          memberId: 'klaus',
          timeZone: 'Europe/Berlin',
          localStart: '2027-03-30T17:00',
          localEnd: '2027-03-30T18:00',
        },
      ]);
    });

    it('moves a person in London by an hour for the same two weeks', () => {
      const [london] = rankSlots({
        occurrenceDates: MARCH_TUESDAYS,
        timeZone: 'America/Los_Angeles',
        durationMinutes: 60,
        earliestStart: '09:00',
        latestEnd: '10:00',
        // 09:00 Pacific is 17:00 in London, but 16:00 while only the US is on summer time.
        people: [person('ben', [], weekdayHours('09:00', '17:00', 'GMT Standard Time'))],
      });
      expect(london?.outsideWorkingHours.map((entry) => [entry.date, entry.localStart])).toEqual([
        ['2027-03-02', '2027-03-02T17:00'],
        ['2027-03-09', '2027-03-09T17:00'],
        ['2027-03-30', '2027-03-30T17:00'],
      ]);
    });

    it.each([
      [
        'a time skipped when clocks go forward moves forward by the gap',
        '2027-03-14',
        '02:30',
        '2027-03-14T10:30:00.000Z',
      ],
      [
        'a time that happens twice when clocks go back is its first occurrence',
        '2027-11-07',
        '01:30',
        '2027-11-07T08:30:00.000Z',
      ],
      ['an ordinary summer time', '2029-07-10', '01:30', '2029-07-10T08:30:00.000Z'],
      ['an ordinary winter time two years on', '2029-12-11', '01:30', '2029-12-11T09:30:00.000Z'],
    ])('in Los Angeles, %s', (_, date, start, expectedUtc) => {
      const [first] = rankSlots({
        occurrenceDates: ['2027-03-14', '2027-11-07', '2029-07-10', '2029-12-11'],
        timeZone: 'America/Los_Angeles',
        durationMinutes: 30,
        earliestStart: start,
        latestEnd: oneHourAfter(start),
        people: [person('ana')],
      });
      expect(first?.occurrences.find((occurrence) => occurrence.date === date)?.startUtc).toBe(
        expectedUtc,
      );
    });
  });

  describe('validation', () => {
    const valid: RankSlotsOptions = {
      occurrenceDates: ['2027-01-05'],
      timeZone: 'Europe/London',
      durationMinutes: 60,
      people: [person('ben')],
    };

    it('accepts the minimal valid options', () => {
      expect(rankSlots(valid)).toHaveLength(5);
    });

    it.each([
      ['no people', { people: [] }, 'people', 'Add at least one person to find a time for.'],
      [
        'too many people',
        {
          people: Array.from({ length: MAX_PLANNER_PEOPLE + 3 }, (_, index) => person(`p${index}`)),
        },
        'people',
        `The planner compares at most ${MAX_PLANNER_PEOPLE} people at once; there are ${MAX_PLANNER_PEOPLE + 3}. Remove 3 or plan for a smaller group.`,
      ],
      [
        'the same person twice',
        { people: [person('ben'), person('ben')] },
        'people.1.memberId',
        '"ben" is listed more than once; list each person once.',
      ],
      [
        'no dates',
        { occurrenceDates: [] },
        'occurrenceDates',
        'Add at least one meeting date (YYYY-MM-DD).',
      ],
      [
        'an impossible date',
        { occurrenceDates: ['2027-02-30'] },
        'occurrenceDates.0',
        '"2027-02-30" is not a calendar date. Use YYYY-MM-DD, such as 2027-03-16.',
      ],
      [
        'an unknown zone',
        { timeZone: 'Mars/Olympus' },
        'timeZone',
        '"Mars/Olympus" is not a time zone we recognise. Use a Windows name such as "Pacific Standard Time" or an IANA name such as "America/Los_Angeles".',
      ],
      [
        'an empty zone',
        { timeZone: ' ' },
        'timeZone',
        'Choose a time zone, such as "Pacific Standard Time" or "Europe/London".',
      ],
      [
        'a bad earliest start',
        { earliestStart: '8am' },
        'earliestStart',
        '"8am" is not a time of day. Use 24-hour HH:mm, such as 09:00 or 17:30.',
      ],
      [
        'a bad latest end',
        { latestEnd: '24:30' },
        'latestEnd',
        '"24:30" is not a time of day. Use 24-hour HH:mm, such as 09:00 or 17:30.',
      ],
      [
        'a meeting that does not fit',
        { earliestStart: '17:00', durationMinutes: 90 },
        'latestEnd',
        'A 90-minute meeting does not fit between 17:00 and 18:00. Start earlier, end later or shorten the meeting.',
      ],
      [
        'a zero duration',
        { durationMinutes: 0 },
        'durationMinutes',
        'The meeting length must be a whole number of minutes from 5 to 720; got 0.',
      ],
      [
        'a fractional step',
        { stepMinutes: 7.5 },
        'stepMinutes',
        'The step between start times must be a whole number of minutes from 5 to 240; got 7.5.',
      ],
      ['a zero limit', { limit: 0 }, 'limit', 'Ask for between 1 and 100 slots; got 0.'],
      [
        'a required stranger',
        { requiredMemberIds: [memberId('zoe')] },
        'requiredMemberIds.0',
        '"zoe" is marked required but is not among the people. Add them to the people or remove them from required.',
      ],
      [
        'both kinds of dates',
        { candidateDays: [] },
        'candidateDays',
        'Give either occurrenceDates or candidateDays, not both. To compare the cadence dates with alternatives, add them as one more day set.',
      ],
      [
        'neither kind of dates',
        { occurrenceDates: undefined },
        'occurrenceDates',
        "Give the cadence's meeting dates (occurrenceDates) or alternative day sets to compare (candidateDays).",
      ],
    ])('rejects %s with an actionable message', (_, change, field, message) => {
      expect(issuesOf(() => rankSlots({ ...valid, ...change }))).toEqual([{ field, message }]);
    });

    const meetingAtNine = (start: string): RankSlotsOptions => ({
      ...valid,
      earliestStart: '09:00',
      latestEnd: '10:00',
      people: [person('ben', [busy(start, '2027-01-05T10:00:00Z')])],
    });

    it.each([
      '2027-01-05T09:00Z',
      '2027-01-05T09:00:00Z',
      '2027-01-05T09:00:00.0000000Z',
      '2027-01-05T09:00:00.5z',
      '2027-01-05t09:00:00Z',
      '2027-01-05T14:30:00+05:30',
      '2027-01-05T04:00:00-05:00',
    ])('reads the busy start %s as 09:00 UTC', (start) => {
      expect(rankSlots(meetingAtNine(start))[0]?.totals.conflicts).toBe(1);
    });

    it.each([
      '2027-01-05T09:00:00',
      '2027-02-29T09:00:00Z',
      '2027-04-31T09:00:00Z',
      '2027-13-05T09:00:00Z',
      '2027-01-05T24:00:00Z',
      '2027-01-05T09:60:00Z',
      '2027-01-05T09:00:60Z',
      '2027-01-05T09:00:00.Z',
      '2027-01-05T09:00:00.1234567891Z',
      '2027-01-05T09:00:00+5:30',
      '2027-01-05T09:00:00+24:00',
      '2027-01-05T09:00:00Z ',
      '2027-01-05 09:00:00Z',
      '2027-01-05T09:00:00Y',
      '2027-0a-05T09:00:00Z',
      'tomorrow',
    ])('refuses the busy start %s', (start) => {
      expect(issuesOf(() => rankSlots(meetingAtNine(start))).map((issue) => issue.field)).toEqual([
        'people.0.busy.0.start',
      ]);
    });

    it('knows leap years', () => {
      expect(() => rankSlots(meetingAtNine('2024-02-29T09:00:00Z'))).not.toThrow();
      expect(() => rankSlots(meetingAtNine('2000-02-29T09:00:00Z'))).not.toThrow();
      expect(issuesOf(() => rankSlots(meetingAtNine('2100-02-29T09:00:00Z')))).toHaveLength(1);
    });

    it('rejects wrong day sets, naming each field', () => {
      const issues = issuesOf(() =>
        rankSlots({
          ...valid,
          occurrenceDates: undefined,
          candidateDays: [
            { key: 'tue', label: 'Tuesdays', dates: ['2027-01-05'] },
            { key: 'tue', label: '', dates: [] },
            { key: '', label: 'Fridays', dates: ['Friday'] },
          ],
        }),
      );
      expect(issues.map((issue) => issue.field)).toEqual([
        'candidateDays.1.key',
        'candidateDays.1.label',
        'candidateDays.1.dates',
        'candidateDays.2.key',
        'candidateDays.2.dates.0',
      ]);
      expect(issues[0]?.message).toBe(
        'The key "tue" is used by more than one day set; give each set its own key.',
      );
      expect(
        issuesOf(() => rankSlots({ ...valid, occurrenceDates: undefined, candidateDays: [] })),
      ).toEqual([{ field: 'candidateDays', message: 'Add at least one day set to compare.' }]);
    });

    it('rejects wrong busy times and working hours, reporting every problem at once', () => {
      const issues = issuesOf(() =>
        rankSlots({
          ...valid,
          durationMinutes: 1000,
          people: [
            person(
              'ben',
              [
                busy('2027-01-05T09:00', '2027-01-05T10:00:00Z'),
                busy('2027-01-05T11:00:00Z', '2027-01-05T10:00:00Z'),
                {
                  start: '2027-01-05T09:00:00Z',
                  end: '2027-01-05T10:00:00Z',
                  status: 'free' as never,
                },
              ],
              {
                daysOfWeek: ['funday' as never],
                startTime: '9:00',
                endTime: '17:00',
                timeZone: 'Nowhere',
              },
            ),
            person('', [], {
              daysOfWeek: [],
              startTime: '09:00',
              endTime: '17:00:00',
              timeZone: 'UTC',
            }),
          ],
        }),
      );
      expect(issues).toEqual([
        {
          field: 'durationMinutes',
          message: 'The meeting length must be a whole number of minutes from 5 to 720; got 1000.',
        },
        {
          field: 'people.0.busy.0.start',
          message:
            '"2027-01-05T09:00" is not a date and time with a time zone. Use ISO 8601 in UTC, such as 2027-03-16T16:00:00Z.',
        },
        {
          field: 'people.0.busy.1.end',
          message:
            'Busy time must end after it starts (2027-01-05T11:00:00Z → 2027-01-05T10:00:00Z).',
        },
        {
          field: 'people.0.busy.2.status',
          message:
            '"free" is not a busy status. Use tentative, busy or outOfOffice (leave free time out).',
        },
        {
          field: 'people.0.workingHours.startTime',
          message: '"9:00" is not a time of day. Use 24-hour HH:mm, such as 09:00 or 17:30.',
        },
        {
          field: 'people.0.workingHours.daysOfWeek',
          message: '"funday" is not a day of the week. Use monday … sunday.',
        },
        {
          field: 'people.0.workingHours.timeZone',
          message:
            '"Nowhere" is not a time zone we recognise. Use a Windows name such as "Pacific Standard Time" or an IANA name such as "America/Los_Angeles".',
        },
        { field: 'people.1.memberId', message: 'Each person needs a member id.' },
        {
          field: 'people.1.workingHours.endTime',
          message: '"17:00:00" is not a time of day. Use 24-hour HH:mm, such as 09:00 or 17:30.',
        },
        {
          field: 'people.1.workingHours.daysOfWeek',
          message:
            'Working hours need at least one working day; leave working hours out when they are unknown.',
        },
      ]);
    });

    it('does not change the options it is given', () => {
      const options: RankSlotsOptions = {
        ...valid,
        occurrenceDates: ['2027-01-12', '2027-01-05', '2027-01-12'],
        people: [
          person('ben', [
            busy('2027-01-05T12:00:00Z', '2027-01-05T13:00:00Z'),
            busy('2027-01-05T09:00:00Z', '2027-01-05T10:00:00Z'),
          ]),
        ],
      };
      const copy = structuredClone(options);
      const [best] = rankSlots(options);
      expect(options).toEqual(copy);
      expect(best?.occurrences.map((occurrence) => occurrence.date)).toEqual([
        '2027-01-05',
        '2027-01-12',
      ]);
    });
  });
});
