import {
  checkIfMatch,
  etagOf,
  requireOwnMailbox,
  userByAddress,
  userIdOf,
} from '../../core/access';
import { graphTimestamp } from '../../core/dates';
import { graphErrors } from '../../core/errors';
import { objectBody, paramOf } from '../../core/handlerHelpers';
import { userEmailAddress } from '../../core/identities';
import type { EmulatorState, GraphJson, StoredEvent, StoredUser } from '../../core/state';
import type { GraphResponse, HandlerContext } from '../../core/types';
import { provisionOnlineMeeting } from '../onlineMeetings';
import { DateTime } from 'luxon';
import {
  cancelledOccurrenceKey,
  eventWebLink,
  newEventId,
  newICalUId,
  occurrenceIdOf,
} from './ids';
import { contextUrl, presentEvent } from './present';
import { assertValidRecurrence, resolveOccurrence, type ResolvedOccurrence } from './series';
import {
  copiesOf,
  exceptionsOf,
  findStored,
  isException,
  isSeriesMaster,
  mailboxEvents,
  putEvent,
  removeEvent,
  touch,
  typeOf,
  utcBoundsOf,
} from './store';
import {
  bodyPreviewOf,
  hasJoinBlock,
  meetingOptionsUrl,
  teamsJoinBlock,
  withJoinBlock,
} from './teams';
import {
  ianaZoneOf,
  isDateTimeTimeZone,
  preferenceHeaders,
  responseZoneOf,
  toUtcMs,
} from './times';

/**
 * Creating, reading, updating and deleting calendar items, with Exchange's meeting semantics:
 * the organizer's copy, one copy per invited tenant user (same iCalUId), and organizer changes
 * carried to those copies. Sources (Microsoft Graph v1.0 reference): "Create event"
 * (user-post-events, 201), the event resource (transactionId, changeKey, cancelledOccurrences,
 * location/locations), "Update event", "Delete event" ("deleting the event on the organizer's
 * calendar sends a cancellation message to the meeting attendees").
 */

/** Exchange's wording for a body that breaks an event rule (e.g. end before start). */
const VALIDATION_FAILED = 'At least one property failed validation.';
const NO_TIME = '0001-01-01T00:00:00Z';
/**
 * An invitation lands on an attendee's calendar as tentative until they answer: Outlook and OWA
 * show unanswered meetings hatched, and free/busy reports them as tentative.
 */
const UNANSWERED_SHOW_AS = 'tentative';

/** Properties a client cannot set; Graph ignores them in a request body. */
const READ_ONLY = new Set([
  'id',
  '@odata.etag',
  '@odata.type',
  'changeKey',
  'createdDateTime',
  'lastModifiedDateTime',
  'type',
  'seriesMasterId',
  'iCalUId',
  'isOrganizer',
  'onlineMeeting',
  'onlineMeetingUrl',
  'originalStart',
  'bodyPreview',
  'hasAttachments',
  'webLink',
  'cancelledOccurrences',
  'responseStatus',
  'isCancelled',
]);

/** What every mailbox's copy of a meeting shares with the organizer's. */
const SHARED = [
  'subject',
  'body',
  'bodyPreview',
  'start',
  'end',
  'originalStartTimeZone',
  'originalEndTimeZone',
  'location',
  'locations',
  'recurrence',
  'attendees',
  'organizer',
  'isAllDay',
  'sensitivity',
  'importance',
  'isOnlineMeeting',
  'onlineMeetingProvider',
  'onlineMeeting',
  'onlineMeetingUrl',
  'allowNewTimeProposals',
  'hideAttendees',
  'responseRequested',
  'type',
  'originalStart',
] as const;

// ---------- helpers ----------

function requestBody(context: HandlerContext): GraphJson {
  return context.validateBody('microsoft.graph.event', objectBody(context));
}

function validationFailed(detail?: string) {
  return graphErrors.badRequest(
    detail ? `${VALIDATION_FAILED} ${detail}` : VALIDATION_FAILED,
    'ErrorPropertyValidationFailure',
  );
}

