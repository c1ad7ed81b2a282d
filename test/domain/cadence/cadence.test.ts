import { createStandardAgendaTemplate, fitAgendaToDuration } from '../../../src/domain/agenda';
import {
  cadenceOccurrences,
  cadencePatternedRecurrence,
  cadenceSeriesStart,
  cadenceTransactionId,
  changeCadence,
  validateCadence,
} from '../../../src/domain/cadence';
import type { Cadence } from '../../../src/domain/cadence';
import { ValidationError } from '../../../src/domain/errors';
import { cadenceId, memberId, occurrenceId } from '../../../src/domain/ids';

const dana = memberId('dana');
const lee = memberId('lee');
const priya = memberId('priya');

function councilCadence(): Cadence {
  return {
    id: cadenceId('cx-council'),
    version: 1,
    title: 'CX Council',
    organizerId: dana,
    attendeeIds: [dana, lee, priya],
    durationMinutes: 60,
    startTime: '10:00',
    timeZone: 'Pacific Standard Time',
    recurrence: {
      frequency: { kind: 'everyNWeeks', interval: 2, daysOfWeek: ['tuesday'] },
      range: { kind: 'untilDate', startDate: '2027-01-05', endDate: '2027-12-31' },
      firstDayOfWeek: 'sunday',
    },
    agenda: fitAgendaToDuration(createStandardAgendaTemplate(), 60),
    rotation: { memberIds: [dana, lee, priya], overrides: [] },
  };
}

function issuesOf(input: unknown): { field: string; message: string }[] {
  try {
    validateCadence(input);
  } catch (error) {
    if (error instanceof ValidationError) return [...error.issues];
    throw error;
  }
  return [];
}

describe('cadence', () => {
  it('accepts a biweekly council and keeps what was entered', () => {
    const cadence = councilCadence();
    expect(validateCadence(cadence)).toEqual(cadence);
  });

  it('starts the series at the range start date and local time in its own zone', () => {
    expect(cadenceSeriesStart(councilCadence())).toEqual({
      dateTime: '2027-01-05T10:00:00',
      timeZone: 'Pacific Standard Time',
    });
  });

  it('maps to Graph recurrence read in the series zone', () => {
    expect(cadencePatternedRecurrence(councilCadence())).toEqual({
      pattern: {
        type: 'weekly',
        interval: 2,
        daysOfWeek: ['tuesday'],
        firstDayOfWeek: 'sunday',
      },
      range: {
        type: 'endDate',
        startDate: '2027-01-05',
        endDate: '2027-12-31',
        recurrenceTimeZone: 'Pacific Standard Time',
      },
    });
  });

  it('holds 26 meetings in 2027, at 10:00 Pacific on both sides of daylight saving', () => {
    const occurrences = cadenceOccurrences(councilCadence());
    expect(occurrences).toHaveLength(26);
    expect(occurrences[0]?.utcStart).toBe('2027-01-05T18:00:00Z');
    // US clocks go forward on 14 March 2027: 10:00 PDT is 17:00 UTC.
    expect(occurrences[5]?.utcStart).toBe('2027-03-16T17:00:00Z');
    expect(occurrences.every((occurrence) => occurrence.localStart.endsWith('T10:00:00'))).toBe(
      true,
    );
  });

  it('gives the same transactionId for the same version and a new one after a change', () => {
    const cadence = councilCadence();
    expect(cadenceTransactionId(cadence)).toBe('cx-cadence-cx-council-v1');
    const moved = changeCadence(cadence, { startTime: '14:00' });
    expect(moved.version).toBe(2);
    expect(cadenceTransactionId(moved)).toBe('cx-cadence-cx-council-v2');
  });

  it('keeps the same cadence when a change changes nothing', () => {
    const cadence = councilCadence();
    expect(changeCadence(cadence, { startTime: '10:00', title: 'CX Council' })).toBe(cadence);
  });

  it('does not change the cadence it was given', () => {
    const cadence = Object.freeze(councilCadence());
    changeCadence(cadence, { title: 'CX Steering Committee' });
    expect(cadence.title).toBe('CX Council');
  });

  it.each<[string, (cadence: Cadence) => unknown, string, string]>([
    ['an empty title', (c) => ({ ...c, title: '  ' }), 'title', 'Give the meeting series a title'],
    ['a start time that is not HH:mm', (c) => ({ ...c, startTime: '9am' }), 'startTime', 'HH:mm'],
    ['an unknown time zone', (c) => ({ ...c, timeZone: 'Mars/Olympus' }), 'timeZone', 'recognise'],
    ['a 10-minute meeting', (c) => ({ ...c, durationMinutes: 10 }), 'durationMinutes', '15'],
    ['no attendees', (c) => ({ ...c, attendeeIds: [] }), 'attendeeIds', 'at least one'],
  ])('rejects %s, naming the field', (_case, edit, field, message) => {
    const issues = issuesOf(edit(councilCadence()));
    expect(issues).toContainEqual({ field, message: expect.stringContaining(message) });
  });

  it('reports recurrence, agenda and rotation problems together', () => {
    const cadence = councilCadence();
    const issues = issuesOf({
      ...cadence,
      durationMinutes: 45,
      organizerId: memberId('someone-else'),
      recurrence: {
        ...cadence.recurrence,
        range: { kind: 'untilDate', startDate: '2027-01-05', endDate: '2026-12-31' },
      },
      rotation: {
        memberIds: [dana, memberId('guest')],
        overrides: [{ occurrenceId: occurrenceId('2027-01-05T18:00:00Z'), memberId: lee }],
      },
    });
    const fields = issues.map((issue) => issue.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'organizerId',
        'rotation.memberIds.1',
        'rotation.overrides.0.memberId',
      ]),
    );
    expect(fields.some((field) => field.startsWith('recurrence'))).toBe(true);
    expect(fields.some((field) => field.startsWith('agenda'))).toBe(true);
    expect(issues.find((issue) => issue.field.startsWith('agenda'))?.message).toMatch(
      /adds up to 60 minutes but the meeting is 45 minutes/,
    );
  });

  it('rejects a person invited twice and an empty rotation', () => {
    const cadence = councilCadence();
    const issues = issuesOf({
      ...cadence,
      attendeeIds: [dana, lee, dana],
      rotation: { memberIds: [], overrides: [] },
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { field: 'attendeeIds.2', message: 'This person is already invited' },
        {
          field: 'rotation.memberIds',
          message: 'Add at least one team member to the Mission Moment rotation',
        },
      ]),
    );
  });

  it('says plainly when a cadence has no meeting at all', () => {
    const cadence = councilCadence();
    const noMeeting: Cadence = {
      ...cadence,
      recurrence: {
        ...cadence.recurrence,
        frequency: { kind: 'monthlyByDate', dayOfMonth: 20 },
        range: { kind: 'untilDate', startDate: '2027-01-21', endDate: '2027-01-31' },
      },
    };
    expect(() => cadenceOccurrences(noMeeting)).toThrow(/no meeting/i);
  });

  it('expands only the window asked for', () => {
    const occurrences = cadenceOccurrences(councilCadence(), {
      window: { from: '2027-06-01T00:00:00Z', to: '2027-07-01T00:00:00Z' },
    });
    expect(occurrences.map((occurrence) => occurrence.localStart.slice(0, 10))).toEqual([
      '2027-06-08',
      '2027-06-22',
    ]);
  });
});
