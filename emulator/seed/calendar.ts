import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import {
  expandOccurrences,
  type DayOfWeek,
  type PatternedRecurrence,
  type WeekIndex,
} from '../../src/domain/recurrence';
import { escapeHtml } from '../../src/domain/html';
import { resolveIanaZone } from '../../src/domain/timeZone';
import { etagOf } from '../core/access';
import { graphLocalDateTime, graphTimestamp, utcSeconds } from '../core/dates';
import type { EmulatorState, GraphJson, StoredEvent } from '../core/state';
import { eventWebLink, newICalUId } from '../graph/calendar/ids';
import {
  bodyPreviewOf,
  meetingOptionsUrl,
  teamsJoinBlock,
  withJoinBlock,
} from '../graph/calendar/teams';
import { provisionOnlineMeeting } from '../graph/onlineMeetings';
import type { DemoPersonKey } from './constants';
import { emailAddressOf, personByKey, type DemoPerson } from './people';

/**
 * Builds seeded calendar items the way Exchange stores them: one copy of a meeting in the
 * organizer's calendar and one in each attendee's, all sharing an `iCalUId`; a recurring series is
 * stored once per mailbox as its `seriesMaster` (the calendar routes expand the occurrences).
 * Teams meetings get their online meeting and meeting chat from the same provisioning the
 * calendar routes use, and the same join block in the body.
 *
 * `StoredEvent.startUtcMs` / `endUtcMs` (see `core/state.ts`) are the stored item's own `start`
 * and `end` as instants, exactly what the calendar routes store for an item they create:
 * - single event: its start and end;
 * - all-day event: midnight to midnight in the event's `start.timeZone`;
 * - series master: its first occurrence's start and end (the master's `start`/`end`). The calendar
 *   routes read the series' meeting length from these two, and expand every master whatever the
 *   window, so the span of the whole series is not stored.
 *
 * @example A weekly Tuesday 10:00–10:30 "Pacific Standard Time" series with range start date
 *   2026-03-02 (a Monday) stores `start.dateTime` `2026-03-03T10:00:00.0000000`, range
 *   `startDate` `2026-03-03`, `startUtcMs` of 2026-03-03T18:00:00Z and `endUtcMs` of
 *   2026-03-03T18:30:00Z.
 */

export interface SeedContext {
  readonly state: EmulatorState;
  readonly now: Date;
  readonly newId: () => string;
}

export type ShowAs = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere';
export type InviteResponse = 'accepted' | 'tentativelyAccepted' | 'notResponded';

export interface InviteeSpec {
  readonly who: DemoPersonKey;
  readonly type?: 'required' | 'optional';
  /** How the attendee answered; default `accepted`. */
  readonly response?: InviteResponse;
}

/** A recurrence in a compact form; the builder fills Graph's placeholders and the start date. */
export interface RecurrenceSpec {
  readonly pattern: {
    readonly type: PatternedRecurrence['pattern']['type'];
    readonly interval?: number;
    readonly daysOfWeek?: readonly DayOfWeek[];
    readonly dayOfMonth?: number;
    readonly month?: number;
    readonly index?: WeekIndex;
  };
  readonly range:
    | { readonly type: 'noEnd' }
    | { readonly type: 'endDate'; readonly endDate: string }
    | { readonly type: 'numbered'; readonly numberOfOccurrences: number };
}

export interface MeetingSpec {
  readonly organizer: DemoPersonKey;
  readonly subject: string;
  /** Paragraphs of the invitation, plain text (escaped when rendered). */
  readonly body: readonly string[];
  /** `YYYY-MM-DD` in the organizer's zone: the day, or for a series the range's start date. */
  readonly date: string;
  /** `HH:mm` in the organizer's zone; absent for an all-day event. */
  readonly startTime?: string;
  readonly durationMinutes?: number;
  /** All-day events: how many days, midnight to midnight. */
  readonly allDayDays?: number;
  readonly recurrence?: RecurrenceSpec;
  readonly attendees?: readonly InviteeSpec[];
  readonly showAs?: ShowAs;
  readonly sensitivity?: 'normal' | 'personal' | 'private' | 'confidential';
  readonly importance?: 'low' | 'normal' | 'high';
  /** A Teams meeting: join URL, an online meeting and its meeting chat. */
  readonly isOnline?: boolean;
  readonly location?: string;
  readonly categories?: readonly string[];
}

/** What `addMeeting` stored, for callers that link to it. */
export interface SeededMeeting {
  readonly organizerEventId: string;
  readonly iCalUId: string;
  readonly attendeeEventIds: readonly string[];
  readonly chatId?: string;
}