function addressOf(attendee: unknown): string {
  if (attendee === null || typeof attendee !== 'object') return '';
  const email = (attendee as GraphJson).emailAddress;
  if (email === null || typeof email !== 'object') return '';
  return String((email as GraphJson).address ?? '');
}

/** Attendees as the organizer's copy stores them: a name and a `none` status until they answer. */
function normaliseAttendees(state: EmulatorState, attendees: unknown): GraphJson[] {
  if (!Array.isArray(attendees)) return [];
  return attendees.map((raw) => {
    const attendee = (raw ?? {}) as GraphJson;
    const email = (attendee.emailAddress ?? {}) as GraphJson;
    const user = userByAddress(state, String(email.address ?? ''));
    return {
      type: attendee.type ?? 'required',
      status: attendee.status ?? { response: 'none', time: NO_TIME },
      emailAddress: {
        name: email.name ?? (user ? user.user.displayName : email.address),
        address: email.address,
      },
    };
  });
}

/** Tenant users invited to an item (other than its organizer). */
function invitedUserIds(state: EmulatorState, event: GraphJson, organizerId: string): string[] {
  const attendees = Array.isArray(event.attendees) ? event.attendees : [];
  const ids = attendees
    .map((attendee) => userByAddress(state, addressOf(attendee)))
    .filter((user): user is StoredUser => user !== undefined)
    .map(userIdOf)
    .filter((id) => id !== organizerId);
  return [...new Set(ids)];
}

function normaliseLocation(location: unknown): GraphJson {
  const given = (location ?? {}) as GraphJson;
  return {
    displayName: given.displayName ?? '',
    locationType: given.locationType ?? 'default',
    uniqueId: given.uniqueId ?? given.displayName ?? '',
    uniqueIdType: given.uniqueIdType ?? 'private',
    ...given,
  };
}

function normaliseBody(body: unknown): GraphJson {
  const given = (body ?? {}) as GraphJson;
  const contentType =
    String(given.contentType ?? 'text').toLowerCase() === 'html' ? 'html' : 'text';
  return { contentType, content: String(given.content ?? '') };
}

/**
 * `isOnlineMeeting: true` makes a Teams meeting when the provider is Teams or left to the
 * calendar's default (`defaultOnlineMeetingProvider` is `teamsForBusiness` in Microsoft 365).
 */
function wantsTeamsMeeting(event: GraphJson): boolean {
  const provider = event.onlineMeetingProvider;
  const isTeams =
    provider === undefined || provider === 'unknown' || provider === 'teamsForBusiness';
  return event.isOnlineMeeting === true && isTeams;
}

function presentResponse(
  context: HandlerContext,
  ownerId: string,
  event: GraphJson,
  status: number,
): GraphResponse {
  const zone = responseZoneOf(context.request);
  const body = {
    '@odata.context': contextUrl(context.graphBaseUrl, ownerId, 'events/$entity'),
    ...presentEvent(event, zone, context.request.query.get('$select')),
  };
  return { status, body, headers: preferenceHeaders(zone) };
}

/** Checks and applies start/end rules shared by create and update. */
function assertTimes(event: GraphJson): void {
  if (!isDateTimeTimeZone(event.start) || !isDateTimeTimeZone(event.end)) {
    throw validationFailed('The start and end of the event are required.');
  }
  if (toUtcMs(event.end, 'end') < toUtcMs(event.start, 'start')) {
    throw validationFailed('The end of the event must not be before its start.');
  }
}

function durationMinutes(event: GraphJson): number {
  const { startUtcMs, endUtcMs } = utcBoundsOf(event);
  return Math.round((endUtcMs - startUtcMs) / 60_000);
}

