import { cadenceOccurrences } from '../cadence/cadence';
import type { Cadence } from '../cadence/cadence';
import { htmlToText } from '../htmlText';
import type { MemberId } from '../ids';
import type { Occurrence } from '../recurrence';
import { assignMissionMomentPresenters } from '../rotation';

/**
 * Who tells this meeting's Mission Moment. The scheduling flow writes each occurrence's presenter
 * into that occurrence's invite ("Mission Moment — told by Dana Kim"), after skipping people out of
 * office that day; that invite is what attendees read, so it is the first source. Without it (the
 * invite is not in the person's calendar, or says "to be confirmed") the cadence's rota decides:
 * a fixed override for the meeting, else the fair rotation from the series' first meeting.
 */

/** Where the presenter shown came from. */
export type PresenterSource = 'invite' | 'override' | 'rotation';

export interface MissionMomentPresenter {
  /** `undefined` when nobody is due (everyone away, or an empty rotation). */
  readonly memberId: MemberId | undefined;
  readonly source: PresenterSource;
}

/** A member as the presenter lookup needs them. */
export interface NamedMember {
  readonly id: MemberId;
  readonly displayName: string;
}

/**
 * The presenter the cadence's rota gives the occurrence: its override when one is fixed, else the
 * domain's fair rotation over the series from its first meeting (no one is skipped for being out
 * of office here: the panel does not read everyone's calendars; the invite carries that).
 */
export function rotaPresenterOf(
  cadence: Cadence,
  occurrence: Pick<Occurrence, 'id' | 'sequence'>,
): MissionMomentPresenter {
  const override = cadence.rotation.overrides.find((o) => o.occurrenceId === occurrence.id);
  if (override) return { memberId: override.memberId, source: 'override' };
  if (cadence.rotation.memberIds.length === 0) return { memberId: undefined, source: 'rotation' };
  const series = cadenceOccurrences(cadence, { maxCount: occurrence.sequence + 1 });
  const assignments = assignMissionMomentPresenters({
    members: cadence.rotation.memberIds,
    occurrences: series.map((o) => ({ occurrenceId: o.id, date: o.localStart.slice(0, 10) })),
    overrides: cadence.rotation.overrides.filter((o) =>
      series.some((s) => s.id === o.occurrenceId),
    ),
  });
  const assignment = assignments.find((a) => a.occurrenceId === occurrence.id);
  return { memberId: assignment?.presenterId, source: 'rotation' };
}

/**
 * The member an invite's text names as Mission Moment presenter ("told by Dana Kim"), matching
 * display names exactly; the longest name wins when one name starts another ("Sam Lee" and "Sam
 * Leeds"). `undefined` when no member is named (e.g. "presenter to be confirmed").
 *
 * @param inviteText the invite body as plain text (tags removed, entities decoded).
 */
export function presenterNamedInInvite(
  inviteText: string,
  members: readonly NamedMember[],
): MemberId | undefined {
  const text = inviteText.replace(/\s+/g, ' ');
  const named = members
    .filter((member) => member.displayName.trim() !== '')
    .filter((member) => isNamedAfterToldBy(text, member.displayName.trim()))
    .sort((left, right) => right.displayName.length - left.displayName.length);
  return named[0]?.id;
}

function isNamedAfterToldBy(text: string, name: string): boolean {
  const phrase = `told by ${name}`;
  let at = text.indexOf(phrase);
  while (at !== -1) {
    const after = text.charAt(at + phrase.length);
    // The name must end there: "told by Sam Lee" does not name "Sam Le".
    if (!/[\p{L}\p{N}]/u.test(after)) return true;
    at = text.indexOf(phrase, at + 1);
  }
  return false;
}

/**
 * An invite body's HTML as the words a person reads: enough to find a name in it; never used to
 * render anything.
 */
export const inviteTextOf = htmlToText;

/** The presenter to show: the invite's when it names a member, else the rota's. */
export function missionMomentPresenter(options: {
  readonly cadence: Cadence;
  readonly occurrence: Pick<Occurrence, 'id' | 'sequence'>;
  /** The occurrence's invite as plain text, when the person's calendar has it. */
  readonly inviteText?: string;
  readonly members: readonly NamedMember[];
}): MissionMomentPresenter {
  const fromInvite =
    options.inviteText === undefined
      ? undefined
      : presenterNamedInInvite(options.inviteText, options.members);
  if (fromInvite) return { memberId: fromInvite, source: 'invite' };
  return rotaPresenterOf(options.cadence, options.occurrence);
}