interface Timing {
  readonly start: DateTime;
  readonly end: DateTime;
  readonly startUtcMs: number;
  readonly endUtcMs: number;
  readonly recurrence: GraphJson | null;
}

interface OnlineInfo {
  readonly joinUrl: string;
  readonly chatThreadId: string;
  /** The body with Outlook's Teams join block. */
  readonly body: GraphJson;
}

const DEFAULT_REMINDER_MINUTES = 15;
/** Outlook's default for all-day items: 18 hours before, the evening before at 06:00. */
const ALL_DAY_REMINDER_MINUTES = 1080;
/** Graph's "no time" for responses nobody gave. */
const NO_RESPONSE_TIME = '0001-01-01T00:00:00Z';
const TEAMS_LOCATION = 'Microsoft Teams Meeting';
const DAYS_CREATED_BEFORE_START = 5;

/** Stores a meeting in the organizer's calendar and each attendee's (plus its Teams chat). */
export function addMeeting(context: SeedContext, spec: MeetingSpec): SeededMeeting {
  const organizer = personByKey(spec.organizer);
  const timing = timingOf(spec, organizer);
  const iCalUId = newICalUId(hexOf(context.newId()).slice(0, 32));
  const createdMs = createdMsOf(context.now, timing.startUtcMs);
  const organizerEventId = eventIdOf(context.newId());
  const online = spec.isOnline
    ? provisionTeams(context, { spec, organizer, timing, organizerEventId, createdMs })
    : undefined;
  const attendees = (spec.attendees ?? []).map((invitee) => attendeeJson(invitee, createdMs));
  const shared = { spec, organizer, timing, iCalUId, createdMs, online, attendees };
  const organizerCopy = eventJson({ ...shared, id: organizerEventId, copy: 'organizer' });
  storeEvent(context, organizer, organizerCopy, timing);
  const attendeeEventIds = (spec.attendees ?? []).map((invitee) => {
    const id = eventIdOf(context.newId());
    storeEvent(
      context,
      personByKey(invitee.who),
      eventJson({ ...shared, id, copy: invitee }),
      timing,
    );
    return id;
  });
  return { organizerEventId, iCalUId, attendeeEventIds, chatId: online?.chatThreadId };
}

function storeEvent(
  context: SeedContext,
  owner: DemoPerson,
  event: GraphJson,
  timing: Timing,
): void {
  const stored: StoredEvent = {
    ownerId: owner.id,
    event,
    startUtcMs: timing.startUtcMs,
    endUtcMs: timing.endUtcMs,
  };
  context.state.events[String(event.id)] = stored;
}

function hexOf(seed: string): string {
  return createHash('sha256').update(seed).digest('hex').toUpperCase();
}

/**
 * An Exchange-looking event id (`AAMkA…`, URL-safe) derived from a fresh `newId`, whatever form
 * `newId` takes (GUIDs in the server, counters in tests).
 */
function eventIdOf(seed: string): string {
  return `AAMkA${createHash('sha256').update(`event:${seed}`).digest('base64url')}`;
}

// ---------- timing ----------

function timingOf(spec: MeetingSpec, organizer: DemoPerson): Timing {
  const zone = resolveIanaZone(organizer.timeZone);
  if (spec.allDayDays !== undefined) return allDayTiming(spec.date, spec.allDayDays, zone);
  const startTime = spec.startTime ?? '09:00';
  const durationMinutes = spec.durationMinutes ?? 30;
  if (spec.recurrence) {
    return seriesTiming({
      spec,
      recurrence: spec.recurrence,
      organizer,
      startTime,
      durationMinutes,
    });
  }
  const start = DateTime.fromISO(`${spec.date}T${startTime}`, { zone });
  const end = start.plus({ minutes: durationMinutes });
  return { start, end, startUtcMs: start.toMillis(), endUtcMs: end.toMillis(), recurrence: null };
}

function allDayTiming(date: string, days: number, zone: string): Timing {
  const start = DateTime.fromISO(date, { zone }).startOf('day');
  const end = start.plus({ days });
  return { start, end, startUtcMs: start.toMillis(), endUtcMs: end.toMillis(), recurrence: null };
}

/**
 * The master's start is its first occurrence (Exchange moves a series to the first date that fits
 * the pattern), and the range's start date is that occurrence's date.
 */