/** Gives a new Teams meeting to an organizer's item: join URL, chat thread and join block. */
function provisionTeams(context: HandlerContext, ownerId: string, event: GraphJson): void {
  const { startUtcMs, endUtcMs } = utcBoundsOf(event);
  const meeting = provisionOnlineMeeting(context, {
    organizerId: ownerId,
    subject: String(event.subject ?? ''),
    attendeeIds: invitedUserIds(context.state, event, ownerId),
    startDateTime: new Date(startUtcMs).toISOString(),
    endDateTime: new Date(endUtcMs).toISOString(),
    calendarEventId: String(event.id),
  });
  // Graph: onlineMeeting.joinUrl is the Teams link; onlineMeetingUrl stays null for Teams.
  event.onlineMeetingProvider = 'teamsForBusiness';
  event.onlineMeeting = { joinUrl: meeting.joinWebUrl };
  event.onlineMeetingUrl = null;
  const body = normaliseBody(event.body);
  if (!hasJoinBlock(body.content as string, meeting.joinWebUrl)) {
    const options = meetingOptionsUrl(ownerId, context.state.tenant.id, meeting.chatThreadId);
    event.body = withJoinBlock(body, teamsJoinBlock(meeting.joinWebUrl, options));
  }
  event.bodyPreview = bodyPreviewOf(event.body as GraphJson);
}

// ---------- create ----------

function findByTransactionId(
  state: EmulatorState,
  ownerId: string,
  transactionId: unknown,
): StoredEvent | undefined {
  if (typeof transactionId !== 'string' || transactionId === '') return undefined;
  return mailboxEvents(state, ownerId).find(
    (stored) => stored.event.transactionId === transactionId,
  );
}

function newOrganizerItem(context: HandlerContext, owner: StoredUser, body: GraphJson): GraphJson {
  const created = graphTimestamp(context.now());
  const id = newEventId(context.newId());
  const start = body.start as { timeZone: string };
  const end = body.end as { timeZone: string };
  const location = body.location !== undefined ? normaliseLocation(body.location) : undefined;
  const event: GraphJson = {
    id,
    createdDateTime: created,
    lastModifiedDateTime: created,
    changeKey: '',
    categories: [],
    originalStartTimeZone: start.timeZone,
    originalEndTimeZone: end.timeZone,
    iCalUId: newICalUId(context.newId()),
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    hasAttachments: false,
    subject: '',
    bodyPreview: '',
    importance: 'normal',
    sensitivity: 'normal',
    isAllDay: false,
    isCancelled: false,
    isOrganizer: true,
    responseRequested: true,
    seriesMasterId: null,
    showAs: 'busy',
    type: 'singleInstance',
    webLink: eventWebLink(id),
    onlineMeetingUrl: null,
    isOnlineMeeting: false,
    onlineMeetingProvider: 'unknown',
    allowNewTimeProposals: true,
    isDraft: false,
    hideAttendees: false,
    recurrence: null,
    onlineMeeting: null,
    responseStatus: { response: 'organizer', time: NO_TIME },
    body: { contentType: 'html', content: '' },
    start: body.start,
    end: body.end,
    location: normaliseLocation(undefined),
    locations: [],
    attendees: [],
    organizer: { emailAddress: userEmailAddress(owner) },
  };
  for (const [key, value] of Object.entries(body)) {
    if (!READ_ONLY.has(key)) event[key] = value;
  }
  event.body = normaliseBody(body.body);
  event.bodyPreview = bodyPreviewOf(event.body as GraphJson);
  event.attendees = normaliseAttendees(context.state, body.attendees);
  if (location) {
    event.location = location;
    if (body.locations === undefined) event.locations = location.displayName ? [location] : [];
  }
  if (body.transactionId === undefined || body.transactionId === null) delete event.transactionId;
  const hasRecurrence = body.recurrence !== undefined && body.recurrence !== null;
  event.type = hasRecurrence ? 'seriesMaster' : 'singleInstance';
  if (hasRecurrence) event.cancelledOccurrences = [];
  touch(context, event);
  event.lastModifiedDateTime = created;
  return event;
}

/**
 * `POST /users/{id}/events` (and `/calendar/events`): 201 with the organizer's copy. A repeated
 * create with a `transactionId` already used in this mailbox returns the first event (the event
 * resource: "to avoid redundant POST operations in case of client retries").
 */
