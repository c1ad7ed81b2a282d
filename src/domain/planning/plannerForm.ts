import { createStandardAgendaTemplate, fitAgendaToDuration, type AgendaTemplate } from '../agenda';
import { addDays } from '../calendarDate';
import { changeCadence, validateCadence, type Cadence } from '../cadence';
import { ValidationError, type FieldIssue } from '../errors';
import type { CadenceId, MemberId } from '../ids';
import {
  DAYS_OF_WEEK,
  type CadenceFrequency,
  type CadenceRange,
  type DayOfWeek,
  type WeekIndex,
} from '../recurrence';
import type { PresenterOverride } from '../rotation';
import { isKnownTimeZone, unknownTimeZoneMessage } from '../timeZone';

/**
 * The cadence planner's form as a person fills it in: text fields stay text until the cadence is
 * built, so a half-typed "6" or a wrong time zone is kept exactly as typed while the message
 * beside the field says what to change. {@link cadenceFromForm} turns it into a validated
 * {@link Cadence}; {@link formFromCadence} loads a saved cadence back into the form.
 */
export interface PlannerForm {
  readonly title: string;
  /** Who is invited, in the order picked; the organizer is added when missing. */
  readonly attendeeIds: readonly MemberId[];
  /** Minutes, as typed. */
  readonly durationMinutes: string;
  readonly frequency: PlannerFrequency;
  /** Weeks between meetings for `everyNWeeks`, as typed. */
  readonly intervalWeeks: string;
  /** The weekday of weekly, every-N-weeks and "first Tuesday" cadences. */
  readonly dayOfWeek: DayOfWeek;
  /** Which weekday of the month, for the by-weekday kinds. */
  readonly week: WeekIndex;
  /** Day of the month for the by-date kinds, as typed. */
  readonly dayOfMonth: string;
  /** `HH:mm` in `timeZone`: chosen from the best slots or typed. */
  readonly startTime: string;
  /** Windows or IANA name, as typed. */
  readonly timeZone: string;
  /** `YYYY-MM-DD`. */
  readonly startDate: string;
  readonly end: PlannerEnd;
  /** `YYYY-MM-DD`, for `untilDate`. */
  readonly endDate: string;
  /** As typed, for `numberOfMeetings`. */
  readonly numberOfMeetings: string;
}

/** The frequencies the planner offers (the domain knows yearly too; a CX team does not need it). */
export const PLANNER_FREQUENCIES = [
  'weekly',
  'everyNWeeks',
  'monthlyByWeekday',
  'monthlyByDate',
  'quarterlyByWeekday',
  'quarterlyByDate',
] as const;
export type PlannerFrequency = (typeof PLANNER_FREQUENCIES)[number];

/** What each frequency is called in the form. */
export const PLANNER_FREQUENCY_LABELS: Readonly<Record<PlannerFrequency, string>> = {
  weekly: 'Weekly',
  everyNWeeks: 'Every few weeks (e.g. every 2 weeks)',
  monthlyByWeekday: 'Monthly on a weekday (e.g. first Tuesday)',
  monthlyByDate: 'Monthly on a date',
  quarterlyByWeekday: 'Quarterly on a weekday (e.g. last Friday)',
  quarterlyByDate: 'Quarterly on a date',
};

export type PlannerEnd = 'untilDate' | 'numberOfMeetings';

/** The form's fields, as issues name them; `form` is a problem with the whole cadence. */
export type PlannerField =
  | 'title'
  | 'attendeeIds'
  | 'durationMinutes'
  | 'intervalWeeks'
  | 'dayOfWeek'
  | 'week'
  | 'dayOfMonth'
  | 'startTime'
  | 'timeZone'
  | 'startDate'
  | 'endDate'
  | 'numberOfMeetings'
  | 'form';

const DEFAULT_PLANNER_TITLE = 'CX team meeting';
const DEFAULT_PLANNER_DURATION_MINUTES = 60;
/** Working groups meet every two weeks (DESIGN §1). */
const DEFAULT_PLANNER_INTERVAL_WEEKS = 2;
const DEFAULT_PLANNER_START_TIME = '10:00';
const DEFAULT_PLANNER_DAY_OF_WEEK: DayOfWeek = 'tuesday';
/** A new cadence starts a week from today and runs for a year. */
const DEFAULT_PLANNER_LEAD_DAYS = 7;
const DEFAULT_PLANNER_RANGE_DAYS = 364;

export interface DefaultPlannerFormOptions {
  /** Today's date `YYYY-MM-DD` in the organizer's zone (the caller reads the clock). */
  readonly today: string;
  readonly timeZone: string;
  /** The charter's role members, or the whole team. */
  readonly attendeeIds: readonly MemberId[];
}