function seriesTiming(input: {
  spec: MeetingSpec;
  recurrence: RecurrenceSpec;
  organizer: DemoPerson;
  startTime: string;
  durationMinutes: number;
}): Timing {
  const { organizer, durationMinutes } = input;
  const zone = resolveIanaZone(organizer.timeZone);
  const draft = patternedRecurrenceOf(input.recurrence, input.spec.date, organizer.timeZone);
  const seriesStart = { dateTime: `${input.spec.date}T${input.startTime}:00`, timeZone: zone };
  const [first] = expandOccurrences({
    start: seriesStart,
    durationMinutes,
    recurrence: draft,
    maxCount: 1,
  });
  if (!first) throw new Error(`The seeded series "${input.spec.subject}" has no occurrence`);
  const recurrence = withStartDate(draft, first.localStart.slice(0, 10));
  return {
    start: DateTime.fromISO(first.localStart, { zone }),
    end: DateTime.fromISO(first.localEnd, { zone }),
    startUtcMs: Date.parse(first.utcStart),
    endUtcMs: Date.parse(first.utcEnd),
    recurrence: recurrence as unknown as GraphJson,
  };
}

/** Graph's `patternedRecurrence` with every property, placeholders included, as Graph returns it. */
function patternedRecurrenceOf(
  spec: RecurrenceSpec,
  startDate: string,
  timeZone: string,
): PatternedRecurrence {
  const { pattern, range } = spec;
  return {
    pattern: {
      type: pattern.type,
      interval: pattern.interval ?? 1,
      month: pattern.month ?? 0,
      dayOfMonth: pattern.dayOfMonth ?? 0,
      daysOfWeek: [...(pattern.daysOfWeek ?? [])],
      firstDayOfWeek: 'sunday',
      index: pattern.index ?? 'first',
    },
    range: {
      type: range.type,
      startDate,
      endDate: range.type === 'endDate' ? range.endDate : '0001-01-01',
      recurrenceTimeZone: timeZone,
      numberOfOccurrences: range.type === 'numbered' ? range.numberOfOccurrences : 0,
    },
  };
}

function withStartDate(recurrence: PatternedRecurrence, startDate: string): PatternedRecurrence {
  return { pattern: recurrence.pattern, range: { ...recurrence.range, startDate } };
}

/** Meetings were sent a few days before they start, and never after `now`. */
function createdMsOf(now: Date, startUtcMs: number): number {
  const sent = Math.min(now.getTime(), startUtcMs) - DAYS_CREATED_BEFORE_START * 86_400_000;
  return DateTime.fromMillis(sent, { zone: 'utc' }).startOf('minute').toMillis();
}

// ---------- the event JSON ----------

type Copy = 'organizer' | InviteeSpec;

interface EventInput {
  readonly id: string;
  readonly copy: Copy;
  readonly spec: MeetingSpec;
  readonly organizer: DemoPerson;
  readonly timing: Timing;
  readonly iCalUId: string;
  readonly createdMs: number;
  readonly online: OnlineInfo | undefined;
  readonly attendees: readonly GraphJson[];
}

function isOrganizerCopy(copy: Copy): copy is 'organizer' {
  return copy === 'organizer';
}

/** Graph `event` JSON of one mailbox's copy, with every property Graph returns by default. */
function eventJson(input: EventInput): GraphJson {
  const { spec, organizer, timing, online } = input;
  const changeKey = changeKeyOf(input.id);
  const timestamp = graphTimestamp(input.createdMs);
  const zone = organizer.timeZone;
  const location = locationJson(online ? TEAMS_LOCATION : (spec.location ?? ''));
  const body = online?.body ?? bodyOf(spec.body);
  const isAllDay = spec.allDayDays !== undefined;
  return {
    '@odata.etag': etagOf(changeKey),
    id: input.id,
    createdDateTime: timestamp,
    lastModifiedDateTime: timestamp,
    changeKey,
    categories: [...(spec.categories ?? [])],
    transactionId: null,
    originalStartTimeZone: zone,
    originalEndTimeZone: zone,
    iCalUId: input.iCalUId,
    reminderMinutesBeforeStart: isAllDay ? ALL_DAY_REMINDER_MINUTES : DEFAULT_REMINDER_MINUTES,
    // Outlook sets no reminder on all-day items such as days out of office.
    isReminderOn: !isAllDay,
    hasAttachments: false,
    subject: spec.subject,
    bodyPreview: bodyPreviewOf(body),
    importance: spec.importance ?? 'normal',
    sensitivity: spec.sensitivity ?? 'normal',
    isAllDay,
    isCancelled: false,
    isOrganizer: isOrganizerCopy(input.copy),
    responseRequested: true,
    seriesMasterId: null,
    showAs: showAsOf(spec.showAs ?? 'busy', input.copy),
    type: timing.recurrence ? 'seriesMaster' : 'singleInstance',
    webLink: eventWebLink(input.id),
    onlineMeetingUrl: null,
    isOnlineMeeting: online !== undefined,
    onlineMeetingProvider: online ? 'teamsForBusiness' : 'unknown',
    allowNewTimeProposals: true,
    isDraft: false,
    hideAttendees: false,
    responseStatus: responseStatusOf(input.copy, input.createdMs),
    body: structuredClone(body),
    start: { dateTime: graphLocalDateTime(timing.start), timeZone: zone },
    end: { dateTime: graphLocalDateTime(timing.end), timeZone: zone },
    location,
    locations: location.displayName ? [location] : [],
    recurrence: timing.recurrence,
    ...(timing.recurrence ? { cancelledOccurrences: [] } : {}),
    attendees: input.attendees.map((attendee) => structuredClone(attendee)),
    organizer: { emailAddress: emailAddressOf(organizer) },
    onlineMeeting: online ? { joinUrl: online.joinUrl } : null,
  };
}

