import type { Attendee, Event, PatternedRecurrence } from '@microsoft/microsoft-graph-types';
import { DateTime } from 'luxon';
import {
  cadencePatternedRecurrence,
  cadenceSeriesStart,
  cadenceTransactionId,
  type Cadence,
} from '../../domain/cadence';
import type { PatternedRecurrence as DomainRecurrence } from '../../domain/recurrence';
import { resolveIanaZone, toWindowsZone } from '../../domain/timeZone';
import { hasAgenda, withAgenda } from './agendaBody';
import { instantOf } from './freeBusy';
import type { CadencePerson } from './team';

/**
 * The cadence as a Graph event series, both ways: the body of `POST /me/events` that creates the
 * Teams meeting series, and the smallest `PATCH` that brings an existing series in line with a
 * changed cadence (nothing when nothing changed, so a second run writes nothing).
 */

/** What a series event carries that the flow writes and compares. */
export interface SeriesEvent {
  readonly subject: string;
  readonly body: { readonly contentType: 'html'; readonly content: string };
  readonly start: { readonly dateTime: string; readonly timeZone: string };
  readonly end: { readonly dateTime: string; readonly timeZone: string };
  readonly recurrence: DomainRecurrence;
  readonly attendees: readonly Attendee[];
  readonly isOnlineMeeting: true;
  readonly onlineMeetingProvider: 'teamsForBusiness';
  readonly transactionId: string;
}

export interface SeriesEventOptions {
  readonly cadence: Cadence;
  /** Everyone invited, the organizer included (left out of `attendees`, as Outlook does). */
  readonly people: readonly CadencePerson[];
  /** The series' agenda (no presenter: each occurrence names its own). */
  readonly agenda: string;
}

/**
 * `POST /me/events` for the cadence: a Teams meeting series in the cadence's zone (sent with its
 * Windows name, which every Exchange accepts), the agenda as the body, and the cadence's
 * `transactionId`, so a retried or repeated create returns the series already made.
 *
 * @example a cadence from 2026-03-10 at 10:00 "America/Los_Angeles" for 60 minutes →
 *   start `{ dateTime: '2026-03-10T10:00:00', timeZone: 'Pacific Standard Time' }`,
 *   end `{ dateTime: '2026-03-10T11:00:00', timeZone: 'Pacific Standard Time' }`.
 */
export function newSeriesEvent(options: SeriesEventOptions): SeriesEvent {
  const { cadence } = options;
  const start = cadenceSeriesStart(cadence);
  const timeZone = toWindowsZone(cadence.timeZone);
  const end = DateTime.fromISO(start.dateTime, { zone: resolveIanaZone(cadence.timeZone) })
    .plus({ minutes: cadence.durationMinutes })
    .toFormat("yyyy-MM-dd'T'HH:mm:ss");
  return {
    subject: cadence.title,
    body: { contentType: 'html', content: options.agenda },
    start: { dateTime: start.dateTime, timeZone },
    end: { dateTime: end, timeZone },
    recurrence: graphRecurrence(cadence),
    attendees: options.people
      .filter((person) => person.id !== cadence.organizerId)
      .map((person) => ({
        type: 'required',
        emailAddress: { address: person.address, name: person.displayName },
      })),
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    transactionId: cadenceTransactionId(cadence),
  };
}

function graphRecurrence(cadence: Cadence): DomainRecurrence {
  const recurrence = cadencePatternedRecurrence(cadence);
  const zone = recurrence.range.recurrenceTimeZone;
  return zone === undefined
    ? recurrence
    : { ...recurrence, range: { ...recurrence.range, recurrenceTimeZone: toWindowsZone(zone) } };
}

/** The fields `seriesChanges` reads; ask Graph for these with `$select`. */
export const SERIES_FIELDS = 'subject,body,start,end,recurrence,attendees,onlineMeeting';

/**
 * The `PATCH` that turns the series `current` into `desired`: only the fields that differ, the
 * body rebuilt from the current one so the Teams join block stays as Exchange wrote it; `undefined`
 * when the series already matches. Times are compared as instants, attendees as addresses, the
 * recurrence by the fields its pattern type uses and the body by its text, so a series Exchange
 * echoes back in another form is not rewritten.
 */
export function seriesChanges(
  current: Event,
  desired: SeriesEvent,
): Record<string, unknown> | undefined {
  const patch: Record<string, unknown> = {};
  if ((current.subject ?? '') !== desired.subject) patch.subject = desired.subject;
  if (!sameInstant(current.start, desired.start) || !sameInstant(current.end, desired.end)) {
    patch.start = desired.start;
    patch.end = desired.end;
  }
  if (!sameRecurrence(current.recurrence, desired.recurrence)) {
    patch.recurrence = desired.recurrence;
  }
  if (!sameAddresses(current.attendees ?? [], desired.attendees)) {
    patch.attendees = desired.attendees;
  }
  const body = current.body?.content ?? '';
  if (!hasAgenda(body, desired.body.content)) {
    patch.body = { contentType: 'html', content: withAgenda(body, desired.body.content) };
  }
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/** True when a patch moves the series or changes its pattern: Exchange then drops exceptions. */
export function regeneratesOccurrences(patch: Record<string, unknown>): boolean {
  return 'start' in patch || 'end' in patch || 'recurrence' in patch;
}

function sameInstant(
  current: Event['start'],
  desired: { readonly dateTime: string; readonly timeZone: string },
): boolean {
  if (!current?.dateTime) return false;
  return Date.parse(instantOf(current)) === Date.parse(instantOf(desired));
}

function sameAddresses(current: readonly Attendee[], desired: readonly Attendee[]): boolean {
  const addresses = (attendees: readonly Attendee[]) =>
    [...new Set(attendees.map((attendee) => attendee.emailAddress?.address?.toLowerCase() ?? ''))]
      .sort()
      .join(';');
  return addresses(current) === addresses(desired);
}

/** The parts of a recurrence Exchange acts on for its pattern and range types, with defaults. */
function recurrenceKey(recurrence: PatternedRecurrence | DomainRecurrence): string {
  const { pattern, range } = recurrence as PatternedRecurrence;
  const type = pattern?.type ?? '';
  const days = [...(pattern?.daysOfWeek ?? [])].sort().join(',');
  const parts: unknown[] = [type, pattern?.interval ?? 1];
  if (type === 'weekly') parts.push(days, pattern?.firstDayOfWeek ?? 'sunday');
  if (type === 'relativeMonthly' || type === 'relativeYearly') {
    parts.push(days, pattern?.index ?? 'first');
  }
  if (type === 'absoluteMonthly' || type === 'absoluteYearly') parts.push(pattern?.dayOfMonth);
  if (type === 'absoluteYearly' || type === 'relativeYearly') parts.push(pattern?.month);
  parts.push(range?.type, range?.startDate);
  if (range?.type === 'endDate') parts.push(range.endDate);
  if (range?.type === 'numbered') parts.push(range.numberOfOccurrences);
  return JSON.stringify(parts);
}

function sameRecurrence(
  current: PatternedRecurrence | null | undefined,
  desired: DomainRecurrence,
): boolean {
  if (!current) return false;
  const zone = (recurrence: PatternedRecurrence | DomainRecurrence) => {
    const name = recurrence.range?.recurrenceTimeZone;
    return name ? resolveIanaZone(name) : undefined;
  };
  const currentZone = zone(current);
  const zonesAgree = currentZone === undefined || currentZone === zone(desired);
  return zonesAgree && recurrenceKey(current) === recurrenceKey(desired);
}
