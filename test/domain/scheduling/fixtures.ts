import { ValidationError, type FieldIssue } from '../../../src/domain/errors';
import { memberId } from '../../../src/domain/ids';
import type {
  BusyInterval,
  DayOfWeek,
  PersonAvailability,
  WorkingHours,
} from '../../../src/domain/scheduling';

export const WEEKDAYS: readonly DayOfWeek[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
];

export function person(
  id: string,
  busy: readonly BusyInterval[] = [],
  workingHours?: WorkingHours,
): PersonAvailability {
  return { memberId: memberId(id), busy, ...(workingHours ? { workingHours } : {}) };
}

export function weekdayHours(startTime: string, endTime: string, timeZone: string): WorkingHours {
  return { daysOfWeek: WEEKDAYS, startTime, endTime, timeZone };
}

export function busy(
  start: string,
  end: string,
  status: BusyInterval['status'] = 'busy',
): BusyInterval {
  return { start, end, status };
}

/** The issues a call throws, or fails the test when it does not throw a ValidationError. */
export function issuesOf(call: () => unknown): readonly FieldIssue[] {
  try {
    call();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('Expected a ValidationError, but the call succeeded.');
}
