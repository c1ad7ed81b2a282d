import { resolveUser, userIdOf } from '../core/access';
import { graphErrors, GraphHttpError } from '../core/errors';
import { paramOf } from '../core/handlerHelpers';
import { aadUserIdentity } from '../core/identities';
import { odataContext, parseFilter, readPath } from '../core/odata';
import type { FilterNode } from '../core/odata';
import type { GraphJson, StoredOnlineMeeting, StoredUser } from '../core/state';
import type { HandlerContext, RouteDefinition } from '../core/types';

/**
 * Online meetings (`/users/{id}/onlineMeetings`) and the meeting chat each one gets. Teams gives
 * every online meeting a chat thread `19:meeting_<id>@thread.v2`; the join URL embeds that thread,
 * the tenant and the organizer, and the meeting id is base64 of `1*<organizer>*0**<thread>`.
 */

export interface ProvisionOnlineMeetingOptions {
  readonly organizerId: string;
  readonly subject: string;
  readonly attendeeIds: readonly string[];
  readonly startDateTime: string;
  readonly endDateTime: string;
  /** The organizer's calendar event, when the meeting comes from one (chat.onlineMeetingInfo). */
  readonly calendarEventId?: string;
}

export interface ProvisionedOnlineMeeting {
  readonly joinWebUrl: string;
  readonly onlineMeetingId: string;
  readonly chatThreadId: string;
}

/** What provisioning needs from a handler context (tests may pass a small stand-in). */
export type ProvisionContext = Pick<HandlerContext, 'state' | 'now' | 'newId' | 'markChanged'>;

/**
 * Creates an online meeting and its meeting chat (members: organizer and attendees). Used by the
 * calendar (`isOnlineMeeting` + `teamsForBusiness`) and by `POST /users/{id}/onlineMeetings`.
 * Unknown attendee ids are kept as participants without a display name; it never throws for
 * valid input.
 */
