import * as z from 'zod/mini';
import { parseWith } from '../errors';
import type { ActionItemId, MeetingId, MemberId, MissionMomentId, OccurrenceId } from '../ids';

/**
 * A Mission Moment: the short true story a team member tells at the start of every CX meeting, of
 * a customer or employee interaction where the organisation lived up to its CX mission, or missed
 * it. It is captured with four prompts:
 *
 * 1. What moment did you witness or deliver? (`story`)
 * 2. Did it live up to our CX mission or miss it, and why? (`livedUpToMission`, `why`)
 * 3. Is there a person or team to celebrate? (`celebrate`, optional)
 * 4. Is there a lesson or an idea to improve things? (`lesson`, optional)
 */
export interface MissionMoment {
  readonly id: MissionMomentId;
  readonly meetingId: MeetingId;
  readonly occurrenceId: OccurrenceId;
  /** The member whose turn it was in the rotation (or who stood in). */
  readonly presenterId: MemberId;
  /** When the moment was captured: ISO 8601 date-time with an offset, passed in by the caller. */
  readonly capturedAt: string;
  readonly story: string;
  /** `true` when the moment lived up to the CX mission, `false` when it missed it. */
  readonly livedUpToMission: boolean;
  readonly why: string;
  /** A person or team to celebrate; absent when nobody was named. */
  readonly celebrate?: string;
  /** A lesson learnt or an idea to improve things; absent when none was offered. */
  readonly lesson?: string;
  /** The action item the team agreed as a follow-up, if any. */
  readonly followUpActionId?: ActionItemId;
}

/** What a side-panel form sends: the four prompts plus the ids the caller already knows. */
export interface MissionMomentInput {
  readonly id: string;
  readonly meetingId: string;
  readonly occurrenceId: string;
  readonly presenterId: string;
  readonly capturedAt: string;
  readonly story: string;
  /** `undefined` or `null` while the presenter has not chosen yet: that is reported. */
  readonly livedUpToMission: boolean | null | undefined;
  readonly why: string;
  readonly celebrate?: string;
  readonly lesson?: string;
  readonly followUpActionId?: string;
}

/** A 3–5 minute story fits comfortably; longer text is usually a pasted document. */
export const MISSION_MOMENT_STORY_MAX_LENGTH = 4000;
/** The limit for `why`, `celebrate` and `lesson`. */
export const MISSION_MOMENT_NOTE_MAX_LENGTH = 2000;

const LIVED_UP_REQUIRED = 'Say whether this moment lived up to our CX mission or missed it';

const requiredId = (message: string) =>
  z.string({ error: message }).check(z.trim(), z.minLength(1, message));

const requiredText = (options: { required: string; max: number; tooLong: string }) =>
  z
    .string({ error: options.required })
    .check(z.trim(), z.minLength(1, options.required), z.maxLength(options.max, options.tooLong));

const optionalText = (max: number, tooLong: string) =>
  z.optional(
    z
      .string({ error: 'Enter text here, or leave it empty' })
      .check(z.trim(), z.maxLength(max, tooLong)),
  );

const missionMomentSchema = z.object({
  id: requiredId('The Mission Moment needs an id: pass the one the caller generated'),
  meetingId: requiredId('Say which meeting this Mission Moment belongs to'),
  occurrenceId: requiredId('Say which occurrence of the cadence this Mission Moment belongs to'),
  presenterId: requiredId('Choose who told the Mission Moment'),
  capturedAt: z.iso.datetime({
    offset: true,
    error: 'The capture time must be an ISO date-time such as 2025-03-04T15:05:00Z',
  }),
  story: requiredText({
    required: 'Tell the moment you witnessed or delivered: the story is required',
    max: MISSION_MOMENT_STORY_MAX_LENGTH,
    tooLong: `Shorten the story to ${MISSION_MOMENT_STORY_MAX_LENGTH} characters or fewer: a Mission Moment is a 3–5 minute story`,
  }),
  livedUpToMission: z.boolean({ error: LIVED_UP_REQUIRED }),
  why: requiredText({
    required: 'Say why this moment lived up to our CX mission, or why it missed it',
    max: MISSION_MOMENT_NOTE_MAX_LENGTH,
    tooLong: `Shorten the reason to ${MISSION_MOMENT_NOTE_MAX_LENGTH} characters or fewer`,
  }),
  celebrate: optionalText(
    MISSION_MOMENT_NOTE_MAX_LENGTH,
    `Shorten who to celebrate to ${MISSION_MOMENT_NOTE_MAX_LENGTH} characters or fewer`,
  ),
  lesson: optionalText(
    MISSION_MOMENT_NOTE_MAX_LENGTH,
    `Shorten the lesson or idea to ${MISSION_MOMENT_NOTE_MAX_LENGTH} characters or fewer`,
  ),
  followUpActionId: z.optional(
    z
      .string({ error: 'The follow-up action must be given by its id, or left out' })
      .check(z.trim()),
  ),
});

/**
 * Validates a captured Mission Moment and returns it with text trimmed and empty optional prompts
 * dropped. Every wrong field is reported at once, so the side panel can mark them all and keep
 * what the presenter typed.
 *
 * @throws ValidationError naming each wrong field (`story`, `livedUpToMission`, `why`, …).
 */
export function captureMissionMoment(input: MissionMomentInput): MissionMoment {
  const parsed = parseWith(missionMomentSchema, input);
  return {
    id: parsed.id as MissionMomentId,
    meetingId: parsed.meetingId as MeetingId,
    occurrenceId: parsed.occurrenceId as OccurrenceId,
    presenterId: parsed.presenterId as MemberId,
    capturedAt: parsed.capturedAt,
    story: parsed.story,
    livedUpToMission: parsed.livedUpToMission,
    why: parsed.why,
    ...(parsed.celebrate ? { celebrate: parsed.celebrate } : {}),
    ...(parsed.lesson ? { lesson: parsed.lesson } : {}),
    ...(parsed.followUpActionId
      ? { followUpActionId: parsed.followUpActionId as ActionItemId }
      : {}),
  };
}

/**
 * Links the follow-up action the team agreed. Returns the same object when it is already linked.
 */
export function withFollowUpAction(
  moment: MissionMoment,
  followUpActionId: ActionItemId,
): MissionMoment {
  if (moment.followUpActionId === followUpActionId) return moment;
  return { ...moment, followUpActionId };
}

/** "Lived up to our CX mission" or "Missed our CX mission", for summaries and the library. */
export function missionMomentOutcomeLabel(moment: Pick<MissionMoment, 'livedUpToMission'>): string {
  return moment.livedUpToMission ? 'Lived up to our CX mission' : 'Missed our CX mission';
}
