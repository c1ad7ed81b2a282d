import { createStandardAgendaTemplate } from '../../../src/domain/agenda';
import { validateCadence, type Cadence } from '../../../src/domain/cadence';
import { cadenceId, memberId } from '../../../src/domain/ids';

export const ANA = memberId('ana');
export const BEN = memberId('ben');
export const CHI = memberId('chi');

/** Tuesdays 08:00 Los Angeles every two weeks from 2026-03-10: 15:00Z (summer time from 8 March). */
export function biweeklyCadence(change: Partial<Cadence> = {}): Cadence {
  return validateCadence({
    id: cadenceId('council'),
    version: 1,
    title: 'CX Council',
    organizerId: ANA,
    attendeeIds: [ANA, BEN, CHI],
    durationMinutes: 60,
    startTime: '08:00',
    timeZone: 'America/Los_Angeles',
    recurrence: {
      frequency: { kind: 'everyNWeeks', interval: 2, daysOfWeek: ['tuesday'] },
      range: { kind: 'untilDate', startDate: '2026-03-10', endDate: '2026-06-30' },
      firstDayOfWeek: 'sunday',
    },
    agenda: createStandardAgendaTemplate(),
    rotation: { memberIds: [BEN, ANA, CHI], overrides: [] },
    ...change,
  });
}