/**
 * A new cadence's form: every two weeks on Tuesday at 10:00 for an hour, from a week after
 * `today` for a year, in the organizer's zone.
 *
 * @example defaultPlannerForm({ today: '2026-11-23', timeZone: 'Pacific Standard Time',
 *   attendeeIds }) // startDate '2026-11-30', endDate '2027-11-29'
 */
export function defaultPlannerForm(options: DefaultPlannerFormOptions): PlannerForm {
  const startDate = addDays(options.today, DEFAULT_PLANNER_LEAD_DAYS);
  return {
    title: DEFAULT_PLANNER_TITLE,
    attendeeIds: [...new Set(options.attendeeIds)],
    durationMinutes: String(DEFAULT_PLANNER_DURATION_MINUTES),
    frequency: 'everyNWeeks',
    intervalWeeks: String(DEFAULT_PLANNER_INTERVAL_WEEKS),
    dayOfWeek: DEFAULT_PLANNER_DAY_OF_WEEK,
    week: 'first',
    dayOfMonth: '1',
    startTime: DEFAULT_PLANNER_START_TIME,
    timeZone: options.timeZone,
    startDate,
    end: 'untilDate',
    endDate: addDays(startDate, DEFAULT_PLANNER_RANGE_DAYS),
    numberOfMeetings: '26',
  };
}

/**
 * A saved cadence in the form, to reschedule it. Kinds the planner does not offer (several
 * weekdays, yearly, no end) are shown as the nearest one the form has; saving the form then
 * changes the cadence to what the form shows.
 */
export function formFromCadence(cadence: Cadence): PlannerForm {
  const base: PlannerForm = {
    ...defaultPlannerForm({
      today: cadence.recurrence.range.startDate,
      timeZone: cadence.timeZone,
      attendeeIds: cadence.attendeeIds,
    }),
    title: cadence.title,
    durationMinutes: String(cadence.durationMinutes),
    startTime: cadence.startTime,
    ...rangeFields(cadence.recurrence.range),
  };
  return { ...base, ...frequencyFields(cadence.recurrence.frequency) };
}

function rangeFields(range: CadenceRange): Partial<PlannerForm> {
  switch (range.kind) {
    case 'untilDate':
      return { startDate: range.startDate, end: 'untilDate', endDate: range.endDate };
    case 'numberOfMeetings':
      return {
        startDate: range.startDate,
        end: 'numberOfMeetings',
        numberOfMeetings: String(range.numberOfMeetings),
      };
    case 'noEnd':
      return {
        startDate: range.startDate,
        end: 'untilDate',
        endDate: addDays(range.startDate, DEFAULT_PLANNER_RANGE_DAYS),
      };
  }
}

function frequencyFields(frequency: CadenceFrequency): Partial<PlannerForm> {
  switch (frequency.kind) {
    case 'weekly':
      return { frequency: 'weekly', dayOfWeek: frequency.dayOfWeek };
    case 'everyNWeeks':
      return {
        frequency: 'everyNWeeks',
        intervalWeeks: String(frequency.interval),
        dayOfWeek: frequency.daysOfWeek[0] ?? DEFAULT_PLANNER_DAY_OF_WEEK,
      };
    case 'severalWeekdays':
      return {
        frequency: 'weekly',
        dayOfWeek: frequency.daysOfWeek[0] ?? DEFAULT_PLANNER_DAY_OF_WEEK,
      };
    case 'monthlyByWeekday':
    case 'quarterlyByWeekday':
      return { frequency: frequency.kind, week: frequency.week, dayOfWeek: frequency.dayOfWeek };
    case 'monthlyByDate':
    case 'quarterlyByDate':
      return { frequency: frequency.kind, dayOfMonth: String(frequency.dayOfMonth) };
    case 'yearlyByDate':
      return { frequency: 'quarterlyByDate', dayOfMonth: String(frequency.dayOfMonth) };
    case 'yearlyByWeekday':
      return {
        frequency: 'quarterlyByWeekday',
        week: frequency.week,
        dayOfWeek: frequency.dayOfWeek,
      };
  }
}

export interface CadenceFromFormOptions {
  /** The new cadence's id (the caller makes it); ignored when `previous` is given. */
  readonly cadenceId: CadenceId;
  /** The signed-in person: the series is created in their calendar. */
  readonly organizerId: MemberId;
  /** The saved cadence being rescheduled: the result is its next version (or it, unchanged). */
  readonly previous?: Cadence;
}

/**
 * Builds the cadence the form describes, validated by the domain. The organizer is invited even
 * when not picked; everyone invited takes turns telling the Mission Moment (a rescheduled
 * cadence keeps its rotation order and the presenters fixed by hand for people still invited);
 * the agenda is the standard one (or the saved cadence's), its time boxes fitted to the length.
 *
 * @throws ValidationError whose issues name the form's fields ({@link PlannerField}), every wrong
 *   one at once, e.g. `{ field: 'timeZone', message: '"Mars/Olympus" is not a time zone…' }`.
 */
