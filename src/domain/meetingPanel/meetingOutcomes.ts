import type { MeetingId, OccurrenceId } from '../ids';
import { carryOver } from '../records/carryOver';
import type { CarryOver, PastMeetingOutcomes } from '../records/carryOver';
import type { ActionItem } from '../records/actionItem';
import type { Decision } from '../records/decision';
import type { MissionMoment } from '../records/missionMoment';
import { occurrenceDate } from './currentOccurrence';

/**
 * The side panel reads every decision, action and Mission Moment of the cadence in one go and
 * splits them here: what earlier meetings left open (carry-over) and what this meeting already
 * holds (captured by someone else, or by this person on another device).
 */

export interface CadenceOutcomes {
  readonly decisions: readonly Decision[];
  readonly actions: readonly ActionItem[];
  readonly missionMoments: readonly MissionMoment[];
}

export interface SplitOutcomesOptions extends CadenceOutcomes {
  /** The cadence's zone: meeting dates are compared in it. */
  readonly timeZone: string;
  /** The meeting the panel is open in. */
  readonly occurrenceId: OccurrenceId;
  readonly meetingId: MeetingId;
}

/** What this meeting already holds. */
export interface MeetingOutcomes {
  readonly missionMoment: MissionMoment | undefined;
  readonly decisions: readonly Decision[];
  readonly actions: readonly ActionItem[];
}

export interface SplitOutcomes {
  readonly carryOver: CarryOver;
  readonly thisMeeting: MeetingOutcomes;
}

/**
 * Open actions and deferred or pending decisions from meetings before this one (oldest first, see
 * `carryOver`), and this meeting's own outcomes. Items of later meetings are ignored.
 *
 * @example a decision deferred on 2026-03-10 shows in the 2026-03-24 meeting's carry-over; one
 *   recorded on 2026-03-24 shows among that meeting's own decisions.
 */
export function splitMeetingOutcomes(options: SplitOutcomesOptions): SplitOutcomes {
  const dateOf = (occurrenceId: string) => occurrenceDate(occurrenceId, options.timeZone);
  const byMeeting = new Map<
    string,
    { date: string; decisions: Decision[]; actions: ActionItem[] }
  >();
  const meetingOf = (meetingId: string, occurrenceId: string) => {
    const existing = byMeeting.get(meetingId);
    if (existing) return existing;
    const created = { date: dateOf(occurrenceId), decisions: [], actions: [] };
    byMeeting.set(meetingId, created);
    return created;
  };
  for (const decision of options.decisions) {
    meetingOf(decision.meetingId, decision.occurrenceId).decisions.push(decision);
  }
  for (const action of options.actions) {
    meetingOf(action.source.meetingId, action.source.occurrenceId).actions.push(action);
  }
  const previousMeetings: PastMeetingOutcomes[] = [...byMeeting.entries()]
    .filter(([meetingId]) => meetingId !== options.meetingId)
    .map(([, meeting]) => ({
      meetingDate: meeting.date,
      decisions: meeting.decisions,
      actions: meeting.actions,
    }));
  const thisMeeting = byMeeting.get(options.meetingId);
  return {
    carryOver: carryOver({ previousMeetings, nextMeetingDate: dateOf(options.occurrenceId) }),
    thisMeeting: {
      missionMoment: options.missionMoments.find(
        (moment) => moment.meetingId === options.meetingId,
      ),
      decisions: thisMeeting?.decisions ?? [],
      actions: thisMeeting?.actions ?? [],
    },
  };
}
