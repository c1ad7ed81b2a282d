import { isCalendarDate } from '../calendarDate';
import { ValidationError, type FieldIssue } from '../errors';
import type { MemberId, OccurrenceId } from '../ids';
import type { LocalDate, RotationOptions } from './types';

const dateMessage = (what: string): string =>
  `${what} must be a calendar date written YYYY-MM-DD, e.g. 2027-03-09`;

function memberIssues(members: readonly MemberId[]): FieldIssue[] {
  if (members.length === 0) {
    return [
      { field: 'members', message: 'Add at least one team member to the Mission Moment rotation' },
    ];
  }
  const seen = new Set<MemberId>();
  const issues: FieldIssue[] = [];
  members.forEach((member, index) => {
    if (seen.has(member)) {
      issues.push({
        field: `members.${index}`,
        message: 'This person is already in the rotation; remove the second entry',
      });
    }
    seen.add(member);
  });
  return issues;
}

function occurrenceIssues(occurrences: RotationOptions['occurrences']): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<OccurrenceId>();
  let previous: LocalDate | undefined;
  occurrences.forEach(({ occurrenceId, date }, index) => {
    if (seen.has(occurrenceId)) {
      issues.push({
        field: `occurrences.${index}.occurrenceId`,
        message: 'This meeting is listed twice; list each meeting of the series once',
      });
    }
    seen.add(occurrenceId);
    if (!isCalendarDate(date)) {
      issues.push({ field: `occurrences.${index}.date`, message: dateMessage('Meeting date') });
      return;
    }
    if (previous !== undefined && date <= previous) {
      issues.push({
        field: `occurrences.${index}.date`,
        message: `Meetings must be in date order, at most one a day: ${date} does not come after the previous meeting on ${previous}`,
      });
    }
    previous = date;
  });
  return issues;
}

function overrideIssues(options: RotationOptions): FieldIssue[] {
  const planned = new Set(options.occurrences.map((occurrence) => occurrence.occurrenceId));
  const roster = new Set(options.members);
  const overridden = new Set<OccurrenceId>();
  const issues: FieldIssue[] = [];
  (options.overrides ?? []).forEach(({ occurrenceId, memberId }, index) => {
    if (!planned.has(occurrenceId)) {
      issues.push({
        field: `overrides.${index}.occurrenceId`,
        message:
          'This meeting is not in the planned series; pick a planned meeting or remove the override',
      });
    } else if (overridden.has(occurrenceId)) {
      issues.push({
        field: `overrides.${index}.occurrenceId`,
        message: 'This meeting already has a fixed presenter; keep one override per meeting',
      });
    }
    overridden.add(occurrenceId);
    if (!roster.has(memberId)) {
      issues.push({
        field: `overrides.${index}.memberId`,
        message:
          'Only people in the Mission Moment rotation can present; add this person to the rotation or pick someone who is in it',
      });
    }
  });
  return issues;
}

function absenceIssues(absences: RotationOptions['absences']): FieldIssue[] {
  const issues: FieldIssue[] = [];
  (absences ?? []).forEach(({ from, to }, index) => {
    const isFromValid = isCalendarDate(from);
    const isToValid = isCalendarDate(to);
    if (!isFromValid) {
      issues.push({ field: `absences.${index}.from`, message: dateMessage('First day away') });
    }
    if (!isToValid) {
      issues.push({ field: `absences.${index}.to`, message: dateMessage('Last day away') });
    }
    if (isFromValid && isToValid && to < from) {
      issues.push({
        field: `absences.${index}.to`,
        message: `Last day away (${to}) is before the first day away (${from}); set it on or after ${from}`,
      });
    }
  });
  return issues;
}

function historyIssues(history: RotationOptions['history']): FieldIssue[] {
  const issues: FieldIssue[] = [];
  (history ?? []).forEach(({ date }, index) => {
    if (!isCalendarDate(date)) {
      issues.push({ field: `history.${index}.date`, message: dateMessage('Presentation date') });
    }
  });
  return issues;
}

/** Throws one `ValidationError` naming every wrong field of `options`. */
export function assertValidRotationOptions(options: RotationOptions): void {
  const issues = [
    ...memberIssues(options.members),
    ...occurrenceIssues(options.occurrences),
    ...overrideIssues(options),
    ...absenceIssues(options.absences),
    ...historyIssues(options.history),
  ];
  if (issues.length > 0) throw new ValidationError(issues);
}
