import { DateTime } from 'luxon';
import { agendaSchedule } from '../agenda';
import type { AgendaSlot } from '../agenda';
import { cadenceOccurrences } from '../cadence';
import type { Cadence } from '../cadence';
import type { MemberId, OccurrenceId } from '../ids';
import { rotaPresenterOf } from '../meetingPanel/presenter';
import type { PresenterSource } from '../meetingPanel/presenter';

/** How far ahead the next meeting is looked for: a quarterly cadence fits with room to spare. */
export const NEXT_MEETING_HORIZON_DAYS = 400;
/** Luxon format of the next meeting's date: "Tuesday 10 March 2026". */
export const NEXT_MEETING_DATE_FORMAT = 'cccc d LLLL yyyy';
/** Luxon format of its times: "08:00". */
export const NEXT_MEETING_TIME_FORMAT = 'HH:mm';

export interface NextMeetingOptions {
  readonly cadence: Cadence;
  /** The moment to look from; meetings starting at or before it are past. */
  readonly now: Date;
  /** BCP 47 locale for the date; default `en-GB`. */
  readonly locale?: string;
}

/** The cadence's coming meeting as the meeting tab shows it. */
export interface NextMeeting {
  readonly occurrenceId: OccurrenceId;
  /** `YYYY-MM-DDTHH:mm:ssZ`. */
  readonly utcStart: string;
  /** "Tuesday 10 March 2026", in the cadence's zone. */
  readonly dateLabel: string;
  /** "08:00–09:00 GMT-7" (en-GB) or "08:00–09:00 PDT" (en-US), in the cadence's zone. */
  readonly timeLabel: string;
  /** The IANA zone the labels are in, e.g. `America/Los_Angeles`. */
  readonly timeZone: string;
  /** The agenda with its time boxes and wall-clock times. */
  readonly agenda: readonly AgendaSlot[];
  /** The Mission Moment presenter by the rotation; `undefined` when nobody is available. */
  readonly presenterId: MemberId | undefined;
  /** `'override'` or `'rotation'`: no invite is read here. */
  readonly presenterReason: PresenterSource | undefined;
}

/**
 * The cadence's first meeting that starts after `now`, with its date and times in the cadence's
 * zone, its agenda's time boxes and its Mission Moment presenter; `undefined` when the series has
 * ended (or has no meeting within {@link NEXT_MEETING_HORIZON_DAYS}).
 *
 * The presenter is the rotation's choice over the series from its first meeting, with the
 * cadence's overrides (swaps and volunteers). Out-of-office days are not known here, so a member
 * the scheduling flow skipped for being away that day can show; the invite names who was chosen.
 *
 * @example A cadence every other Tuesday at 08:00 "Pacific Standard Time" from 2026-03-10, seen
 * at 2026-03-11T12:00:00Z → the meeting of 2026-03-24 (after the US switch to daylight time):
 * dateLabel 'Tuesday 24 March 2026', timeLabel '08:00–09:00 GMT-7' (the en-GB default names the
 * offset; with locale `en-US` it reads '08:00–09:00 PDT'), utcStart '2026-03-24T15:00:00Z'.
 */
export function nextMeetingOf(options: NextMeetingOptions): NextMeeting | undefined {
  const { cadence, now } = options;
  const from = DateTime.fromJSDate(now, { zone: 'utc' });
  const upcoming = cadenceOccurrences(cadence, {
    window: { from: isoOf(from), to: isoOf(from.plus({ days: NEXT_MEETING_HORIZON_DAYS })) },
  }).find((occurrence) => Date.parse(occurrence.utcStart) > now.getTime());
  if (!upcoming) return undefined;
  const locale = options.locale ?? 'en-GB';
  const start = DateTime.fromISO(upcoming.utcStart, { zone: upcoming.timeZone }).setLocale(locale);
  const end = DateTime.fromISO(upcoming.utcEnd, { zone: upcoming.timeZone }).setLocale(locale);
  const presenter = rotaPresenterOf(cadence, upcoming);
  return {
    occurrenceId: upcoming.id,
    utcStart: upcoming.utcStart,
    dateLabel: start.toFormat(NEXT_MEETING_DATE_FORMAT),
    timeLabel: `${start.toFormat(NEXT_MEETING_TIME_FORMAT)}–${end.toFormat(NEXT_MEETING_TIME_FORMAT)} ${start.toFormat('ZZZZ')}`,
    timeZone: upcoming.timeZone,
    agenda: agendaSchedule(cadence.agenda, start.toFormat(NEXT_MEETING_TIME_FORMAT)),
    presenterId: presenter.memberId,
    presenterReason: presenter.memberId === undefined ? undefined : presenter.source,
  };
}

function isoOf(moment: DateTime): string {
  return moment.toISO({ suppressMilliseconds: true }) ?? '';
}
