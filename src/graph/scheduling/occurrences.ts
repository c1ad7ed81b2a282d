import type { Event } from '@microsoft/microsoft-graph-types';
import { DateTime } from 'luxon';
import type { Cadence } from '../../domain/cadence';
import { occurrenceId, type MemberId, type OccurrenceId } from '../../domain/ids';
import { assignMissionMomentPresenters, type PresenterAssignment } from '../../domain/rotation';
import { rotationAbsences } from '../../domain/planning/rota';
import type { PersonAvailability } from '../../domain/scheduling';
import { resolveIanaZone } from '../../domain/timeZone';
import type { BatchRequest } from '../client';
import { agendaHtml, hasAgenda, withAgenda, type AgendaContent } from './agendaBody';
import type { UtcSpan } from './freeBusy';

/**
 * The series' occurrences as Graph lists them, who tells each one's Mission Moment, and the
 * occurrence PATCHes that put the presenter's name in each agenda.
 */

/** Occurrences read per page: a weekly cadence over two years fits one page. */
export const INSTANCES_PAGE_SIZE = 200;
export const INSTANCES_REQUEST_ID = 'instances';
export const PRESENTER_REQUEST_PREFIX = 'presenter';
const INSTANCE_FIELDS = 'id,originalStart,start,end,body,type,isCancelled';

/** `GET /me/events/{id}/instances` over the span, bodies included. */
export function instancesRequest(seriesId: string, span: UtcSpan): BatchRequest {
  const query = [
    `startDateTime=${encodeURIComponent(span.from)}`,
    `endDateTime=${encodeURIComponent(span.to)}`,
    `$select=${INSTANCE_FIELDS}`,
    `$top=${INSTANCES_PAGE_SIZE}`,
  ].join('&');
  return {
    id: INSTANCES_REQUEST_ID,
    method: 'GET',
    url: `/me/events/${encodeURIComponent(seriesId)}/instances?${query}`,
  };
}

/** One meeting of the series as Graph has it. */
export interface SeriesOccurrence {
  /** The occurrence's (or exception's) event id: what a PATCH addresses. */
  readonly eventId: string;
  /** The domain's id: the occurrence's original start in UTC, `2026-03-10T17:00:00Z`. */
  readonly occurrenceId: OccurrenceId;
  /** Its original local date in the cadence's zone. */
  readonly date: string;
  readonly bodyHtml: string;
}

/**
 * Graph's instances as the domain's occurrences, in date order; cancelled ones left out. Each is
 * keyed by its original start, which survives a move, so a fixed presenter stays with its meeting.
 */
export function toSeriesOccurrences(
  instances: readonly Event[],
  timeZone: Cadence['timeZone'],
): SeriesOccurrence[] {
  const zone = resolveIanaZone(timeZone);
  return instances
    .filter((instance) => instance.isCancelled !== true && instance.id && instance.originalStart)
    .map((instance) => {
      const startMs = Date.parse(instance.originalStart as string);
      return {
        eventId: instance.id as string,
        occurrenceId: occurrenceId(new Date(startMs).toISOString().replace(/\.\d{3}Z$/, 'Z')),
        date: DateTime.fromMillis(startMs, { zone }).toFormat('yyyy-MM-dd'),
        bodyHtml: instance.body?.content ?? '',
        startMs,
      };
    })
    .sort((left, right) => left.startMs - right.startMs)
    .map(({ startMs: _startMs, ...occurrence }) => occurrence);
}

export interface PlanPresentersOptions {
  readonly cadence: Cadence;
  readonly occurrences: readonly SeriesOccurrence[];
  /** Free/busy of the rotation's members (others are ignored). */
  readonly availability: readonly PersonAvailability[];
}

/**
 * Each occurrence's Mission Moment presenter: the domain's fair rotation over the cadence's
 * rotation roster, skipping members who are out of office for most of that day, honouring the
 * cadence's overrides for meetings still in the series.
 */
export function planPresenters(options: PlanPresentersOptions): PresenterAssignment[] {
  const { cadence, occurrences } = options;
  if (occurrences.length === 0) return [];
  const dates = occurrences.map((occurrence) => occurrence.date);
  const planned = new Set(occurrences.map((occurrence) => occurrence.occurrenceId));
  return assignMissionMomentPresenters({
    members: cadence.rotation.memberIds,
    occurrences: occurrences.map(({ occurrenceId: id, date }) => ({ occurrenceId: id, date })),
    absences: rotationAbsences(options.availability, cadence, dates),
    overrides: cadence.rotation.overrides.filter((override) => planned.has(override.occurrenceId)),
  });
}

export interface PresenterPatchesOptions {
  readonly occurrences: readonly SeriesOccurrence[];
  readonly assignments: readonly PresenterAssignment[];
  readonly agenda: AgendaContent;
  /** Display names by member id. */
  readonly names: ReadonlyMap<MemberId, string>;
}

/**
 * `PATCH /me/events/{occurrence}` for every occurrence whose body does not yet name its presenter:
 * the agenda block replaced inside the occurrence's own body, so the Teams join block stays byte
 * for byte. Replaying one writes the same body again, so each is safe to retry.
 */
export function presenterPatches(options: PresenterPatchesOptions): BatchRequest[] {
  const presenterOf = new Map(
    options.assignments.map((assignment) => [assignment.occurrenceId, assignment.presenterId]),
  );
  return options.occurrences.flatMap((occurrence, index) => {
    const presenterId = presenterOf.get(occurrence.occurrenceId);
    const name = presenterId === undefined ? undefined : options.names.get(presenterId);
    const agenda = agendaHtml(options.agenda, name);
    if (hasAgenda(occurrence.bodyHtml, agenda)) return [];
    return [
      {
        id: `${PRESENTER_REQUEST_PREFIX}-${index + 1}`,
        method: 'PATCH' as const,
        url: `/me/events/${encodeURIComponent(occurrence.eventId)}`,
        body: { body: { contentType: 'html', content: withAgenda(occurrence.bodyHtml, agenda) } },
        retrySafe: true,
      },
    ];
  });
}