export function cadenceFromForm(form: PlannerForm, options: CadenceFromFormOptions): Cadence {
  const numbers = readNumbers(form);
  const issues: FieldIssue[] = [...numbers.issues];
  if (form.attendeeIds.length === 0) {
    issues.push({
      field: 'attendeeIds',
      message: 'Choose the team members to invite: a cadence needs at least one attendee',
    });
  }
  const agenda = fittedAgenda(options.previous?.agenda, numbers.duration, issues);
  const attendeeIds = withOrganizer(form.attendeeIds, options.organizerId);
  const draft = {
    title: form.title,
    organizerId: options.organizerId,
    attendeeIds,
    durationMinutes: numbers.duration,
    startTime: form.startTime.trim(),
    timeZone: form.timeZone.trim(),
    recurrence: {
      frequency: frequencyOf(form, numbers),
      range: rangeOf(form, numbers),
      firstDayOfWeek: options.previous?.recurrence.firstDayOfWeek ?? DAYS_OF_WEEK[0],
    },
    agenda,
    rotation: rotationFor(attendeeIds, options.previous),
  };
  let cadence: Cadence | undefined;
  try {
    cadence = options.previous
      ? changeCadence(options.previous, draft)
      : validateCadence({ ...draft, id: options.cadenceId, version: 1 });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    // Fields already reported (a number that is not one) were checked with a stand-in value.
    const reported = new Set(issues.map((issue) => issue.field));
    issues.push(
      ...withTypedZone(plannerValidationError(error), form).issues.filter(
        (issue) => !reported.has(issue.field),
      ),
    );
  }
  if (issues.length > 0 || !cadence) throw new ValidationError(issues);
  return cadence;
}

interface FormNumbers {
  readonly duration: number;
  readonly interval: number;
  readonly dayOfMonth: number;
  readonly numberOfMeetings: number;
  readonly issues: readonly FieldIssue[];
}

/**
 * The form's numbers; one that is not a whole number is reported and replaced by a stand-in, so
 * the rest of the cadence is still checked and every problem shows at once.
 */
function readNumbers(form: PlannerForm): FormNumbers {
  const issues: FieldIssue[] = [];
  const whole = (field: PlannerField, text: string, message: string, standIn: number): number => {
    const trimmed = text.trim();
    if (/^\d+$/.test(trimmed)) return Number(trimmed);
    issues.push({ field, message });
    return standIn;
  };
  const isByDate = form.frequency === 'monthlyByDate' || form.frequency === 'quarterlyByDate';
  return {
    duration: whole(
      'durationMinutes',
      form.durationMinutes,
      'Give the meeting length in whole minutes, e.g. 60',
      DEFAULT_PLANNER_DURATION_MINUTES,
    ),
    interval:
      form.frequency === 'everyNWeeks'
        ? whole(
            'intervalWeeks',
            form.intervalWeeks,
            'Give the number of weeks between meetings as a whole number, e.g. 2',
            DEFAULT_PLANNER_INTERVAL_WEEKS,
          )
        : DEFAULT_PLANNER_INTERVAL_WEEKS,
    dayOfMonth: isByDate
      ? whole(
          'dayOfMonth',
          form.dayOfMonth,
          'Give the day of the month as a whole number from 1 to 31',
          1,
        )
      : 1,
    numberOfMeetings:
      form.end === 'numberOfMeetings'
        ? whole(
            'numberOfMeetings',
            form.numberOfMeetings,
            'Give the number of meetings as a whole number, e.g. 26',
            1,
          )
        : 1,
    issues,
  };
}

function fittedAgenda(
  saved: AgendaTemplate | undefined,
  durationMinutes: number,
  issues: FieldIssue[],
): AgendaTemplate {
  const template = saved ?? createStandardAgendaTemplate();
  try {
    return fitAgendaToDuration(template, durationMinutes);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    issues.push(...error.issues.map((issue) => ({ ...issue, field: 'durationMinutes' })));
    return template;
  }
}

function withOrganizer(picked: readonly MemberId[], organizerId: MemberId): MemberId[] {
  const unique = [...new Set(picked)];
  return unique.includes(organizerId) ? unique : [organizerId, ...unique];
}

/**
 * Everyone invited presents in turn: a saved rotation keeps its order (newcomers join at the end)
 * and its hand-fixed presenters for people still in it.
 */
function rotationFor(
  attendeeIds: readonly MemberId[],
  previous: Cadence | undefined,
): { memberIds: MemberId[]; overrides: PresenterOverride[] } {
  if (!previous) return { memberIds: [...attendeeIds], overrides: [] };
  const invited = new Set(attendeeIds);
  const kept = previous.rotation.memberIds.filter((member) => invited.has(member));
  const memberIds = [...kept, ...attendeeIds.filter((member) => !kept.includes(member))];
  const overrides = previous.rotation.overrides.filter((override) =>
    invited.has(override.memberId),
  );
  return { memberIds, overrides };
}