export function provisionOnlineMeeting(
  context: ProvisionContext,
  options: ProvisionOnlineMeetingOptions,
): ProvisionedOnlineMeeting {
  const { state } = context;
  const tenantId = state.tenant.id;
  const threadKey = Buffer.from(context.newId()).toString('base64');
  const chatThreadId = `19:meeting_${threadKey}@thread.v2`;
  const onlineMeetingId = Buffer.from(`1*${options.organizerId}*0**${chatThreadId}`).toString(
    'base64',
  );
  const joinWebUrl = joinWebUrlFor(threadKey, tenantId, options.organizerId);
  const created = context.now().toISOString();
  const attendeeIds = uniqueAttendees(options.organizerId, options.attendeeIds);

  const meeting: GraphJson = {
    id: onlineMeetingId,
    creationDateTime: created,
    startDateTime: toUtcIso(options.startDateTime),
    endDateTime: toUtcIso(options.endDateTime),
    joinWebUrl,
    meetingCode: null,
    subject: options.subject,
    isBroadcast: false,
    autoAdmittedUsers: 'everyoneInCompany',
    outerMeetingAutoAdmittedUsers: null,
    isEntryExitAnnounced: true,
    allowedPresenters: 'everyone',
    allowMeetingChat: 'enabled',
    allowTeamworkReactions: true,
    allowAttendeeToEnableMic: true,
    allowAttendeeToEnableCamera: true,
    recordAutomatically: false,
    videoTeleconferenceId: null,
    externalId: null,
    joinInformation: null,
    chatInfo: { threadId: chatThreadId, messageId: '0', replyChainMessageId: null },
    participants: {
      organizer: participant(context, options.organizerId, 'presenter'),
      attendees: attendeeIds.map((id) => participant(context, id, 'attendee')),
    },
    lobbyBypassSettings: { scope: 'organization', isDialInBypassEnabled: false },
    joinMeetingIdSettings: {
      isPasscodeRequired: false,
      joinMeetingId: joinMeetingIdFrom(threadKey),
      passcode: null,
    },
  };
  const stored: StoredOnlineMeeting = { organizerId: options.organizerId, meeting };
  state.onlineMeetings[onlineMeetingId] = stored;

  state.chats[chatThreadId] = {
    chat: {
      id: chatThreadId,
      topic: options.subject,
      createdDateTime: created,
      lastUpdatedDateTime: created,
      chatType: 'meeting',
      webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(chatThreadId)}/0?tenantId=${tenantId}`,
      tenantId,
      isHiddenForAllMembers: false,
      onlineMeetingInfo: {
        calendarEventId: options.calendarEventId ?? null,
        joinWebUrl,
        organizer: { ...aadUserIdentity(options.organizerId, null), tenantId },
      },
    },
    memberIds: [options.organizerId, ...attendeeIds],
    messages: [],
    installedApps: [],
    tabs: [],
  };
  context.markChanged();
  return { joinWebUrl, onlineMeetingId, chatThreadId };
}

/** Teams' join link: the thread id and the `{"Tid","Oid"}` context, percent-encoded as Teams does. */
function joinWebUrlFor(threadKey: string, tenantId: string, organizerId: string): string {
  return (
    `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${threadKey}%40thread.v2/0` +
    `?context=%7b%22Tid%22%3a%22${tenantId}%22%2c%22Oid%22%3a%22${organizerId}%22%7d`
  );
}

/** A twelve-digit meeting id (what people type to join) derived from the thread key. */
function joinMeetingIdFrom(threadKey: string): string {
  const digits = Buffer.from(threadKey, 'base64')
    .toString('utf8')
    .replace(/[^0-9]/g, '');
  return `1${digits}00000000000`.slice(0, 12);
}

function uniqueAttendees(organizerId: string, attendeeIds: readonly string[]): string[] {
  return [...new Set(attendeeIds)].filter((id) => id !== organizerId);
}

/** Dates as Graph returns them for online meetings: UTC with a `Z`. */
function toUtcIso(value: string): string {
  const parsed = utcMsOf(value);
  return Number.isNaN(parsed) ? value : new Date(parsed).toISOString();
}

/** Milliseconds of a date-time; one without an offset is read as UTC (NaN when unreadable). */
function utcMsOf(value: string): number {
  return Date.parse(/(Z|[+-]\d{2}:\d{2})$/i.test(value) ? value : `${value}Z`);
}

function participant(
  context: ProvisionContext,
  userId: string,
  role: 'presenter' | 'attendee',
): GraphJson {
  const user = context.state.users[userId]?.user;
  return {
    upn: user ? String(user.userPrincipalName) : null,
    role,
    identity: {
      application: null,
      device: null,
      user: {
        id: userId,
        displayName: user ? String(user.displayName) : null,
        tenantId: context.state.tenant.id,
        identityProvider: 'AAD',
      },
    },
  };
}

// ---------- endpoints ----------

/** Graph answers any `$filter` but `JoinWebUrl eq` / `joinMeetingIdSettings/joinMeetingId eq` so. */
function filterExpected(): GraphHttpError {
  return new GraphHttpError({
    status: 400,
    code: 'InvalidArgument',
    message: "Filter expression expected - /onlineMeetings?$filter={ParameterName} eq '{id}'.",
  });
}

/**
 * The `{userId}` of the path, which must be the caller: with delegated permissions a user reads
 * and creates only their own online meetings.
 */
function requireOwnMeetings(context: HandlerContext): StoredUser {
  const user = resolveUser(context.state, paramOf(context, 'userId'));
  if (userIdOf(user) !== context.callerId) {
    throw graphErrors.accessDenied(
      'Access denied: a user can read and create only their own online meetings.',
    );
  }
  return user;
}

type MeetingLookup = { kind: 'joinWebUrl' | 'joinMeetingId'; value: string };

/** Reads the one filter Graph supports here, or answers Graph's 400. */
function meetingLookupOf(filterText: string | null): MeetingLookup {
  if (!filterText || filterText.trim() === '') throw filterExpected();
  let tree: FilterNode;
  try {
    tree = parseFilter(filterText);
  } catch {
    throw filterExpected();
  }
  if (tree.kind !== 'compare' || tree.op !== 'eq') throw filterExpected();
  const [property, literal] =
    tree.left.kind === 'property' ? [tree.left, tree.right] : [tree.right, tree.left];
  if (property.kind !== 'property' || literal.kind !== 'literal') throw filterExpected();
  if (typeof literal.value !== 'string') throw filterExpected();
  const path = property.path.join('/').toLowerCase();
  if (path === 'joinweburl') return { kind: 'joinWebUrl', value: literal.value };
  if (path === 'joinmeetingidsettings/joinmeetingid') {
    return { kind: 'joinMeetingId', value: literal.value };
  }
  throw filterExpected();
}

/**
 * A join URL with every level of percent-encoding removed. Clients send it raw, encoded once
 * (as Graph's docs show) or encoded twice by an SDK; all name the same meeting.
 */
export function canonicalJoinUrl(url: string): string {
  let current = url.trim();
  for (let round = 0; round < 4; round++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      break;
    }
    if (decoded === current) break;
    current = decoded;
  }
  return current;
}

function matchesLookup(stored: StoredOnlineMeeting, lookup: MeetingLookup): boolean {
  if (lookup.kind === 'joinMeetingId') {
    return readPath(stored.meeting, ['joinMeetingIdSettings', 'joinMeetingId']) === lookup.value;
  }
  const joinWebUrl = stored.meeting.joinWebUrl;
  return (
    typeof joinWebUrl === 'string' &&
    canonicalJoinUrl(joinWebUrl) === canonicalJoinUrl(lookup.value)
  );
}

function isAttendee(stored: StoredOnlineMeeting, userId: string): boolean {
  const attendees = readPath(stored.meeting, ['participants', 'attendees']);
  return (
    Array.isArray(attendees) &&
    attendees.some((attendee) => readPath(attendee, ['identity', 'user', 'id']) === userId)
  );
}

function meetingsContext(context: HandlerContext, userId: string): string {
  return odataContext(context, `users('${encodeURIComponent(userId)}')/onlineMeetings`);
}

/**
 * `GET /users/{id}/onlineMeetings?$filter=JoinWebUrl eq '…'`: a collection holding the one
 * meeting. Only its organizer finds it this way (Graph answers attendees 403); a URL that names
 * no meeting gives an empty collection.
 */
function listOnlineMeetings(context: HandlerContext) {
  const user = requireOwnMeetings(context);
  const lookup = meetingLookupOf(context.request.query.get('$filter'));
  const found = Object.values(context.state.onlineMeetings).filter((stored) =>
    matchesLookup(stored, lookup),
  );
  if (found.some((stored) => stored.organizerId !== context.callerId)) {
    throw graphErrors.accessDenied(
      'Access denied: only the organizer can look an online meeting up by its join link.',
    );
  }
  return {
    status: 200,
    body: {
      '@odata.context': meetingsContext(context, userIdOf(user)),
      value: found.map((stored) => stored.meeting),
    },
  };
}

/** `GET /users/{id}/onlineMeetings/{meetingId}`: for the organizer and invited attendees. */
function getOnlineMeeting(context: HandlerContext) {
  const user = requireOwnMeetings(context);
  const meetingId = paramOf(context, 'meetingId');
  const stored = context.state.onlineMeetings[meetingId];
  if (!stored) {
    throw graphErrors.notFound(`The online meeting '${meetingId}' was not found.`, 'NotFound');
  }
  if (stored.organizerId !== context.callerId && !isAttendee(stored, context.callerId)) {
    throw graphErrors.accessDenied(
      'Access denied: only the organizer and attendees can read this online meeting.',
    );
  }
  return {
    status: 200,
    body: {
      '@odata.context': `${meetingsContext(context, userIdOf(user))}/$entity`,
      ...stored.meeting,
    },
  };
}

/** Properties a client may not set: the service assigns them. */
const SERVICE_ASSIGNED = new Set([
  'id',
  'joinWebUrl',
  'chatInfo',
  'creationDateTime',
  'participants',
  'startDateTime',
  'endDateTime',
  'subject',
  'joinMeetingIdSettings',
]);

/** Attendee user ids from `participants.attendees[]` (by `identity.user.id` or `upn`). */
function attendeeIdsOf(context: HandlerContext, body: GraphJson): string[] {
  const attendees = readPath(body, ['participants', 'attendees']);
  if (!Array.isArray(attendees)) return [];
  const ids: string[] = [];
  for (const attendee of attendees) {
    const id = readPath(attendee, ['identity', 'user', 'id']);
    const upn = readPath(attendee, ['upn']);
    const key = typeof id === 'string' && id !== '' ? id : typeof upn === 'string' ? upn : '';
    if (key === '') continue;
    try {
      ids.push(userIdOf(resolveUser(context.state, key)));
    } catch {
      // Someone outside the tenant: Graph keeps them as a participant; there is no chat member.
      if (typeof id === 'string' && id !== '') ids.push(id);
    }
  }
  return ids;
}

function dateOrDefault(value: unknown, fallback: Date): string {
  if (typeof value !== 'string' || value.trim() === '') return fallback.toISOString();
  const parsed = utcMsOf(value);
  if (Number.isNaN(parsed)) {
    throw graphErrors.badRequest(`The value '${value}' is not a valid DateTimeOffset.`);
  }
  return new Date(parsed).toISOString();
}

/**
 * `POST /users/{id}/onlineMeetings`: a standalone meeting (no calendar event) and its chat.
 * Without times, it starts now and lasts an hour.
 */
function createOnlineMeeting(context: HandlerContext) {
  const user = requireOwnMeetings(context);
  const body = context.validateBody('microsoft.graph.onlineMeeting', context.request.body ?? {});
  const start = dateOrDefault(body.startDateTime, context.now());
  const end = dateOrDefault(body.endDateTime, new Date(Date.parse(start) + 60 * 60 * 1000));
  if (Date.parse(end) < Date.parse(start)) {
    throw graphErrors.badRequest('The end date time must be later than the start date time.');
  }
  const subject = typeof body.subject === 'string' ? body.subject : null;
  const { onlineMeetingId } = provisionOnlineMeeting(context, {
    organizerId: context.callerId,
    subject: subject ?? '',
    attendeeIds: attendeeIdsOf(context, body),
    startDateTime: start,
    endDateTime: end,
  });
  const stored = context.state.onlineMeetings[onlineMeetingId] as StoredOnlineMeeting;
  stored.meeting.subject = subject;
  const chat = context.state.chats[String(readPath(stored.meeting, ['chatInfo', 'threadId']))];
  if (chat) chat.chat.topic = subject;
  for (const [key, value] of Object.entries(body)) {
    if (!SERVICE_ASSIGNED.has(key) && !key.startsWith('@odata.')) stored.meeting[key] = value;
  }
  return {
    status: 201,
    body: {
      '@odata.context': `${meetingsContext(context, userIdOf(user))}/$entity`,
      ...stored.meeting,
    },
  };
}

export const onlineMeetingRoutes: RouteDefinition[] = [
  { method: 'GET', path: '/users/{userId}/onlineMeetings', handler: listOnlineMeetings },
  { method: 'POST', path: '/users/{userId}/onlineMeetings', handler: createOnlineMeeting },
  { method: 'GET', path: '/users/{userId}/onlineMeetings/{meetingId}', handler: getOnlineMeeting },
];
