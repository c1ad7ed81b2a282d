import { DateTime } from 'luxon';
import type { MeetingRecord } from '../records/meetingRecord';
import { resolveIanaZone } from '../timeZone';

/**
 * Where a meeting's summary publication stands, as far as the review screen and the meeting tab
 * need it. Structurally the records' `SummaryPublication`, so the domain stays free of Graph types.
 */
export interface PublicationState {
  readonly state: 'notPublished' | 'inProgress' | 'published';
  readonly completedSteps: readonly string[];
  readonly publishedAt?: string;
}

/** A meeting and its publication: the records' meeting entry, structurally. */
export interface PublishedMeetingCandidate {
  readonly record: Pick<MeetingRecord, 'scheduledStart'>;
  readonly summary: Pick<PublicationState, 'state'>;
}

/** Names of the steps recorded in `completedSteps`, in publishing order. */
export const PUBLICATION_STEPS = {
  chat: 'chatPosted',
  mail: 'mailSent',
  tasks: 'tasksCreated',
} as const;

export type PublicationStepKey = keyof typeof PUBLICATION_STEPS;

/**
 * The most recent meeting (by scheduled start) whose summary is published; `undefined` when none
 * is. Meetings in any order; unparseable starts sort first, so they never win.
 */
export function lastPublishedMeeting<T extends PublishedMeetingCandidate>(
  meetings: readonly T[],
): T | undefined {
  let latest: T | undefined;
  let latestStart = Number.NEGATIVE_INFINITY;
  for (const meeting of meetings) {
    if (meeting.summary.state !== 'published') continue;
    const start = Date.parse(meeting.record.scheduledStart);
    const at = Number.isNaN(start) ? Number.NEGATIVE_INFINITY : start;
    if (latest === undefined || at > latestStart) {
      latest = meeting;
      latestStart = at;
    }
  }
  return latest;
}

export interface DescribePublicationOptions {
  readonly publication: PublicationState;
  /** The team's zone (Windows or IANA) the time is shown in. */
  readonly timeZone: string;
  /** BCP 47; default `en-GB`. */
  readonly locale?: string;
}

/** Where each step went, in words: "the meeting chat", "mail", "Planner". */
export const PUBLICATION_STEP_PLACES: Readonly<Record<PublicationStepKey, string>> = {
  chat: 'the meeting chat',
  mail: 'mail',
  tasks: 'Planner',
};

/**
 * One sentence on the publication, for the review screen's status line.
 *
 * @example published at 2026-03-02T16:05:00Z, all three steps, in "GMT Standard Time" →
 * 'Published on Monday 2 March 2026 at 16:05 GMT to the meeting chat, mail and Planner.'
 */
export function describePublication(options: DescribePublicationOptions): string {
  const { publication } = options;
  if (publication.state === 'notPublished') return 'Not published yet.';
  const places = stepsDone(publication).map((step) => PUBLICATION_STEP_PLACES[step]);
  const where = places.length > 0 ? ` to ${joinWithAnd(places)}` : '';
  if (publication.state === 'inProgress') {
    return places.length > 0
      ? `Partly published${where}. Publish again to finish: nothing is posted twice.`
      : 'Publishing started but did not finish. Publish again to finish: nothing is posted twice.';
  }
  const when = publication.publishedAt ? ` on ${formatMoment(options)}` : '';
  return `Published${when}${where}.`;
}

/** The steps a publication recorded as done, in publishing order. */
export function stepsDone(
  publication: Pick<PublicationState, 'completedSteps'>,
): PublicationStepKey[] {
  return (Object.keys(PUBLICATION_STEPS) as PublicationStepKey[]).filter((step) =>
    publication.completedSteps.includes(PUBLICATION_STEPS[step]),
  );
}

function formatMoment(options: DescribePublicationOptions): string {
  const zone = resolveIanaZone(options.timeZone);
  const moment = DateTime.fromISO(options.publication.publishedAt ?? '', { zone }).setLocale(
    options.locale ?? 'en-GB',
  );
  return moment.isValid ? moment.toFormat("cccc d LLLL yyyy 'at' HH:mm ZZZZ") : 'an unknown date';
}

function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