function frequencyOf(form: PlannerForm, numbers: FormNumbers): CadenceFrequency {
  switch (form.frequency) {
    case 'weekly':
      return { kind: 'weekly', dayOfWeek: form.dayOfWeek };
    case 'everyNWeeks':
      return { kind: 'everyNWeeks', interval: numbers.interval, daysOfWeek: [form.dayOfWeek] };
    case 'monthlyByWeekday':
    case 'quarterlyByWeekday':
      return { kind: form.frequency, week: form.week, dayOfWeek: form.dayOfWeek };
    case 'monthlyByDate':
    case 'quarterlyByDate':
      return { kind: form.frequency, dayOfMonth: numbers.dayOfMonth };
  }
}

function rangeOf(form: PlannerForm, numbers: FormNumbers): CadenceRange {
  const startDate = form.startDate.trim();
  return form.end === 'untilDate'
    ? { kind: 'untilDate', startDate, endDate: form.endDate.trim() }
    : { kind: 'numberOfMeetings', startDate, numberOfMeetings: numbers.numberOfMeetings };
}

const FIELD_RULES: readonly (readonly [RegExp, PlannerField])[] = [
  [/^title/, 'title'],
  [/^(attendeeIds|organizerId|rotation)/, 'attendeeIds'],
  [/^(durationMinutes|agenda|meetingMinutes)/, 'durationMinutes'],
  [/^startTime/, 'startTime'],
  [/^(timeZone|recurrence\.recurrenceTimeZone)/, 'timeZone'],
  [/^recurrence\.(frequency|pattern)\.interval/, 'intervalWeeks'],
  [/^recurrence\.(frequency|pattern)\.(dayOfWeek|daysOfWeek)/, 'dayOfWeek'],
  [/^recurrence\.(frequency|pattern)\.(week|index)/, 'week'],
  [/^recurrence\.(frequency|pattern)\.dayOfMonth/, 'dayOfMonth'],
  [/^recurrence\.range\.endDate/, 'endDate'],
  [/^recurrence\.range\.(numberOfMeetings|numberOfOccurrences)/, 'numberOfMeetings'],
  [/^recurrence\.range/, 'startDate'],
];

/**
 * The form field a domain or Graph-flow issue is about, e.g. `recurrence.range.endDate` →
 * `endDate`, `attendeeIds.3` (someone outside the organisation) → `attendeeIds`; `form` when the
 * issue is about none of them.
 */
export function plannerFieldOf(field: string): PlannerField {
  return FIELD_RULES.find(([pattern]) => pattern.test(field))?.[1] ?? 'form';
}

/** The same error with every issue named by its form field. */
function plannerValidationError(error: ValidationError): ValidationError {
  return new ValidationError(
    error.issues.map((issue) => ({ field: plannerFieldOf(issue.field), message: issue.message })),
  );
}

/**
 * One message per form field (several issues on a field are joined), for `Field`'s
 * `validationMessage`. Issues may name domain fields or form fields.
 */
export function plannerIssuesByField(
  error: ValidationError,
): Readonly<Partial<Record<PlannerField, string>>> {
  const byField: Partial<Record<PlannerField, string>> = {};
  for (const issue of error.issues) {
    const field = isPlannerField(issue.field) ? issue.field : plannerFieldOf(issue.field);
    const known = byField[field];
    if (known?.includes(issue.message)) continue;
    byField[field] = known ? `${known} ${issue.message}` : issue.message;
  }
  return byField;
}

const PLANNER_FIELDS: ReadonlySet<string> = new Set<PlannerField>([
  'title',
  'attendeeIds',
  'durationMinutes',
  'intervalWeeks',
  'dayOfWeek',
  'week',
  'dayOfMonth',
  'startTime',
  'timeZone',
  'startDate',
  'endDate',
  'numberOfMeetings',
  'form',
]);

function isPlannerField(field: string): field is PlannerField {
  return PLANNER_FIELDS.has(field);
}

/** The domain says "choose a time zone we recognise"; the form can say which name it did not. */
function withTypedZone(error: ValidationError, form: PlannerForm): ValidationError {
  const zone = form.timeZone.trim();
  return new ValidationError(
    error.issues.map((issue) =>
      issue.field === 'timeZone' && !isKnownTimeZone(zone)
        ? { field: issue.field, message: unknownZoneMessage(zone) }
        : issue,
    ),
  );
}

function unknownZoneMessage(zone: string): string {
  return zone === ''
    ? 'Choose the time zone the meetings are planned in, e.g. Pacific Standard Time or America/Los_Angeles'
    : unknownTimeZoneMessage(zone);
}