export function createEvent(context: HandlerContext): GraphResponse {
  const owner = requireOwnMailbox(context, paramOf(context, 'userId'));
  const ownerId = userIdOf(owner);
  const body = requestBody(context);
  const previous = findByTransactionId(context.state, ownerId, body.transactionId);
  if (previous) return presentResponse(context, ownerId, previous.event, 201);

  assertTimes(body);
  const event = newOrganizerItem(context, owner, body);
  if (isSeriesMaster(event)) assertValidRecurrence(event, durationMinutes(event));
  if (wantsTeamsMeeting(event)) provisionTeams(context, ownerId, event);
  putEvent(context, ownerId, event);
  syncAttendeeCopies(context, ownerId, event);
  return presentResponse(context, ownerId, event, 201);
}

// ---------- attendee copies ----------

function newAttendeeCopy(context: HandlerContext, organizerItem: GraphJson): GraphJson {
  const created = graphTimestamp(context.now());
  const id = newEventId(context.newId());
  const copy: GraphJson = {
    ...structuredClone(organizerItem),
    id,
    createdDateTime: created,
    lastModifiedDateTime: created,
    categories: [],
    isOrganizer: false,
    isCancelled: false,
    showAs: organizerItem.showAs === 'busy' ? UNANSWERED_SHOW_AS : organizerItem.showAs,
    responseStatus: { response: 'notResponded', time: NO_TIME },
    webLink: eventWebLink(id),
  };
  delete copy.transactionId;
  if (isSeriesMaster(copy)) copy.cancelledOccurrences = [];
  touch(context, copy);
  return copy;
}

function applyShared(target: GraphJson, source: GraphJson): void {
  for (const key of SHARED) {
    if (key in source) target[key] = structuredClone(source[key]);
  }
}

/** The attendee's series master that mirrors an organizer's master (same iCalUId). */
function attendeeMasterFor(
  state: EmulatorState,
  organizerMaster: GraphJson,
  attendeeId: string,
): StoredEvent | undefined {
  return copiesOf(state, organizerMaster.iCalUId).find(
    (stored) => stored.ownerId === attendeeId && isSeriesMaster(stored.event),
  );
}

/** The invited tenant users' series masters that mirror an organizer's master (each its owner's). */
function attendeeMastersOf(
  state: EmulatorState,
  organizerId: string,
  organizerMaster: GraphJson,
): StoredEvent[] {
  return invitedUserIds(state, organizerMaster, organizerId).flatMap((attendeeId) => {
    const master = attendeeMasterFor(state, organizerMaster, attendeeId);
    return master ? [master] : [];
  });
}

/**
 * Carries an organizer's single item or series master to the invited tenant users' mailboxes:
 * new invitees get a copy, existing copies get the shared properties, and users no longer invited
 * get their copy cancelled.
 */
function syncAttendeeCopies(context: HandlerContext, organizerId: string, item: GraphJson): void {
  const { state } = context;
  const invited = new Set(invitedUserIds(state, item, organizerId));
  const copies = copiesOf(state, item.iCalUId).filter(
    (stored) => stored.ownerId !== organizerId && !isException(stored.event),
  );
  for (const copy of copies) {
    if (!invited.has(copy.ownerId)) {
      cancelCopy(context, copy);
      continue;
    }
    invited.delete(copy.ownerId);
    applyShared(copy.event, item);
    copy.event.isCancelled = false;
    touch(context, copy.event);
    putEvent(context, copy.ownerId, copy.event);
  }
  for (const attendeeId of invited) {
    putEvent(context, attendeeId, newAttendeeCopy(context, item));
  }
}

/**
 * The organizer cancelled (deleted) a meeting: each attendee's copy stays on their calendar as
 * cancelled ("Canceled: …", isCancelled, shown as free) until they remove it, as Outlook does with
 * a received cancellation.
 */
function cancelCopy(context: HandlerContext, copy: StoredEvent): void {
  if (isSeriesMaster(copy.event)) {
    for (const exception of exceptionsOf(context.state, String(copy.event.id))) {
      cancelCopy(context, exception);
    }
  }
  if (copy.event.isCancelled === true) return;
  const subject = String(copy.event.subject ?? '');
  copy.event.isCancelled = true;
  copy.event.showAs = 'free';
  copy.event.subject = subject.startsWith('Canceled: ') ? subject : `Canceled: ${subject}`;
  touch(context, copy.event);
  putEvent(context, copy.ownerId, copy.event);
}

