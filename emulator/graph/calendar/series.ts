import { DateTime } from 'luxon';
import { ValidationError } from '../../../src/domain/errors';
import {
  expandOccurrences,
  MAX_DURATION_MINUTES,
  type Occurrence,
  type PatternedRecurrence,
} from '../../../src/domain/recurrence';
import { graphLocalDateTime, utcSeconds } from '../../core/dates';
import { graphErrors } from '../../core/errors';
import type { EmulatorState, GraphJson, StoredEvent } from '../../core/state';
import { cancelledOccurrenceKey, instanceICalUId, occurrenceIdOf, parseOccurrenceId } from './ids';
import { exceptionsOf, findStored, isSeriesMaster } from './store';
import { type DateTimeTimeZone, ianaZoneOf, isDateTimeTimeZone, toUtcMs } from './times';

/**
 * A series master's instances, expanded by the domain's Exchange-style engine
 * (`expandOccurrences`): occurrences keep the master's wall-clock time in its zone across DST.
 * Sources: Graph "List instances" (occurrences and exceptions in the range, cancelled ones left
 * out) and the `cancelledOccurrences` property ("occurrenceId values of cancelled instances").
 */

export interface Window {
  readonly fromMs: number;
  readonly toMs: number;
}

const MS_PER_MINUTE = 60_000;

function recurrenceOf(master: GraphJson): PatternedRecurrence {
  return master.recurrence as PatternedRecurrence;
}

function durationMinutesOf(stored: StoredEvent): number {
  return clampedDuration(Math.round((stored.endUtcMs - stored.startUtcMs) / MS_PER_MINUTE));
}

/** A meeting length the domain's engine accepts (0 up to its maximum). */
function clampedDuration(minutes: number): number {
  return Math.min(Math.max(minutes, 0), MAX_DURATION_MINUTES);
}

/** The series' start as the domain's engine reads it: wall-clock seconds, no fraction. */
function engineStart(start: DateTimeTimeZone): DateTimeTimeZone {
  return { dateTime: start.dateTime.replace(/\.\d+$/, ''), timeZone: start.timeZone };
}

/** The occurrences of a master overlapping a window (cancelled ones included). */
export function expandMaster(master: StoredEvent, window: Window): Occurrence[] {
  const start = master.event.start;
  if (!isDateTimeTimeZone(start) || window.toMs <= window.fromMs) return [];
  try {
    return expandOccurrences({
      start: engineStart(start),
      durationMinutes: durationMinutesOf(master),
      recurrence: recurrenceOf(master.event),
      window: { from: utcSeconds(window.fromMs), to: utcSeconds(window.toMs) },
    });
  } catch (error) {
    if (error instanceof ValidationError) {
      throw graphErrors.badRequest(error.message, 'ErrorInvalidParameter');
    }
    throw error;
  }
}

/**
 * Checks a recurrence when an item is created or changed: the domain's validation, and at least
 * one occurrence. Graph answers a bad recurrence with 400.
 */
export function assertValidRecurrence(event: GraphJson, durationMinutes: number): void {
  const start = event.start;
  if (!isDateTimeTimeZone(start)) return;
  try {
    expandOccurrences({
      start: engineStart(start),
      durationMinutes: clampedDuration(durationMinutes),
      recurrence: recurrenceOf(event),
      maxCount: 1,
    });
  } catch (error) {
    if (error instanceof ValidationError) {
      throw graphErrors.badRequest(
        `At least one property failed validation. ${error.message}`,
        'ErrorPropertyValidationFailure',
      );
    }
    throw error;
  }
}

export function isCancelledOccurrence(master: GraphJson, occurrence: Occurrence): boolean {
  const cancelled = Array.isArray(master.cancelledOccurrences) ? master.cancelledOccurrences : [];
  return cancelled.includes(
    cancelledOccurrenceKey(String(master.id), occurrence.localStart.slice(0, 10)),
  );
}

