import * as z from 'zod/mini';
import { validateAgendaTemplate } from '../agenda';
import type { AgendaTemplate } from '../agenda';
import { ValidationError, zodMessage } from '../errors';
import type { FieldIssue } from '../errors';
import type { CadenceId, MemberId } from '../ids';
import { expandOccurrences, toPatternedRecurrence } from '../recurrence';
import type {
  CadenceRecurrence,
  Occurrence,
  OccurrenceWindow,
  PatternedRecurrence,
  SeriesStart,
} from '../recurrence';
import type { PresenterOverride } from '../rotation';
import { isKnownTimeZone } from '../timeZone';
import type { TimeZoneName } from '../timeZone';

/**
 * A CX team's meeting cadence: the recurring Teams meeting series the planner schedules, with the
 * agenda every invite carries and the Mission Moment rotation. `version` goes up by one on every
 * change; `id` + `version` make the Graph `transactionId`, so a retried create returns the same
 * series and a changed cadence is a new, deliberate write.
 */
export interface Cadence {
  readonly id: CadenceId;
  readonly version: number;
  readonly title: string;
  /** The CX lead (or whoever schedules): the series lives in this person's calendar. */
  readonly organizerId: MemberId;
  /** Everyone invited, the organizer included. */
  readonly attendeeIds: readonly MemberId[];
  readonly durationMinutes: number;
  /** Local start time of every meeting in `timeZone`, `HH:mm`, e.g. `10:00`. */
  readonly startTime: string;
  /** The series time zone, Windows ("Pacific Standard Time") or IANA ("America/Los_Angeles"). */
  readonly timeZone: TimeZoneName;
  readonly recurrence: CadenceRecurrence;
  readonly agenda: AgendaTemplate;
  readonly rotation: MissionMomentRotationSettings;
}

/** Who takes turns telling the Mission Moment, and the turns a person fixed by hand. */
export interface MissionMomentRotationSettings {
  readonly memberIds: readonly MemberId[];
  readonly overrides: readonly PresenterOverride[];
}

/** Graph allows far more attendees; a CX governing team beyond this is no longer a team. */
export const MAX_CADENCE_ATTENDEES = 100;
export const MAX_CADENCE_TITLE_LENGTH = 255;
export const MIN_CADENCE_DURATION_MINUTES = 15;
export const MAX_CADENCE_DURATION_MINUTES = 480;
/** Prefix of every transactionId CX Cadence sends, so its series are recognisable in a mailbox. */
export const TRANSACTION_ID_PREFIX = 'cx-cadence';

const clockTime = /^([01]\d|2[0-3]):[0-5]\d$/;

