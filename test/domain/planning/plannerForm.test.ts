import { createStandardAgendaTemplate, totalAgendaMinutes } from '../../../src/domain/agenda';
import { ValidationError } from '../../../src/domain/errors';
import { cadenceId, memberId, occurrenceId } from '../../../src/domain/ids';
import {
  cadenceFromForm,
  defaultPlannerForm,
  formFromCadence,
  plannerFieldOf,
  plannerIssuesByField,
  type PlannerForm,
} from '../../../src/domain/planning';

const DANA = memberId('dana');
const SAM = memberId('sam');
const LUKAS = memberId('lukas');
const ID = cadenceId('cx-council');

const form = (change: Partial<PlannerForm> = {}): PlannerForm => ({
  ...defaultPlannerForm({
    today: '2026-11-23',
    timeZone: 'Pacific Standard Time',
    attendeeIds: [SAM, LUKAS],
  }),
  title: 'CX Council',
  ...change,
});

const build = (change: Partial<PlannerForm> = {}) =>
  cadenceFromForm(form(change), { cadenceId: ID, organizerId: DANA });

function issuesOf(run: () => unknown): Record<string, string | undefined> {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return { ...plannerIssuesByField(error) };
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('planner form', () => {
  it('starts a new cadence every two weeks on Tuesday at 10:00 for an hour, a week from today, for a year', () => {
    const start = form();
    expect(start).toMatchObject({
      frequency: 'everyNWeeks',
      intervalWeeks: '2',
      dayOfWeek: 'tuesday',
      startTime: '10:00',
      durationMinutes: '60',
      startDate: '2026-11-30',
      end: 'untilDate',
      endDate: '2027-11-29',
      timeZone: 'Pacific Standard Time',
    });
  });

  it('builds a biweekly cadence with the organizer invited, everyone in the rotation and the standard agenda fitted to the length', () => {
    const cadence = build({ durationMinutes: '45' });
    expect(cadence.id).toBe(ID);
    expect(cadence.version).toBe(1);
    expect(cadence.attendeeIds).toEqual([DANA, SAM, LUKAS]);
    expect(cadence.rotation).toEqual({ memberIds: [DANA, SAM, LUKAS], overrides: [] });
    expect(cadence.recurrence.frequency).toEqual({
      kind: 'everyNWeeks',
      interval: 2,
      daysOfWeek: ['tuesday'],
    });
    expect(cadence.recurrence.range).toEqual({
      kind: 'untilDate',
      startDate: '2026-11-30',
      endDate: '2027-11-29',
    });
    expect(totalAgendaMinutes(cadence.agenda)).toBe(45);
  });

  it.each([
    [
      { frequency: 'weekly' as const, dayOfWeek: 'thursday' as const },
      { kind: 'weekly', dayOfWeek: 'thursday' },
    ],
    [
      { frequency: 'monthlyByWeekday' as const, week: 'first' as const },
      { kind: 'monthlyByWeekday', week: 'first', dayOfWeek: 'tuesday' },
    ],
    [
      { frequency: 'monthlyByDate' as const, dayOfMonth: '15' },
      { kind: 'monthlyByDate', dayOfMonth: 15 },
    ],
    [
      {
        frequency: 'quarterlyByWeekday' as const,
        week: 'last' as const,
        dayOfWeek: 'friday' as const,
      },
      { kind: 'quarterlyByWeekday', week: 'last', dayOfWeek: 'friday' },
    ],
    [
      { frequency: 'quarterlyByDate' as const, dayOfMonth: '1' },
      { kind: 'quarterlyByDate', dayOfMonth: 1 },
    ],
  ])('offers %j as the frequency %j', (change, frequency) => {
    expect(build(change).recurrence.frequency).toEqual(frequency);
  });

  it('ends after a number of meetings when asked', () => {
    expect(build({ end: 'numberOfMeetings', numberOfMeetings: '12' }).recurrence.range).toEqual({
      kind: 'numberOfMeetings',
      startDate: '2026-11-30',
      numberOfMeetings: 12,
    });
  });

  it('names the unknown time zone the person typed', () => {
    expect(issuesOf(() => build({ timeZone: 'Mars/Olympus_Mons' })).timeZone).toBe(
      '"Mars/Olympus_Mons" is not a time zone we recognise. Use a Windows name such as "Pacific Standard Time" or an IANA name such as "America/Los_Angeles"',
    );
    expect(issuesOf(() => build({ timeZone: ' ' })).timeZone).toMatch(/^Choose the time zone/);
  });

  it('asks for members when nobody is invited', () => {
    expect(issuesOf(() => build({ attendeeIds: [] })).attendeeIds).toBe(
      'Choose the team members to invite: a cadence needs at least one attendee',
    );
  });

  it('reports every wrong field at once, each beside its own field', () => {
    const issues = issuesOf(() =>
      build({
        durationMinutes: 'an hour',
        intervalWeeks: 'two',
        endDate: '2026-01-01',
      }),
    );
    expect(issues).toEqual({
      durationMinutes: 'Give the meeting length in whole minutes, e.g. 60',
      intervalWeeks: 'Give the number of weeks between meetings as a whole number, e.g. 2',
      endDate: 'The end date must be on or after the start date (2026-11-30)',
    });
  });

  it('says a meeting too short for the agenda is too short', () => {
    expect(issuesOf(() => build({ durationMinutes: '5' })).durationMinutes).toMatch(
      /lengthen the meeting/,
    );
  });

  it.each([
    ['day of the month', { frequency: 'monthlyByDate' as const, dayOfMonth: 'x' }, 'dayOfMonth'],
    [
      'number of meetings',
      { end: 'numberOfMeetings' as const, numberOfMeetings: '' },
      'numberOfMeetings',
    ],
  ])('says the %s must be a whole number', (_, change, field) => {
    expect(issuesOf(() => build(change))[field]).toMatch(/whole number/);
  });

  it('reschedules a saved cadence as its next version, keeping its rotation order and hand-fixed presenters', () => {
    const saved = {
      ...build(),
      rotation: {
        memberIds: [LUKAS, DANA, SAM],
        overrides: [
          { occurrenceId: occurrenceId('2026-12-01T18:00:00Z'), memberId: SAM },
          { occurrenceId: occurrenceId('2026-12-15T18:00:00Z'), memberId: LUKAS },
        ],
      },
    };
    const loaded = formFromCadence(saved);
    expect(loaded).toEqual(form({ attendeeIds: [DANA, SAM, LUKAS] }));
    const next = cadenceFromForm(
      { ...loaded, attendeeIds: [DANA, SAM], startTime: '08:00' },
      { cadenceId: cadenceId('ignored'), organizerId: DANA, previous: saved },
    );
    expect(next.id).toBe(ID);
    expect(next.version).toBe(2);
    expect(next.startTime).toBe('08:00');
    expect(next.rotation).toEqual({
      memberIds: [DANA, SAM],
      overrides: [saved.rotation.overrides[0]],
    });
    const unchanged = cadenceFromForm(formFromCadence(next), {
      cadenceId: ID,
      organizerId: DANA,
      previous: next,
    });
    expect(unchanged).toBe(next);
  });

  it.each([
    [
      { kind: 'severalWeekdays', daysOfWeek: ['monday', 'thursday'] },
      { frequency: 'weekly', dayOfWeek: 'monday' },
    ],
    [
      { kind: 'weekly', dayOfWeek: 'friday' },
      { frequency: 'weekly', dayOfWeek: 'friday' },
    ],
    [
      { kind: 'yearlyByDate', month: 3, dayOfMonth: 15 },
      { frequency: 'quarterlyByDate', dayOfMonth: '15' },
    ],
    [
      { kind: 'yearlyByWeekday', month: 11, week: 'last', dayOfWeek: 'wednesday' },
      { frequency: 'quarterlyByWeekday', week: 'last', dayOfWeek: 'wednesday' },
    ],
    [
      { kind: 'monthlyByDate', dayOfMonth: 31 },
      { frequency: 'monthlyByDate', dayOfMonth: '31' },
    ],
    [
      { kind: 'quarterlyByWeekday', week: 'second', dayOfWeek: 'monday' },
      { frequency: 'quarterlyByWeekday', week: 'second', dayOfWeek: 'monday' },
    ],
  ] as const)('loads a saved %j cadence as the nearest form choice', (frequency, expected) => {
    const saved = { ...build(), recurrence: { ...build().recurrence, frequency } };
    expect(formFromCadence(saved)).toMatchObject(expected);
  });

  it.each([
    [
      { kind: 'numberOfMeetings', startDate: '2027-01-05', numberOfMeetings: 6 },
      { end: 'numberOfMeetings', numberOfMeetings: '6' },
    ],
    [
      { kind: 'noEnd', startDate: '2027-01-05' },
      { end: 'untilDate', endDate: '2028-01-04' },
    ],
  ] as const)('loads a saved range %j', (range, expected) => {
    const saved = { ...build(), recurrence: { ...build().recurrence, range } };
    expect(formFromCadence(saved)).toMatchObject({ startDate: '2027-01-05', ...expected });
  });

  it('keeps a saved agenda, refitted to a new length', () => {
    const saved = build();
    const next = cadenceFromForm(
      { ...formFromCadence(saved), durationMinutes: '90' },
      { cadenceId: ID, organizerId: DANA, previous: saved },
    );
    expect(next.agenda.items.map((item) => item.id)).toEqual(
      createStandardAgendaTemplate().items.map((item) => item.id),
    );
    expect(totalAgendaMinutes(next.agenda)).toBe(90);
  });

  it.each([
    ['title', 'title'],
    ['attendeeIds.3', 'attendeeIds'],
    ['organizerId', 'attendeeIds'],
    ['rotation.memberIds.0', 'attendeeIds'],
    ['agenda.items.2.minutes', 'durationMinutes'],
    ['recurrence.recurrenceTimeZone', 'timeZone'],
    ['recurrence.frequency.interval', 'intervalWeeks'],
    ['recurrence.frequency.daysOfWeek', 'dayOfWeek'],
    ['recurrence.frequency.week', 'week'],
    ['recurrence.frequency.dayOfMonth', 'dayOfMonth'],
    ['recurrence.range.endDate', 'endDate'],
    ['recurrence.range.numberOfMeetings', 'numberOfMeetings'],
    ['recurrence.range', 'startDate'],
    ['something else', 'form'],
  ])('puts a problem with %s beside the %s field', (field, expected) => {
    expect(plannerFieldOf(field)).toBe(expected);
  });

  it('joins several messages for one field and drops repeats', () => {
    const error = new ValidationError([
      { field: 'attendeeIds.1', message: 'Person x is not in your organisation.' },
      { field: 'attendeeIds.2', message: 'Person y is not in your organisation.' },
      { field: 'attendeeIds', message: 'Person y is not in your organisation.' },
      { field: 'timeZone', message: 'Unknown zone.' },
    ]);
    expect(plannerIssuesByField(error)).toEqual({
      attendeeIds: 'Person x is not in your organisation. Person y is not in your organisation.',
      timeZone: 'Unknown zone.',
    });
  });
});