/** Local `dateTime` of an instant in the zone a `dateTimeTimeZone` names (Graph's 7 decimals). */
function localDateTime(ms: number, timeZone: string): string {
  return graphLocalDateTime(DateTime.fromMillis(ms, { zone: ianaZoneOf(timeZone) }));
}

/** An occurrence as Graph shows it: the master's properties at the occurrence's time. */
export function occurrenceView(master: GraphJson, occurrence: Occurrence): GraphJson {
  const startZone = (master.start as { timeZone: string }).timeZone;
  const endZone = isDateTimeTimeZone(master.end) ? master.end.timeZone : startZone;
  const startMs = Date.parse(occurrence.utcStart);
  const endMs = Date.parse(occurrence.utcEnd);
  const view: GraphJson = {
    ...master,
    id: occurrenceIdOf(String(master.id), occurrence.utcStart),
    type: 'occurrence',
    seriesMasterId: master.id,
    originalStart: occurrence.utcStart,
    iCalUId: instanceICalUId(String(master.iCalUId), occurrence.localStart.slice(0, 10)),
    start: { dateTime: localDateTime(startMs, startZone), timeZone: startZone },
    end: { dateTime: localDateTime(endMs, endZone), timeZone: endZone },
    recurrence: null,
  };
  delete view.cancelledOccurrences;
  delete view.transactionId;
  return view;
}

/** The instances of a master in a window: occurrences and exceptions, by start, none cancelled. */
export function instancesOf(
  state: EmulatorState,
  master: StoredEvent,
  window: Window,
): GraphJson[] {
  const exceptions = exceptionsOf(state, String(master.event.id));
  const exceptionIds = new Set(exceptions.map((stored) => String(stored.event.id)));
  const occurrences = expandMaster(master, window)
    .filter((occurrence) => !isCancelledOccurrence(master.event, occurrence))
    .map((occurrence) => occurrenceView(master.event, occurrence))
    .filter((view) => !exceptionIds.has(String(view.id)));
  const movedExceptions = exceptions
    .filter((stored) => overlaps(stored, window))
    .map((stored) => stored.event);
  return sortByStart([...occurrences, ...movedExceptions]);
}

/** Graph's calendarView rule: overlapping the window; a zero-length item counts at its start. */
export function overlaps(item: { startUtcMs: number; endUtcMs: number }, window: Window): boolean {
  if (item.startUtcMs >= window.toMs) return false;
  return item.endUtcMs > window.fromMs || item.startUtcMs >= window.fromMs;
}

/** Items in start order (each start read once: parsing zones is the costly part). */
export function sortByStart(items: readonly GraphJson[]): GraphJson[] {
  return items
    .map((item) => ({ item, startMs: startMsOf(item) }))
    .sort((left, right) => left.startMs - right.startMs)
    .map(({ item }) => item);
}

export function startMsOf(event: GraphJson): number {
  return isDateTimeTimeZone(event.start) ? toUtcMs(event.start) : 0;
}

export function endMsOf(event: GraphJson): number {
  return isDateTimeTimeZone(event.end) ? toUtcMs(event.end) : 0;
}

/** A plain (not yet exceptional) occurrence found by its id, if it is one of a live series. */
export interface ResolvedOccurrence {
  readonly master: StoredEvent;
  readonly occurrence: Occurrence;
  readonly view: GraphJson;
}

export function resolveOccurrence(
  state: EmulatorState,
  ownerId: string,
  id: string,
): ResolvedOccurrence | undefined {
  const key = parseOccurrenceId(id);
  if (!key) return undefined;
  const master = findStored(state, ownerId, key.masterId);
  if (!master || !isSeriesMaster(master.event)) return undefined;
  const startMs = Date.parse(key.originalStartUtc);
  if (Number.isNaN(startMs)) return undefined;
  const occurrence = expandMaster(master, { fromMs: startMs, toMs: startMs + 60_000 }).find(
    (candidate) => candidate.utcStart === key.originalStartUtc,
  );
  if (!occurrence || isCancelledOccurrence(master.event, occurrence)) return undefined;
  return { master, occurrence, view: occurrenceView(master.event, occurrence) };
}