/** Carries an organizer's exception to each attendee's series (stored under their own ids). */
function syncAttendeeException(
  context: HandlerContext,
  organizerId: string,
  organizerMaster: GraphJson,
  exception: GraphJson,
): void {
  for (const master of attendeeMastersOf(context.state, organizerId, organizerMaster)) {
    const attendeeId = master.ownerId;
    const resolved = resolveOccurrence(
      context.state,
      attendeeId,
      occurrenceIdFor(master, exception),
    );
    const existing = findStored(context.state, attendeeId, occurrenceIdFor(master, exception));
    const target = existing?.event ?? resolved?.view;
    if (!target) continue;
    applyShared(target, exception);
    target.seriesMasterId = master.event.id;
    target.type = 'exception';
    touch(context, target);
    putEvent(context, attendeeId, target);
  }
}

function occurrenceIdFor(master: StoredEvent, instance: GraphJson): string {
  return occurrenceIdOf(String(master.event.id), String(instance.originalStart ?? ''));
}

/** Adds a cancelled occurrence to the attendees' masters too (the cancellation they receive). */
function syncAttendeeCancellation(
  context: HandlerContext,
  organizerId: string,
  organizerMaster: GraphJson,
  localDate: string,
  originalStart: string,
): void {
  for (const master of attendeeMastersOf(context.state, organizerId, organizerMaster)) {
    const exceptionId = occurrenceIdOf(String(master.event.id), originalStart);
    if (findStored(context.state, master.ownerId, exceptionId)) removeEvent(context, exceptionId);
    addCancelledOccurrence(context, master, localDate);
  }
}

function addCancelledOccurrence(context: HandlerContext, master: StoredEvent, localDate: string) {
  const key = cancelledOccurrenceKey(String(master.event.id), localDate);
  const list = Array.isArray(master.event.cancelledOccurrences)
    ? (master.event.cancelledOccurrences as string[])
    : [];
  if (!list.includes(key)) list.push(key);
  master.event.cancelledOccurrences = list;
  touch(context, master.event);
  putEvent(context, master.ownerId, master.event);
}

// ---------- read ----------

/** The stored item or computed occurrence an id names in this mailbox, or Graph's 404. */
type Target =
  | { readonly kind: 'stored'; readonly stored: StoredEvent }
  | { readonly kind: 'occurrence'; readonly resolved: ResolvedOccurrence };

function findTarget(context: HandlerContext, ownerId: string, id: string): Target {
  const stored = findStored(context.state, ownerId, id);
  if (stored) return { kind: 'stored', stored };
  const resolved = resolveOccurrence(context.state, ownerId, id);
  if (resolved) return { kind: 'occurrence', resolved };
  throw graphErrors.itemNotFound();
}

function currentEvent(target: Target): GraphJson {
  return target.kind === 'stored' ? target.stored.event : target.resolved.view;
}

/** `GET /users/{id}/events/{id}`: a stored item, or an occurrence computed from its master. */
export function getEvent(context: HandlerContext): GraphResponse {
  const ownerId = userIdOf(requireOwnMailbox(context, paramOf(context, 'userId')));
  const target = findTarget(context, ownerId, paramOf(context, 'eventId'));
  return presentResponse(context, ownerId, currentEvent(target), 200);
}

// ---------- update ----------

function sameJson(left: unknown, right: unknown): boolean {
  return JSON.stringify(left ?? null) === JSON.stringify(right ?? null);
}

/** The same instant, however the client wrote it (a GET's UTC echo of a Pacific start). */
function sameInstant(left: unknown, right: unknown): boolean {
  if (!isDateTimeTimeZone(left) || !isDateTimeTimeZone(right)) return sameJson(left, right);
  return toUtcMs(left) === toUtcMs(right);
}

