import * as z from 'zod/mini';
import { ValidationError, zodMessage } from '../errors';
import type { FieldIssue } from '../errors';
import { agendaItemId, roleId } from '../ids';
import { AGENDA_ITEM_KINDS } from './template';
import type { AgendaItem, AgendaTemplate } from './template';
import { MAX_MEETING_MINUTES } from './timeBoxes';

/** Limits on what a person can type into the agenda editor. */
export const MAX_AGENDA_NAME_LENGTH = 120;
export const MAX_AGENDA_TITLE_LENGTH = 120;
export const MAX_AGENDA_GUIDANCE_LENGTH = 200;
export const MIN_AGENDA_ITEM_MINUTES = 1;
/** Four hours: longer than any single slot of a CX team meeting should be. */
export const MAX_AGENDA_ITEM_MINUTES = 240;
export const MAX_AGENDA_ITEMS = 30;

const minutesMessage = `Minutes must be a whole number from ${MIN_AGENDA_ITEM_MINUTES} to ${MAX_AGENDA_ITEM_MINUTES}`;
const idMessage = 'Every agenda item needs an id';
const titleRequired = 'Enter a title for this agenda item';
const kindMessage =
  'Choose what the item is for: Mission Moment, carry-over, voice of the customer, department updates, decisions needed, wrap-up or custom';

// The objects word a wrong type themselves (`error: zodMessage`), as `agendaTemplateSchema` is
// exported and may be parsed without `validateAgendaTemplate`.
const agendaItemSchema = z.pipe(
  z.object(
    {
      id: z.string({ error: idMessage }).check(z.trim(), z.minLength(1, idMessage)),
      kind: z.enum(AGENDA_ITEM_KINDS, { error: kindMessage }),
      title: z
        .string({ error: titleRequired })
        .check(
          z.trim(),
          z.minLength(1, titleRequired),
          z.maxLength(
            MAX_AGENDA_TITLE_LENGTH,
            `Keep the title to ${MAX_AGENDA_TITLE_LENGTH} characters or fewer`,
          ),
        ),
      minutes: z
        .number({ error: minutesMessage })
        .check(
          z.int(minutesMessage),
          z.gte(MIN_AGENDA_ITEM_MINUTES, minutesMessage),
          z.lte(MAX_AGENDA_ITEM_MINUTES, minutesMessage),
        ),
      ownerRoleId: z.optional(z.string({ error: 'Choose a charter role as the owner, or none' })),
      guidance: z._default(
        z.string({ error: 'Guidance must be text' }).check(
          z.trim(),
          z.maxLength(
            MAX_AGENDA_GUIDANCE_LENGTH,
            `Keep the guidance to ${MAX_AGENDA_GUIDANCE_LENGTH} characters or fewer`,
          ),
          z.refine((text) => !/[\r\n]/.test(text), 'Keep the guidance to one line'),
        ),
        '',
      ),
    },
    { error: zodMessage },
  ),
  z.transform((item): AgendaItem => {
    const owner = item.ownerRoleId?.trim();
    return {
      id: agendaItemId(item.id),
      kind: item.kind,
      title: item.title,
      minutes: item.minutes,
      ...(owner ? { ownerRoleId: roleId(owner) } : {}),
      guidance: item.guidance,
    };
  }),
);

const agendaNameRequired = 'Give the agenda a name';

/** The shape of an editable agenda: per-field rules only; rules across items are checked after. */
export const agendaTemplateSchema = z.object(
  {
    name: z
      .string({ error: agendaNameRequired })
      .check(
        z.trim(),
        z.minLength(1, agendaNameRequired),
        z.maxLength(
          MAX_AGENDA_NAME_LENGTH,
          `Keep the agenda name to ${MAX_AGENDA_NAME_LENGTH} characters or fewer`,
        ),
      ),
    items: z
      .array(agendaItemSchema, { error: 'The agenda needs a list of items' })
      .check(
        z.minLength(1, 'Add at least one item: the agenda starts with a Mission Moment'),
        z.maxLength(MAX_AGENDA_ITEMS, `An agenda can have at most ${MAX_AGENDA_ITEMS} items`),
      ),
  },
  { error: zodMessage },
);

export interface ValidateAgendaOptions {
  /** The meeting's length in minutes; when given, the items must add up to it exactly. */
  readonly meetingMinutes?: number;
}

