import { missionMomentOutcomeLabel } from '../records';
import type { MeetingRecord, MissionMoment } from '../records';
import type { TimeZoneName } from '../timeZone';
import { memberNameOf } from './memberDirectory';
import type { MemberDirectory } from './memberDirectory';
import { calendarDateIn } from './teamCalendar';

/**
 * How the library is read:
 * - `all`: every story;
 * - `celebrate`: the moments that lived up to the CX mission, to recognise who made them happen;
 * - `lessons`: the moments that missed it, to learn what to change.
 */
export type MissionMomentView = 'all' | 'celebrate' | 'lessons';

/** The views in the order the library offers them, with their names. */
export const MISSION_MOMENT_VIEWS: readonly { view: MissionMomentView; label: string }[] = [
  { view: 'all', label: 'All moments' },
  { view: 'celebrate', label: 'Celebrate: lived up' },
  { view: 'lessons', label: 'Lessons: missed' },
];

/** One story of the library with the names and date people read. */
export interface MissionMomentEntry {
  readonly moment: MissionMoment;
  readonly presenterName: string;
  /** "Lived up to our CX mission" or "Missed our CX mission". */
  readonly outcomeLabel: string;
  /** The meeting's day in the team's zone (`YYYY-MM-DD`); the capture day without a record. */
  readonly date: string;
}

export interface BuildMissionMomentLibraryOptions {
  readonly moments: readonly MissionMoment[];
  readonly members: MemberDirectory;
  readonly meetings: readonly Pick<MeetingRecord, 'id' | 'scheduledStart'>[];
  readonly timeZone: TimeZoneName;
}

/**
 * The Mission Moment library, newest meeting first (then newest capture, then id: a stable
 * order). Returns a new array.
 */
export function buildMissionMomentLibrary(
  options: BuildMissionMomentLibraryOptions,
): MissionMomentEntry[] {
  const startOf = new Map(options.meetings.map((meeting) => [meeting.id, meeting.scheduledStart]));
  const withStart = options.moments.map((moment) => {
    const start = startOf.get(moment.meetingId) ?? moment.capturedAt;
    const entry: MissionMomentEntry = {
      moment,
      presenterName: memberNameOf(options.members, moment.presenterId),
      outcomeLabel: missionMomentOutcomeLabel(moment),
      date: calendarDateIn(start, options.timeZone),
    };
    return { entry, startMs: Date.parse(start) };
  });
  return withStart
    .sort(
      (a, b) =>
        b.startMs - a.startMs ||
        Date.parse(b.entry.moment.capturedAt) - Date.parse(a.entry.moment.capturedAt) ||
        (a.entry.moment.id < b.entry.moment.id ? -1 : 1),
    )
    .map(({ entry }) => entry);
}

/** True when the moment belongs in the view. */
export function isInView(moment: Pick<MissionMoment, 'livedUpToMission'>, view: MissionMomentView) {
  if (view === 'all') return true;
  return moment.livedUpToMission === (view === 'celebrate');
}

/** The entries of one view, in the order given. */
export function missionMomentsInView(
  entries: readonly MissionMomentEntry[],
  view: MissionMomentView,
): MissionMomentEntry[] {
  return entries.filter((entry) => isInView(entry.moment, view));
}

/** How many stories lived up to the mission and how many missed it; `lived + missed = total`. */
export interface MissionMomentOutcomes {
  readonly total: number;
  readonly lived: number;
  readonly missed: number;
}

export function missionMomentOutcomes(
  moments: readonly Pick<MissionMoment, 'livedUpToMission'>[],
): MissionMomentOutcomes {
  const lived = moments.filter((moment) => moment.livedUpToMission).length;
  return { total: moments.length, lived, missed: moments.length - lived };
}
