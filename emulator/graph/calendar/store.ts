import { newChangeKey } from '../../core/access';
import { graphTimestamp } from '../../core/dates';
import { graphErrors } from '../../core/errors';
import type { EmulatorState, GraphJson, StoredEvent } from '../../core/state';
import type { HandlerContext } from '../../core/types';
import { isDateTimeTimeZone, toUtcMs } from './times';

/**
 * The calendar's view of `state.events`: every mailbox's copy of every item, keyed by id. A series
 * master and its exceptions are stored; plain occurrences are computed from the master.
 */

export type EventType = 'singleInstance' | 'seriesMaster' | 'occurrence' | 'exception';

export function typeOf(event: GraphJson): EventType {
  const type = event.type;
  return type === 'seriesMaster' || type === 'occurrence' || type === 'exception'
    ? type
    : 'singleInstance';
}

export function isSeriesMaster(event: GraphJson): boolean {
  return typeOf(event) === 'seriesMaster';
}

export function isException(event: GraphJson): boolean {
  return typeOf(event) === 'exception';
}

/** Items `GET /events` lists: single instances and series masters (the event resource's docs). */
export function isListedItem(event: GraphJson): boolean {
  const type = typeOf(event);
  return type === 'singleInstance' || type === 'seriesMaster';
}

export function mailboxEvents(state: EmulatorState, ownerId: string): StoredEvent[] {
  return Object.values(state.events).filter((stored) => stored.ownerId === ownerId);
}

/** A stored item of this mailbox, or undefined (another mailbox's item is not found either). */
export function findStored(
  state: EmulatorState,
  ownerId: string,
  id: string,
): StoredEvent | undefined {
  const stored = state.events[id];
  return stored && stored.ownerId === ownerId ? stored : undefined;
}

export function exceptionsOf(state: EmulatorState, masterId: string): StoredEvent[] {
  return Object.values(state.events).filter(
    (stored) => isException(stored.event) && stored.event.seriesMasterId === masterId,
  );
}

/** Every mailbox's copy of a meeting: they share the iCalUId. */
export function copiesOf(state: EmulatorState, iCalUId: unknown): StoredEvent[] {
  if (typeof iCalUId !== 'string') return [];
  return Object.values(state.events).filter((stored) => stored.event.iCalUId === iCalUId);
}

/** Stores an item, recomputing the UTC bounds calendar queries use. */
export function putEvent(context: HandlerContext, ownerId: string, event: GraphJson): StoredEvent {
  const stored: StoredEvent = { ownerId, event, ...utcBoundsOf(event) };
  context.state.events[String(event.id)] = stored;
  context.markChanged();
  return stored;
}

export function removeEvent(context: HandlerContext, id: string): void {
  Reflect.deleteProperty(context.state.events, id);
  context.markChanged();
}

/** Every write gives the item a new change key (and so a new ETag) and modification time. */
export function touch(context: HandlerContext, event: GraphJson): void {
  event.changeKey = newChangeKey(context);
  event.lastModifiedDateTime = graphTimestamp(context.now());
}

export function utcBoundsOf(event: GraphJson): { startUtcMs: number; endUtcMs: number } {
  if (!isDateTimeTimeZone(event.start) || !isDateTimeTimeZone(event.end)) {
    throw graphErrors.badRequest('At least one property failed validation.');
  }
  return { startUtcMs: toUtcMs(event.start, 'start'), endUtcMs: toUtcMs(event.end, 'end') };
}
