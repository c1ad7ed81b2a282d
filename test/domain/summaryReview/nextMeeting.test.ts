import * as fc from 'fast-check';
import { createStandardAgendaTemplate, fitAgendaToDuration } from '../../../src/domain/agenda';
import { cadenceOccurrences } from '../../../src/domain/cadence';
import type { Cadence } from '../../../src/domain/cadence';
import { cadenceId, memberId, occurrenceId } from '../../../src/domain/ids';
import { NEXT_MEETING_HORIZON_DAYS, nextMeetingOf } from '../../../src/domain/summaryReview';

const dana = memberId('dana');
const lee = memberId('lee');
const priya = memberId('priya');

/** Every other Tuesday at 08:00 Pacific time from 3 March 2026 (before the US switch on 8 March). */
function pacificCouncil(change: Partial<Cadence> = {}): Cadence {
  return {
    id: cadenceId('cx-council'),
    version: 1,
    title: 'CX Council',
    organizerId: dana,
    attendeeIds: [dana, lee, priya],
    durationMinutes: 60,
    startTime: '08:00',
    timeZone: 'Pacific Standard Time',
    recurrence: {
      frequency: { kind: 'everyNWeeks', interval: 2, daysOfWeek: ['tuesday'] },
      range: { kind: 'untilDate', startDate: '2026-03-03', endDate: '2026-12-31' },
      firstDayOfWeek: 'sunday',
    },
    agenda: fitAgendaToDuration(createStandardAgendaTemplate(), 60),
    rotation: { memberIds: [dana, lee, priya], overrides: [] },
    ...change,
  };
}

/** Weekly on Monday at 15:00 London time from 23 March 2026 (the UK switches on 29 March). */
function londonCouncil(change: Partial<Cadence> = {}): Cadence {
  return pacificCouncil({
    startTime: '15:00',
    timeZone: 'GMT Standard Time',
    recurrence: {
      frequency: { kind: 'weekly', dayOfWeek: 'monday' },
      range: { kind: 'numberOfMeetings', startDate: '2026-03-23', numberOfMeetings: 4 },
      firstDayOfWeek: 'monday',
    },
    ...change,
  });
}