/** Changing a series' time or pattern regenerates it: Exchange drops its exceptions. */
function changesSeriesShape(before: GraphJson, patch: GraphJson): boolean {
  const movesStart = 'start' in patch && !sameInstant(before.start, patch.start);
  const movesEnd = 'end' in patch && !sameInstant(before.end, patch.end);
  const repeatsOtherwise = 'recurrence' in patch && !sameJson(before.recurrence, patch.recurrence);
  return movesStart || movesEnd || repeatsOtherwise;
}

/** Once online, a meeting stays online: "Outlook ignores any further changes to isOnlineMeeting". */
const ONLINE_SETTINGS = new Set(['isOnlineMeeting', 'onlineMeetingProvider']);

function applyPatch(context: HandlerContext, event: GraphJson, patch: GraphJson): void {
  const isOnline = event.onlineMeeting !== null && event.onlineMeeting !== undefined;
  for (const [key, value] of Object.entries(patch)) {
    if (READ_ONLY.has(key) || key === 'transactionId') continue;
    if (isOnline && ONLINE_SETTINGS.has(key)) continue;
    event[key] = value;
  }
  if ('body' in patch) {
    event.body = normaliseBody(patch.body);
    event.bodyPreview = bodyPreviewOf(event.body as GraphJson);
  }
  if ('attendees' in patch) event.attendees = normaliseAttendees(context.state, patch.attendees);
  // event resource: updating location replaces the locations collection with it.
  if ('location' in patch) {
    const location = normaliseLocation(patch.location);
    event.location = location;
    if (!('locations' in patch)) event.locations = location.displayName ? [location] : [];
  }
  if ('start' in patch) event.originalStartTimeZone = (patch.start as GraphJson).timeZone;
  if ('end' in patch) event.originalEndTimeZone = (patch.end as GraphJson).timeZone;
}

function updateSeriesType(context: HandlerContext, event: GraphJson, patch: GraphJson): void {
  if (!('recurrence' in patch)) return;
  const type = typeOf(event);
  if (type === 'occurrence' || type === 'exception') {
    event.recurrence = null;
    return;
  }
  if (patch.recurrence === null) {
    event.type = 'singleInstance';
    delete event.cancelledOccurrences;
    return;
  }
  event.type = 'seriesMaster';
  if (!Array.isArray(event.cancelledOccurrences)) event.cancelledOccurrences = [];
}

/** Drops a master's exceptions and cancellations (its occurrences are generated afresh). */
function regenerateSeries(context: HandlerContext, master: StoredEvent): void {
  for (const exception of exceptionsOf(context.state, String(master.event.id))) {
    removeEvent(context, String(exception.event.id));
  }
  if (isSeriesMaster(master.event)) master.event.cancelledOccurrences = [];
}

/**
 * `PATCH /users/{id}/events/{id}`: 200 with the updated item. Patching an occurrence turns it into
 * an exception stored under the occurrence's id; patching a master's subject or body shows in
 * every occurrence that is not an exception; patching its time or pattern drops the exceptions.
 * `If-Match` must match the current ETag (412 otherwise).
 */
export function updateEvent(context: HandlerContext): GraphResponse {
  const ownerId = userIdOf(requireOwnMailbox(context, paramOf(context, 'userId')));
  const target = findTarget(context, ownerId, paramOf(context, 'eventId'));
  const before = currentEvent(target);
  checkIfMatch(context, etagOf(String(before.changeKey ?? '')));
  const patch = requestBody(context);

  const event: GraphJson = structuredClone(before);
  if (target.kind === 'occurrence') event.type = 'exception';
  applyPatch(context, event, patch);
  updateSeriesType(context, event, patch);
  assertTimes(event);
  if (isSeriesMaster(event)) assertValidRecurrence(event, durationMinutes(event));
  const isOrganizerItem = event.isOrganizer === true;
  const needsTeams =
    isOrganizerItem && wantsTeamsMeeting(event) && !isException(event) && !event.onlineMeeting;
  if (needsTeams) provisionTeams(context, ownerId, event);
  touch(context, event);

  if (target.kind === 'stored' && isSeriesMaster(before) && changesSeriesShape(before, patch)) {
    regenerateSeries(context, target.stored);
    if (isSeriesMaster(event)) event.cancelledOccurrences = [];
    if (isOrganizerItem) regenerateAttendeeSeries(context, ownerId, before);
  }
  if (isSeriesMaster(before) && !isSeriesMaster(event) && target.kind === 'stored') {
    regenerateSeries(context, target.stored);
  }
  const stored = putEvent(context, ownerId, event);
  if (isOrganizerItem) propagateUpdate(context, ownerId, stored, target);
  return presentResponse(context, ownerId, event, 200);
}

