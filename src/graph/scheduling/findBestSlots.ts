import { validateCadence, type Cadence } from '../../domain/cadence';
import type { MemberId } from '../../domain/ids';
import {
  rankSlots,
  type CandidateDaySet,
  type PersonAvailability,
  type RankedSlot,
} from '../../domain/scheduling';
import type { GraphClient } from '../client';
import { cadenceSpan } from './cadenceSpan';
import { readFreeBusy } from './readFreeBusy';
import { readTeam } from './readTeam';
import { afterEachOther, type GraphCost } from './steps';
import type { CadencePerson } from './team';

export interface FindBestSlotsOptions {
  /** Anyone in the organisation: reading free/busy changes nothing. */
  readonly client: GraphClient;
  /** The cadence being planned: its attendees, length, zone and meeting dates. */
  readonly cadence: Cadence;
  /** The CX team's Microsoft 365 group. */
  readonly groupId: string;
  /** Meetings that have ended by now are not compared. */
  readonly now: () => Date;
  /**
   * Alternative day sets to compare (e.g. the cadence on Tuesdays versus Thursdays). Default: the
   * cadence's own dates.
   */
  readonly candidateDays?: readonly CandidateDaySet[];
  /** Earliest start and latest end `HH:mm` in the cadence's zone; the domain's defaults otherwise. */
  readonly earliestStart?: string;
  readonly latestEnd?: string;
  readonly stepMinutes?: number;
  /** Members whose conflicts weigh more (e.g. the executive sponsor). */
  readonly requiredMemberIds?: readonly MemberId[];
  readonly limit?: number;
}

export interface BestSlots {
  /** Best first, each with its conflicts explained date by date. */
  readonly slots: readonly RankedSlot[];
  readonly people: readonly CadencePerson[];
  /** The free/busy the ranking used, for the planner's detail views. */
  readonly availability: readonly PersonAvailability[];
  readonly cost: GraphCost;
}

/**
 * The planner's "propose the best recurring slot": reads the team and everyone's free/busy and
 * working hours over the cadence's span (two round trips, two HTTP requests for a year and a
 * dozen people) and ranks every start time by the domain's `rankSlots`. Read-only.
 *
 * A series the cadence already has shows as busy in its attendees' calendars, so when re-planning
 * a scheduled cadence its current slot counts against itself.
 *
 * @throws ValidationError for an invalid cadence or attendees outside the organisation.
 */
export async function findBestSlots(options: FindBestSlotsOptions): Promise<BestSlots> {
  const cadence = validateCadence(options.cadence);
  const span = cadenceSpan(cadence, options.now());
  const candidateDates = options.candidateDays?.flatMap((daySet) => daySet.dates) ?? [];
  const team = await readTeam({
    client: options.client,
    cadence,
    groupId: options.groupId,
    requireOrganizer: false,
  });
  const freeBusy = await readFreeBusy({
    client: options.client,
    people: team.people,
    dates: [...span.dates, ...candidateDates],
  });
  const slots = rankSlots({
    ...(options.candidateDays
      ? { candidateDays: options.candidateDays }
      : { occurrenceDates: span.dates }),
    timeZone: cadence.timeZone,
    durationMinutes: cadence.durationMinutes,
    people: freeBusy.availability,
    ...(options.earliestStart ? { earliestStart: options.earliestStart } : {}),
    ...(options.latestEnd ? { latestEnd: options.latestEnd } : {}),
    ...(options.stepMinutes !== undefined ? { stepMinutes: options.stepMinutes } : {}),
    ...(options.requiredMemberIds ? { requiredMemberIds: options.requiredMemberIds } : {}),
    ...(options.limit !== undefined ? { limit: options.limit } : {}),
  });
  return {
    slots,
    people: team.people,
    availability: freeBusy.availability,
    cost: afterEachOther(team.cost, freeBusy.cost),
  };
}
