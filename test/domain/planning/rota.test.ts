import { createStandardAgendaTemplate } from '../../../src/domain/agenda';
import { validateCadence, type Cadence } from '../../../src/domain/cadence';
import { ValidationError } from '../../../src/domain/errors';
import { cadenceId, memberId, occurrenceId } from '../../../src/domain/ids';
import {
  describeRotaReason,
  overrideRotaPresenter,
  previewRota,
  swapRotaPresenters,
  type RotaEntry,
} from '../../../src/domain/planning';
import type { PersonAvailability } from '../../../src/domain/scheduling';

const DANA = memberId('dana');
const LUKAS = memberId('lukas');
const SAM = memberId('sam');
const NOW = new Date('2026-03-02T12:00:00Z');

/** Every two weeks on Tuesday 08:00 Los Angeles from 10 March 2026, six meetings. */
function cadence(change: Partial<Cadence> = {}): Cadence {
  return validateCadence({
    id: cadenceId('cx-council'),
    version: 1,
    title: 'CX Council',
    organizerId: DANA,
    attendeeIds: [DANA, LUKAS, SAM],
    durationMinutes: 60,
    startTime: '08:00',
    timeZone: 'America/Los_Angeles',
    recurrence: {
      frequency: { kind: 'everyNWeeks', interval: 2, daysOfWeek: ['tuesday'] },
      range: { kind: 'numberOfMeetings', startDate: '2026-03-10', numberOfMeetings: 6 },
      firstDayOfWeek: 'sunday',
    },
    agenda: createStandardAgendaTemplate(),
    rotation: { memberIds: [DANA, LUKAS, SAM], overrides: [] },
    ...change,
  });
}

/** Lukas is out of office the week of 23 March (his working hours: 09:00–17:00 Berlin). */
const LUKAS_AWAY: PersonAvailability = {
  memberId: LUKAS,
  busy: [{ start: '2026-03-22T23:00:00Z', end: '2026-03-28T23:00:00Z', status: 'outOfOffice' }],
  workingHours: {
    daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
    startTime: '09:00',
    endTime: '17:00',
    timeZone: 'W. Europe Standard Time',
  },
};

const presenters = (rota: readonly RotaEntry[]) =>
  rota.map((entry) => `${entry.date} ${entry.presenterId ?? '-'} ${entry.reason}`);