/**
 * Checks an agenda a person edited and returns it trimmed and typed, or throws a `ValidationError`
 * listing every problem at once, each against its field (`items.2.minutes`, `items.0.kind`, …):
 * titles present and at most 120 characters, minutes whole from 1 to 240, exactly one Mission
 * Moment and first, item ids unique, and — when `meetingMinutes` is given — a total equal to the
 * meeting's length ("The agenda adds up to 65 minutes but the meeting is 60 minutes: shorten items
 * by 5 minutes").
 */
export function validateAgendaTemplate(
  input: unknown,
  options: ValidateAgendaOptions = {},
): AgendaTemplate {
  const parsed = agendaTemplateSchema.safeParse(input, { error: zodMessage });
  const rawItems = itemsOf(input);
  const issues: FieldIssue[] = [
    ...(parsed.success ? [] : ValidationError.fromZod(parsed.error).issues),
    ...missionMomentIssues(rawItems),
    ...duplicateIdIssues(rawItems),
    ...meetingLengthIssues(rawItems, options.meetingMinutes),
  ];
  if (issues.length > 0 || !parsed.success) throw new ValidationError(issues);
  return parsed.data;
}

type RawItem = Readonly<Record<string, unknown>>;

/** The items as loosely typed records, so rules across items can run even when a field is wrong. */
function itemsOf(input: unknown): RawItem[] {
  if (!isRecord(input) || !Array.isArray(input.items)) return [];
  return input.items.map((item: unknown) => (isRecord(item) ? item : {}));
}

function isRecord(value: unknown): value is RawItem {
  return typeof value === 'object' && value !== null;
}

function missionMomentIssues(items: readonly RawItem[]): FieldIssue[] {
  if (items.length === 0) return [];
  const positions = items.flatMap((item, index) => (item.kind === 'missionMoment' ? [index] : []));
  if (positions.length === 0) {
    return [{ field: 'items', message: 'Add a Mission Moment as the first item of the agenda' }];
  }
  return positions.flatMap((index, nth): FieldIssue[] => {
    const field = `items.${index}.kind`;
    if (nth > 0) {
      return [
        {
          field,
          message: "An agenda has one Mission Moment; change this item's kind or remove the item",
        },
      ];
    }
    if (index > 0) {
      return [{ field, message: 'The Mission Moment must be the first item: move it to the top' }];
    }
    return [];
  });
}

function duplicateIdIssues(items: readonly RawItem[]): FieldIssue[] {
  const seen = new Set<string>();
  return items.flatMap((item, index): FieldIssue[] => {
    if (typeof item.id !== 'string') return [];
    const id = item.id.trim();
    if (id === '') return [];
    if (!seen.has(id)) {
      seen.add(id);
      return [];
    }
    return [
      {
        field: `items.${index}.id`,
        message: `Another item already uses the id "${id}": give each item its own id`,
      },
    ];
  });
}

const isValidMinutes = (value: unknown): value is number =>
  typeof value === 'number' &&
  Number.isInteger(value) &&
  value >= MIN_AGENDA_ITEM_MINUTES &&
  value <= MAX_AGENDA_ITEM_MINUTES;

function meetingLengthIssues(
  items: readonly RawItem[],
  meetingMinutes: number | undefined,
): FieldIssue[] {
  if (meetingMinutes === undefined) return [];
  const isValidMeeting =
    Number.isInteger(meetingMinutes) &&
    meetingMinutes >= 1 &&
    meetingMinutes <= MAX_MEETING_MINUTES;
  if (!isValidMeeting) {
    return [
      {
        field: 'meetingMinutes',
        message: `The meeting length must be a whole number of minutes from 1 to ${MAX_MEETING_MINUTES}`,
      },
    ];
  }
  const minutes = items.map((item) => item.minutes);
  // A total is only meaningful once every item's minutes are valid; those are reported already.
  if (minutes.length === 0 || !minutes.every(isValidMinutes)) return [];
  const total = minutes.reduce((sum, value) => sum + value, 0);
  if (total === meetingMinutes) return [];
  const difference = Math.abs(total - meetingMinutes);
  const advice = total > meetingMinutes ? 'shorten' : 'lengthen';
  return [
    {
      field: 'items',
      message: `The agenda adds up to ${total} ${pluralMinutes(total)} but the meeting is ${meetingMinutes} ${pluralMinutes(meetingMinutes)}: ${advice} items by ${difference} ${pluralMinutes(difference)}`,
    },
  ];
}

const pluralMinutes = (count: number): string => (count === 1 ? 'minute' : 'minutes');