function regenerateAttendeeSeries(context: HandlerContext, organizerId: string, master: GraphJson) {
  for (const attendeeMaster of attendeeMastersOf(context.state, organizerId, master)) {
    regenerateSeries(context, attendeeMaster);
  }
}

function propagateUpdate(
  context: HandlerContext,
  organizerId: string,
  stored: StoredEvent,
  target: Target,
): void {
  if (isException(stored.event)) {
    const masterId = String(stored.event.seriesMasterId);
    const master =
      target.kind === 'occurrence'
        ? target.resolved.master
        : findStored(context.state, organizerId, masterId);
    if (master) syncAttendeeException(context, organizerId, master.event, stored.event);
    return;
  }
  syncAttendeeCopies(context, organizerId, stored.event);
}

// ---------- delete ----------

/** An instance's original local date in its series' zone (the cancelledOccurrences key). */
function originalLocalDate(master: GraphJson, instance: GraphJson): string {
  const zone = ianaZoneOf((master.start as { timeZone: string }).timeZone);
  const originalMs = Date.parse(String(instance.originalStart ?? ''));
  return DateTime.fromMillis(originalMs, { zone }).toFormat('yyyy-MM-dd');
}

function cancelInstance(
  context: HandlerContext,
  ownerId: string,
  master: StoredEvent,
  instance: GraphJson,
): void {
  const localDate = originalLocalDate(master.event, instance);
  if (findStored(context.state, ownerId, String(instance.id))) {
    removeEvent(context, String(instance.id));
  }
  addCancelledOccurrence(context, master, localDate);
  if (master.event.isOrganizer === true) {
    syncAttendeeCancellation(
      context,
      ownerId,
      master.event,
      localDate,
      String(instance.originalStart),
    );
  }
}

function deleteItem(context: HandlerContext, ownerId: string, stored: StoredEvent): void {
  const { event } = stored;
  if (isSeriesMaster(event)) {
    for (const exception of exceptionsOf(context.state, String(event.id))) {
      removeEvent(context, String(exception.event.id));
    }
  }
  removeEvent(context, String(event.id));
  if (event.isOrganizer !== true) return;
  const copies = copiesOf(context.state, event.iCalUId).filter((copy) => copy.ownerId !== ownerId);
  for (const copy of copies) cancelCopy(context, copy);
}

/**
 * `DELETE /users/{id}/events/{id}`: 204. Deleting an occurrence or exception cancels that instance
 * (its original date joins the master's `cancelledOccurrences`, so it leaves instances and
 * calendarView); deleting a master removes the series; an organizer's delete cancels the
 * attendees' copies.
 */
export function deleteEvent(context: HandlerContext): GraphResponse {
  const ownerId = userIdOf(requireOwnMailbox(context, paramOf(context, 'userId')));
  const target = findTarget(context, ownerId, paramOf(context, 'eventId'));
  checkIfMatch(context, etagOf(String(currentEvent(target).changeKey ?? '')));
  if (target.kind === 'occurrence') {
    cancelInstance(context, ownerId, target.resolved.master, target.resolved.view);
    return { status: 204 };
  }
  const { stored } = target;
  const master = isException(stored.event)
    ? findStored(context.state, ownerId, String(stored.event.seriesMasterId))
    : undefined;
  if (master) cancelInstance(context, ownerId, master, stored.event);
  else deleteItem(context, ownerId, stored);
  return { status: 204 };
}