/**
 * An attendee's copy shows the meeting as the organizer set it once accepted; an invitation that
 * is tentative or still unanswered shows as tentative (Exchange's behaviour for new requests).
 */
function showAsOf(organizerShowAs: ShowAs, copy: Copy): ShowAs {
  if (isOrganizerCopy(copy)) return organizerShowAs;
  return (copy.response ?? 'accepted') === 'accepted' ? organizerShowAs : 'tentative';
}

function responseStatusOf(copy: Copy, createdMs: number): GraphJson {
  if (isOrganizerCopy(copy)) return { response: 'organizer', time: NO_RESPONSE_TIME };
  const response = copy.response ?? 'accepted';
  return {
    response,
    time: response === 'notResponded' ? NO_RESPONSE_TIME : responseTime(createdMs),
  };
}

/** Attendees answered three hours after the invitation went out. */
function responseTime(createdMs: number): string {
  return utcSeconds(createdMs + 3 * 3_600_000);
}

function attendeeJson(invitee: InviteeSpec, createdMs: number): GraphJson {
  const response = invitee.response ?? 'accepted';
  return {
    type: invitee.type ?? 'required',
    status: {
      response: response === 'notResponded' ? 'none' : response,
      time: response === 'notResponded' ? NO_RESPONSE_TIME : responseTime(createdMs),
    },
    emailAddress: emailAddressOf(personByKey(invitee.who)),
  };
}

/** Graph's `location`: an empty one still carries its type fields. */
function locationJson(displayName: string): GraphJson & { displayName: string } {
  if (displayName === '') {
    return {
      displayName: '',
      locationType: 'default',
      uniqueIdType: 'unknown',
      address: {},
      coordinates: {},
    };
  }
  return { displayName, locationType: 'default', uniqueId: displayName, uniqueIdType: 'private' };
}

/** Exchange change keys are opaque base64; derived from the id so the seed stays deterministic. */
function changeKeyOf(id: string): string {
  return createHash('sha256').update(`changeKey:${id}`).digest('base64').slice(0, 40);
}

// ---------- body and Teams ----------

/** The HTML document Exchange stores as an event body. */
function bodyOf(paragraphs: readonly string[]): GraphJson {
  const text = paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\r\n');
  const content =
    '<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n' +
    `</head>\r\n<body>\r\n<div>\r\n${text}\r\n</div>\r\n</body>\r\n</html>\r\n`;
  return { contentType: 'html', content };
}

/**
 * Provisions the Teams meeting behind an online event (online meeting and meeting chat, as the
 * calendar routes do on create) and returns the body with the join block.
 */
function provisionTeams(
  context: SeedContext,
  input: {
    spec: MeetingSpec;
    organizer: DemoPerson;
    timing: Timing;
    organizerEventId: string;
    createdMs: number;
  },
): OnlineInfo {
  const { spec, organizer, timing } = input;
  const meeting = provisionOnlineMeeting(
    {
      state: context.state,
      now: () => new Date(input.createdMs),
      newId: context.newId,
      markChanged: () => undefined,
    },
    {
      organizerId: organizer.id,
      subject: spec.subject,
      attendeeIds: (spec.attendees ?? []).map((invitee) => personByKey(invitee.who).id),
      startDateTime: new Date(timing.startUtcMs).toISOString(),
      endDateTime: new Date(timing.endUtcMs).toISOString(),
      calendarEventId: input.organizerEventId,
    },
  );
  const options = meetingOptionsUrl(organizer.id, context.state.tenant.id, meeting.chatThreadId);
  const body = withJoinBlock(bodyOf(spec.body), teamsJoinBlock(meeting.joinWebUrl, options));
  return { joinUrl: meeting.joinWebUrl, chatThreadId: meeting.chatThreadId, body };
}