describe('nextMeetingOf', () => {
  it('finds the meeting after the US switch to daylight time, labelled in Pacific time', () => {
    const next = nextMeetingOf({
      cadence: pacificCouncil(),
      now: new Date('2026-03-04T12:00:00Z'),
    });
    expect(next).toMatchObject({
      occurrenceId: occurrenceId('2026-03-17T15:00:00Z'),
      utcStart: '2026-03-17T15:00:00Z',
      dateLabel: 'Tuesday 17 March 2026',
      timeLabel: '08:00–09:00 GMT-7',
      timeZone: 'America/Los_Angeles',
    });
  });

  it('shows the zone abbreviation of the locale asked for', () => {
    const next = nextMeetingOf({
      cadence: pacificCouncil(),
      now: new Date('2026-03-04T12:00:00Z'),
      locale: 'en-US',
    });
    expect(next?.timeLabel).toBe('08:00–09:00 PDT');
    expect(next?.dateLabel).toBe('Tuesday 17 March 2026');
  });

  it('keeps 15:00 on the London wall clock across the UK switch to summer time', () => {
    const before = nextMeetingOf({
      cadence: londonCouncil(),
      now: new Date('2026-03-24T00:00:00Z'),
    });
    const after = nextMeetingOf({
      cadence: londonCouncil(),
      now: new Date('2026-03-31T00:00:00Z'),
    });
    expect([before?.utcStart, before?.timeLabel]).toEqual([
      '2026-03-30T14:00:00Z',
      '15:00–16:00 BST',
    ]);
    expect(before?.dateLabel).toBe('Monday 30 March 2026');
    expect([after?.utcStart, after?.timeLabel]).toEqual([
      '2026-04-06T14:00:00Z',
      '15:00–16:00 BST',
    ]);
  });

  it('treats a meeting starting exactly now, or already running, as past', () => {
    const cadence = londonCouncil();
    expect(nextMeetingOf({ cadence, now: new Date('2026-03-23T15:00:00Z') })?.utcStart).toBe(
      '2026-03-30T14:00:00Z',
    );
    expect(nextMeetingOf({ cadence, now: new Date('2026-03-23T15:30:00Z') })?.utcStart).toBe(
      '2026-03-30T14:00:00Z',
    );
    expect(nextMeetingOf({ cadence, now: new Date('2026-03-23T14:59:59Z') })?.utcStart).toBe(
      '2026-03-23T15:00:00Z',
    );
  });

  it('returns nothing once the series has ended', () => {
    expect(
      nextMeetingOf({ cadence: londonCouncil(), now: new Date('2026-04-13T15:00:00Z') }),
    ).toBeUndefined();
  });

  it(`looks no further than ${NEXT_MEETING_HORIZON_DAYS} days ahead`, () => {
    const yearly = londonCouncil({
      recurrence: {
        frequency: { kind: 'yearlyByDate', month: 3, dayOfMonth: 23 },
        range: { kind: 'noEnd', startDate: '2026-03-23' },
        firstDayOfWeek: 'monday',
      },
    });
    expect(
      nextMeetingOf({ cadence: yearly, now: new Date('2026-03-24T00:00:00Z') })?.utcStart,
    ).toBe('2027-03-23T15:00:00Z');
    const biennial = pacificCouncil({
      recurrence: {
        frequency: { kind: 'everyNWeeks', interval: 99, daysOfWeek: ['tuesday'] },
        range: { kind: 'noEnd', startDate: '2026-03-03' },
        firstDayOfWeek: 'sunday',
      },
    });
    expect(
      nextMeetingOf({ cadence: biennial, now: new Date('2026-03-04T00:00:00Z') }),
    ).toBeUndefined();
  });

  it('carries the agenda with wall-clock times from the local start', () => {
    const next = nextMeetingOf({ cadence: londonCouncil(), now: new Date('2026-03-24T00:00:00Z') });
    const agenda = next?.agenda ?? [];
    expect(agenda.length).toBe(londonCouncil().agenda.items.length);
    expect(agenda[0]?.startLocal).toBe('15:00');
    expect(agenda[agenda.length - 1]?.endLocal).toBe('16:00');
    expect(agenda.map((slot) => slot.item.id)).toEqual(
      londonCouncil().agenda.items.map((item) => item.id),
    );
  });

  it('names the presenter the rotation gives that meeting, counted from the first meeting', () => {
    const now = (iso: string) => new Date(iso);
    const cadence = londonCouncil();
    expect(
      [
        '2026-03-22T00:00:00Z',
        '2026-03-24T00:00:00Z',
        '2026-03-31T00:00:00Z',
        '2026-04-07T00:00:00Z',
      ].map((iso) => nextMeetingOf({ cadence, now: now(iso) })?.presenterId),
    ).toEqual([dana, lee, priya, dana]);
    expect(nextMeetingOf({ cadence, now: now('2026-03-24T00:00:00Z') })?.presenterReason).toBe(
      'rotation',
    );
  });

  it('honours a swap or volunteer set for that meeting', () => {
    const cadence = londonCouncil({
      rotation: {
        memberIds: [dana, lee, priya],
        overrides: [{ occurrenceId: occurrenceId('2026-03-30T14:00:00Z'), memberId: dana }],
      },
    });
    expect(nextMeetingOf({ cadence, now: new Date('2026-03-24T00:00:00Z') })).toMatchObject({
      presenterId: dana,
      presenterReason: 'override',
    });
  });

  it('names nobody when the rotation is empty', () => {
    const next = nextMeetingOf({
      cadence: londonCouncil({ rotation: { memberIds: [], overrides: [] } }),
      now: new Date('2026-03-24T00:00:00Z'),
    });
    expect(next?.presenterId).toBeUndefined();
    expect(next?.presenterReason).toBeUndefined();
  });

  it('always returns the first meeting of the series that starts after now', () => {
    const cadence = pacificCouncil();
    const all = cadenceOccurrences(cadence);
    const first = Date.parse('2026-03-01T00:00:00Z');
    const last = Date.parse('2027-01-15T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (at) => {
        const next = nextMeetingOf({ cadence, now: new Date(at) });
        const expected = all.find((occurrence) => Date.parse(occurrence.utcStart) > at);
        expect(next?.utcStart).toBe(expected?.utcStart);
      }),
      { numRuns: 40 },
    );
  });
});