describe('planning rota', () => {
  it('takes turns in roster order, skipping a member out of office that day, with occurrence ids Graph uses', () => {
    const rota = previewRota({ cadence: cadence(), now: NOW, availability: [LUKAS_AWAY] });
    expect(presenters(rota)).toEqual([
      '2026-03-10 dana rotation',
      '2026-03-24 sam rotation',
      '2026-04-07 lukas rotation',
      '2026-04-21 dana rotation',
      '2026-05-05 sam rotation',
      '2026-05-19 lukas rotation',
    ]);
    expect(rota[0]?.occurrenceId).toBe('2026-03-10T15:00:00Z');
    expect(rota[1]?.skipped).toEqual([{ memberId: LUKAS, reason: 'outOfOffice' }]);
    expect(describeRotaReason(rota[1] as RotaEntry)).toBe('Next in turn who is not away');
    expect(describeRotaReason(rota[0] as RotaEntry)).toBe('Next in turn');
  });

  it('leaves out meetings that are over', () => {
    const later = new Date('2026-04-08T00:00:00Z');
    expect(previewRota({ cadence: cadence(), now: later, availability: [] })).toHaveLength(3);
    expect(
      previewRota({ cadence: cadence(), now: new Date('2027-01-01'), availability: [] }),
    ).toEqual([]);
  });

  it('previews a cadence with no end a year ahead', () => {
    const noEnd = cadence({
      recurrence: {
        frequency: { kind: 'everyNWeeks', interval: 2, daysOfWeek: ['tuesday'] },
        range: { kind: 'noEnd', startDate: '2026-03-10' },
        firstDayOfWeek: 'sunday',
      },
    });
    const rota = previewRota({ cadence: noEnd, now: NOW, availability: [] });
    // 366 days from 2 March 2026 reach 3 March 2027: the last meeting is on 23 February.
    expect(rota).toHaveLength(26);
    expect(rota[25]?.date).toBe('2027-02-23');
  });

  it('swaps two presenters as hand-fixed turns in the next version of the cadence', () => {
    const before = cadence();
    const rota = previewRota({ cadence: before, now: NOW, availability: [] });
    const first = rota[0]?.occurrenceId ?? occurrenceId('');
    const second = rota[1]?.occurrenceId ?? occurrenceId('');
    const swapped = swapRotaPresenters(before, rota, { first, second });
    expect(swapped.version).toBe(2);
    expect(swapped.rotation.overrides).toEqual([
      { occurrenceId: first, memberId: LUKAS },
      { occurrenceId: second, memberId: DANA },
    ]);
    const after = previewRota({ cadence: swapped, now: NOW, availability: [] });
    expect(presenters(after).slice(0, 2)).toEqual([
      '2026-03-10 lukas override',
      '2026-03-24 dana override',
    ]);
    expect(describeRotaReason(after[0] as RotaEntry)).toBe('Chosen by hand');
  });

  it('refuses to swap a meeting with itself', () => {
    const rota = previewRota({ cadence: cadence(), now: NOW, availability: [] });
    const only = rota[0]?.occurrenceId ?? occurrenceId('');
    expect(() => swapRotaPresenters(cadence(), rota, { first: only, second: only })).toThrow(
      ValidationError,
    );
  });

  it('fixes a presenter for one meeting, warns when they are away, and hands it back to the rotation', () => {
    const rota = previewRota({ cadence: cadence(), now: NOW, availability: [LUKAS_AWAY] });
    const meeting = rota[1]?.occurrenceId ?? occurrenceId('');
    const fixed = overrideRotaPresenter(cadence(), meeting, LUKAS);
    const preview = previewRota({ cadence: fixed, now: NOW, availability: [LUKAS_AWAY] });
    expect(preview[1]).toMatchObject({
      presenterId: LUKAS,
      reason: 'override',
      warning: 'awayThatDay',
    });
    expect(describeRotaReason(preview[1] as RotaEntry)).toBe(
      'Chosen by hand, but out of office that day',
    );
    const released = overrideRotaPresenter(fixed, meeting, undefined);
    expect(released.rotation.overrides).toEqual([]);
    expect(overrideRotaPresenter(released, meeting, undefined)).toBe(released);
  });

  it('refuses a presenter who is not in the rotation', () => {
    expect(() => overrideRotaPresenter(cadence(), occurrenceId('x'), memberId('noah'))).toThrow(
      'Only members of the Mission Moment rotation can present',
    );
  });

  it('says when nobody can present', () => {
    expect(
      describeRotaReason({
        occurrenceId: occurrenceId('x'),
        date: '2026-03-10',
        presenterId: undefined,
        reason: 'noOneAvailable',
        skipped: [],
      }),
    ).toBe('Everyone in the rotation is away that day');
  });

  it('swaps using rows whose presenter is missing or chosen by hand', () => {
    const rota: RotaEntry[] = [
      {
        occurrenceId: occurrenceId('2026-03-10T15:00:00Z'),
        date: '2026-03-10',
        presenterId: SAM,
        reason: 'override',
        skipped: [],
      },
      {
        occurrenceId: occurrenceId('2026-03-24T15:00:00Z'),
        date: '2026-03-24',
        presenterId: undefined,
        reason: 'noOneAvailable',
        skipped: [],
      },
    ];
    expect(() =>
      swapRotaPresenters(cadence(), rota, {
        first: occurrenceId('2026-03-10T15:00:00Z'),
        second: occurrenceId('2026-03-24T15:00:00Z'),
      }),
    ).toThrow('no presenter');
  });
});
