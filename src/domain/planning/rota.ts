import { cadenceOccurrences, changeCadence, type Cadence } from '../cadence';
import { ValidationError } from '../errors';
import type { MemberId, OccurrenceId } from '../ids';
import {
  assignMissionMomentPresenters,
  swapPresenters,
  withOverride,
  withOverrides,
  type AssignmentReason,
  type MemberAbsence,
  type OverrideWarning,
  type PresenterAssignment,
  type SkippedMember,
} from '../rotation';
import { outOfOfficeDates, type PersonAvailability } from '../scheduling';

/**
 * The Mission Moment rota as the planner shows it: one row per meeting still to come, who tells
 * the story, why them, and who was passed over because they are away that day.
 */
export interface RotaEntry {
  readonly occurrenceId: OccurrenceId;
  /** The meeting's local date `YYYY-MM-DD` in the cadence's zone. */
  readonly date: string;
  /** `undefined` when everyone in the rotation is away that day. */
  readonly presenterId: MemberId | undefined;
  readonly reason: AssignmentReason;
  /** Members due before the presenter but out of office that day. */
  readonly skipped: readonly SkippedMember[];
  /** Set when a hand-fixed presenter is out of office that day. */
  readonly warning?: OverrideWarning;
}

/** A cadence with no end is previewed this far ahead, as the scheduling flow plans it. */
const ROTA_PREVIEW_HORIZON_DAYS = 366;
const DAY_MS = 86_400_000;

export interface PreviewRotaOptions {
  readonly cadence: Cadence;
  /** Meetings that have ended by now are left out. */
  readonly now: Date;
  /** Everyone's free/busy over the cadence (e.g. what the best-slot search read). */
  readonly availability: readonly PersonAvailability[];
}

/**
 * The rota the scheduling flow will write, before the series exists: the cadence's meetings from
 * `now` on, the fair rotation over its roster skipping members out of office for most of a
 * meeting day, and the presenters fixed by hand. Occurrence ids are the meetings' UTC starts,
 * the ids Graph's instances get, so a swap planned here still holds after scheduling.
 *
 * @example a biweekly cadence from 2026-03-10, Lukas away 2026-03-23…27 and second in the
 *   rotation → the 2026-03-24 meeting goes to the third member, with Lukas in `skipped`.
 */
export function previewRota(options: PreviewRotaOptions): RotaEntry[] {
  const { cadence, now } = options;
  const window =
    cadence.recurrence.range.kind === 'noEnd'
      ? {
          window: {
            from: now.toISOString(),
            to: new Date(now.getTime() + ROTA_PREVIEW_HORIZON_DAYS * DAY_MS).toISOString(),
          },
        }
      : {};
  const occurrences = cadenceOccurrences(cadence, window)
    .filter((occurrence) => Date.parse(occurrence.utcEnd) > now.getTime())
    .map((occurrence) => ({
      occurrenceId: occurrence.id,
      date: occurrence.localStart.slice(0, 10),
    }));
  if (occurrences.length === 0) return [];
  const planned = new Set(occurrences.map((occurrence) => occurrence.occurrenceId));
  const assignments = assignMissionMomentPresenters({
    members: cadence.rotation.memberIds,
    occurrences,
    absences: rotationAbsences(options.availability, cadence, [
      ...new Set(occurrences.map((o) => o.date)),
    ]),
    overrides: cadence.rotation.overrides.filter((override) => planned.has(override.occurrenceId)),
  });
  return assignments.map(toRotaEntry);
}

/**
 * Who in the cadence's rotation is out of office on which of the meeting `dates` (local dates in
 * the cadence's zone), as the rotation's absences: they are passed over on those days.
 */
export function rotationAbsences(
  availability: readonly PersonAvailability[],
  cadence: Cadence,
  dates: readonly string[],
): MemberAbsence[] {
  const rotating = new Set<MemberId>(cadence.rotation.memberIds);
  return availability
    .filter((person) => rotating.has(person.memberId))
    .flatMap((person) =>
      outOfOfficeDates({ person, timeZone: cadence.timeZone, dates }).map((date) => ({
        memberId: person.memberId,
        from: date,
        to: date,
      })),
    );
}

function toRotaEntry(assignment: PresenterAssignment): RotaEntry {
  return {
    occurrenceId: assignment.occurrenceId,
    date: assignment.date,
    presenterId: assignment.presenterId,
    reason: assignment.reason,
    skipped: assignment.skipped,
    ...(assignment.reason === 'override' && assignment.warning
      ? { warning: assignment.warning }
      : {}),
  };
}

function toAssignment(entry: RotaEntry): PresenterAssignment {
  const base = { occurrenceId: entry.occurrenceId, date: entry.date, skipped: entry.skipped };
  if (entry.presenterId === undefined) {
    return { ...base, reason: 'noOneAvailable', presenterId: undefined };
  }
  return entry.reason === 'override'
    ? { ...base, reason: 'override', presenterId: entry.presenterId }
    : { ...base, reason: 'rotation', presenterId: entry.presenterId };
}

/**
 * The cadence's next version with the presenters of two meetings swapped (both fixed by hand;
 * the rest of the rota is planned around them again).
 *
 * @throws ValidationError (field `first`/`second`) when a meeting is not in the rota, has no
 *   presenter, or both are the same meeting.
 */
export function swapRotaPresenters(
  cadence: Cadence,
  rota: readonly RotaEntry[],
  pair: { readonly first: OccurrenceId; readonly second: OccurrenceId },
): Cadence {
  const changes = swapPresenters(rota.map(toAssignment), pair.first, pair.second);
  return changeCadence(cadence, {
    rotation: {
      ...cadence.rotation,
      overrides: withOverrides(cadence.rotation.overrides, changes),
    },
  });
}

/**
 * The cadence's next version with `memberId` fixed as the presenter of one meeting, or with the
 * fixed presenter removed (`undefined`: the rotation decides again). Same cadence when nothing
 * changes.
 *
 * @throws ValidationError (field `memberId`) when the member is not in the rotation.
 */
export function overrideRotaPresenter(
  cadence: Cadence,
  occurrenceId: OccurrenceId,
  memberId: MemberId | undefined,
): Cadence {
  if (memberId !== undefined && !cadence.rotation.memberIds.includes(memberId)) {
    throw ValidationError.single(
      'memberId',
      'Only members of the Mission Moment rotation can present: invite this person first',
    );
  }
  return changeCadence(cadence, {
    rotation: {
      ...cadence.rotation,
      overrides: withOverride(cadence.rotation.overrides, occurrenceId, memberId),
    },
  });
}

/** Why this member presents this meeting, in words for the rota. */
export function describeRotaReason(entry: RotaEntry): string {
  switch (entry.reason) {
    case 'rotation':
      return entry.skipped.length > 0 ? 'Next in turn who is not away' : 'Next in turn';
    case 'override':
      return entry.warning === 'awayThatDay'
        ? 'Chosen by hand, but out of office that day'
        : 'Chosen by hand';
    case 'noOneAvailable':
      return 'Everyone in the rotation is away that day';
  }
}