const cadenceShapeSchema = z.object({
  id: z.string().check(z.trim(), z.minLength(1, 'The cadence needs an id')),
  version: z
    .number({ error: 'Version must be a whole number from 1 up' })
    .check(
      z.int('Version must be a whole number from 1 up'),
      z.gte(1, 'Version must be a whole number from 1 up'),
    ),
  title: z
    .string({ error: 'Give the meeting series a title, e.g. "CX Council"' })
    .check(
      z.trim(),
      z.minLength(1, 'Give the meeting series a title, e.g. "CX Council"'),
      z.maxLength(
        MAX_CADENCE_TITLE_LENGTH,
        `Keep the title to ${MAX_CADENCE_TITLE_LENGTH} characters or fewer`,
      ),
    ),
  organizerId: z.string().check(z.trim(), z.minLength(1, 'Choose who organises the meetings')),
  attendeeIds: z
    .array(z.string().check(z.trim(), z.minLength(1, 'Remove the empty attendee')))
    .check(
      z.minLength(1, 'Invite at least one team member'),
      z.maxLength(
        MAX_CADENCE_ATTENDEES,
        `A cadence can invite at most ${MAX_CADENCE_ATTENDEES} people; invite a distribution group's members in a smaller core team instead`,
      ),
    ),
  durationMinutes: z
    .number({ error: 'Give the meeting length in minutes' })
    .check(
      z.int('Give the meeting length in whole minutes'),
      z.gte(
        MIN_CADENCE_DURATION_MINUTES,
        `Meetings must last at least ${MIN_CADENCE_DURATION_MINUTES} minutes to hold the CX agenda`,
      ),
      z.lte(
        MAX_CADENCE_DURATION_MINUTES,
        `Meetings can last at most ${MAX_CADENCE_DURATION_MINUTES / 60} hours`,
      ),
    ),
  startTime: z
    .string({ error: 'Give the start time as HH:mm, e.g. 10:00' })
    .check(
      z.regex(clockTime, 'Give the start time as HH:mm on a 24-hour clock, e.g. 09:30 or 14:00'),
    ),
  timeZone: z.string({ error: 'Choose the time zone the meetings are planned in' }).check(
    z.refine(isKnownTimeZone, {
      message:
        'Choose a time zone we recognise: a Windows name such as "Pacific Standard Time" or an IANA name such as "America/Los_Angeles"',
    }),
  ),
  recurrence: z.custom<CadenceRecurrence>((value) => typeof value === 'object' && value !== null, {
    message: 'Choose how often the team meets',
  }),
  agenda: z.unknown(),
  rotation: z.object(
    {
      memberIds: z.array(z.string().check(z.trim(), z.minLength(1))),
      overrides: z.array(
        z.object({
          occurrenceId: z.string().check(z.minLength(1)),
          memberId: z.string().check(z.minLength(1)),
        }),
      ),
    },
    { error: 'The Mission Moment rotation is missing' },
  ),
});

/**
 * Checks a whole cadence as the planner submits it and returns it typed. Every problem is reported
 * at once, with its field: the shape, the recurrence (through {@link toPatternedRecurrence}), the
 * agenda (its time boxes must add up to `durationMinutes`) and the rotation (members must be
 * invited; an overridden presenter must be in the rotation).
 *
 * @throws ValidationError naming each wrong field, e.g. `agenda.items.2.minutes`.
 */
export function validateCadence(input: unknown): Cadence {
  const shape = cadenceShapeSchema.safeParse(input, { error: zodMessage });
  const issues: FieldIssue[] = shape.success
    ? []
    : ValidationError.fromZod(shape.error).issues.slice();
  if (!shape.success) {
    throw new ValidationError(issues);
  }
  const draft = shape.data;
  issues.push(...collectIssues(() => toPatternedRecurrence(draft.recurrence), 'recurrence'));
  issues.push(
    ...collectIssues(
      () => validateAgendaTemplate(draft.agenda, { meetingMinutes: draft.durationMinutes }),
      'agenda',
    ),
  );
  issues.push(...rosterIssues(draft));
  if (issues.length > 0) throw new ValidationError(issues);
  return { ...(input as Cadence), title: draft.title, timeZone: draft.timeZone.trim() };
}

function rosterIssues(draft: z.output<typeof cadenceShapeSchema>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const invited = new Set(draft.attendeeIds);
  draft.attendeeIds.forEach((attendee, index) => {
    if (draft.attendeeIds.indexOf(attendee) !== index) {
      issues.push({ field: `attendeeIds.${index}`, message: 'This person is already invited' });
    }
  });
  if (!invited.has(draft.organizerId)) {
    issues.push({ field: 'organizerId', message: 'The organizer must be one of the attendees' });
  }
  if (draft.rotation.memberIds.length === 0) {
    issues.push({
      field: 'rotation.memberIds',
      message: 'Add at least one team member to the Mission Moment rotation',
    });
  }
  draft.rotation.memberIds.forEach((member, index) => {
    if (!invited.has(member)) {
      issues.push({
        field: `rotation.memberIds.${index}`,
        message: 'Only invited team members can tell the Mission Moment: invite this person first',
      });
    }
  });
  const rotating = new Set(draft.rotation.memberIds);
  draft.rotation.overrides.forEach((override, index) => {
    if (!rotating.has(override.memberId)) {
      issues.push({
        field: `rotation.overrides.${index}.memberId`,
        message: 'This presenter is not in the Mission Moment rotation',
      });
    }
  });
  return issues;
}

