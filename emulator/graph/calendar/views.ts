import { requireOwnMailbox, userIdOf } from '../../core/access';
import { graphErrors } from '../../core/errors';
import { paramOf } from '../../core/handlerHelpers';
import { collectionResponse } from '../../core/odata';
import type { GraphJson } from '../../core/state';
import type { GraphResponse, HandlerContext } from '../../core/types';
import { contextUrl, shapeEvent } from './present';
import { instancesOf, overlaps, sortByStart, type Window } from './series';
import { findStored, isListedItem, isSeriesMaster, mailboxEvents, typeOf } from './store';
import { preferenceHeaders, requiredWindow, responseZoneOf } from './times';

/**
 * The calendar's collections. Graph pages them 10 at a time unless `$top` (contract; "List
 * events" and "List calendarView" return `@odata.nextLink` past the page) and applies `$filter`,
 * `$orderby` and `$select` to what the client sees (times in the response zone).
 */
export const DEFAULT_PAGE_SIZE = 10;

function collection(
  context: HandlerContext,
  ownerId: string,
  items: readonly GraphJson[],
  suffix: string,
): GraphResponse {
  const zone = responseZoneOf(context.request);
  const select = context.request.query.get('$select');
  const shaped = items.map((event) => shapeEvent(event, zone, select));
  const response = collectionResponse(context.request, context.graphBaseUrl, shaped, {
    defaultPageSize: DEFAULT_PAGE_SIZE,
    context: contextUrl(context.graphBaseUrl, ownerId, suffix),
  });
  return { ...response, headers: preferenceHeaders(zone) };
}

/** `GET /users/{id}/events`: the mailbox's single instances and series masters. */
export function listEvents(context: HandlerContext): GraphResponse {
  const ownerId = userIdOf(requireOwnMailbox(context, paramOf(context, 'userId')));
  const items = mailboxEvents(context.state, ownerId)
    .map((stored) => stored.event)
    .filter(isListedItem);
  return collection(context, ownerId, items, 'events');
}

/** Single items overlapping a window, and every series' instances in it (masters left out). */
export function calendarItems(
  context: Pick<HandlerContext, 'state'>,
  ownerId: string,
  window: Window,
): GraphJson[] {
  const items: GraphJson[] = [];
  for (const stored of mailboxEvents(context.state, ownerId)) {
    const type = typeOf(stored.event);
    if (type === 'seriesMaster') items.push(...instancesOf(context.state, stored, window));
    else if (type === 'singleInstance' && overlaps(stored, window)) items.push(stored.event);
  }
  return sortByStart(items);
}

/**
 * `GET /users/{id}/calendarView?startDateTime&endDateTime`: "the occurrences, exceptions, and
 * single instances of events in a calendar view defined by a time range" (List calendarView).
 */
export function calendarView(context: HandlerContext): GraphResponse {
  const ownerId = userIdOf(requireOwnMailbox(context, paramOf(context, 'userId')));
  const { fromMs, toMs } = requiredWindow(context.request);
  return collection(
    context,
    ownerId,
    calendarItems(context, ownerId, { fromMs, toMs }),
    'calendarView',
  );
}

/**
 * `GET /users/{id}/events/{id}/instances?startDateTime&endDateTime`: a series master's
 * occurrences and exceptions in the range (List instances); nothing for a single item.
 */
export function listInstances(context: HandlerContext): GraphResponse {
  const ownerId = userIdOf(requireOwnMailbox(context, paramOf(context, 'userId')));
  const eventId = paramOf(context, 'eventId');
  const stored = findStored(context.state, ownerId, eventId);
  if (!stored) throw graphErrors.itemNotFound();
  const window = requiredWindow(context.request);
  const items = isSeriesMaster(stored.event) ? instancesOf(context.state, stored, window) : [];
  return collection(context, ownerId, items, `events('${eventId}')/instances`);
}