function collectIssues(check: () => unknown, prefix: string): FieldIssue[] {
  try {
    check();
    return [];
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.issues.map((issue) => ({
      field: issue.field.startsWith(prefix) ? issue.field : joinField(prefix, issue.field),
      message: issue.message,
    }));
  }
}

function joinField(prefix: string, field: string): string {
  return field ? `${prefix}.${field}` : prefix;
}

/** Graph's `patternedRecurrence` for the cadence's series (range read in the series zone). */
export function cadencePatternedRecurrence(cadence: Cadence): PatternedRecurrence {
  return toPatternedRecurrence({
    frequency: cadence.recurrence.frequency,
    range: cadence.recurrence.range,
    firstDayOfWeek: cadence.recurrence.firstDayOfWeek,
    recurrenceTimeZone: cadence.recurrence.recurrenceTimeZone ?? cadence.timeZone,
  });
}

/**
 * The series master's start, as Graph's event `start` wants it: the range's start date at the
 * cadence's local start time, in its zone. Exchange moves the first meeting to the first date on or
 * after it that matches the pattern.
 *
 * @example a cadence from 2027-01-05 at 10:00 "Pacific Standard Time" →
 *   `{ dateTime: '2027-01-05T10:00:00', timeZone: 'Pacific Standard Time' }`
 */
export function cadenceSeriesStart(cadence: Cadence): SeriesStart {
  return {
    dateTime: `${cadence.recurrence.range.startDate}T${cadence.startTime}:00`,
    timeZone: cadence.timeZone,
  };
}

export interface CadenceOccurrencesOptions {
  /** Only meetings overlapping this window (ISO instants with an offset or `Z`). */
  readonly window?: OccurrenceWindow;
  readonly maxCount?: number;
}

/**
 * The cadence's meetings, in order, expanded as Exchange does (see `expandOccurrences`).
 *
 * @throws ValidationError when the cadence yields no meeting at all, so the planner can say which
 *   dates to change instead of scheduling an empty series.
 */
export function cadenceOccurrences(
  cadence: Cadence,
  options: CadenceOccurrencesOptions = {},
): Occurrence[] {
  return expandOccurrences({
    start: cadenceSeriesStart(cadence),
    durationMinutes: cadence.durationMinutes,
    recurrence: cadencePatternedRecurrence(cadence),
    ...(options.window ? { window: options.window } : {}),
    ...(options.maxCount !== undefined ? { maxCount: options.maxCount } : {}),
  });
}

/**
 * The Graph `transactionId` for creating this version of the cadence's series: the same cadence
 * and version always give the same id, so a retried or repeated create returns the first event
 * instead of a duplicate, while a changed cadence (a new version) is a new write.
 *
 * @example `cx-cadence-7f3a…-v3`
 */
export function cadenceTransactionId(cadence: Pick<Cadence, 'id' | 'version'>): string {
  return `${TRANSACTION_ID_PREFIX}-${cadence.id}-v${cadence.version}`;
}

/** The parts of a cadence a person can change in the planner. */
export type CadenceChange = Partial<Omit<Cadence, 'id' | 'version'>>;

/**
 * Applies a change from the planner and returns the next version, validated; returns the same
 * cadence (same version) when the change changes nothing, so saving twice is not a new write.
 *
 * @throws ValidationError naming each wrong field; the caller keeps the person's draft.
 */
export function changeCadence(cadence: Cadence, change: CadenceChange): Cadence {
  const changedKeys = (Object.keys(change) as (keyof CadenceChange)[]).filter(
    (key) => change[key] !== undefined && !sameValue(change[key], cadence[key]),
  );
  if (changedKeys.length === 0) return cadence;
  return validateCadence({ ...cadence, ...change, version: cadence.version + 1 });
}

// Cadence values are plain JSON data built by the planner, so structural equality is JSON equality.
function sameValue(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}
