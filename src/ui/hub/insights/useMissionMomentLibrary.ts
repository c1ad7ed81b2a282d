import { useMemo, useState } from 'react';
import {
  buildMissionMomentLibrary,
  memberDirectory,
  missionMomentOutcomes,
  missionMomentsInView,
  teamTimeZone,
} from '../../../domain/insights';
import type {
  MissionMomentEntry,
  MissionMomentOutcomes,
  MissionMomentView,
  NamedMember,
} from '../../../domain/insights';
import type { TeamInsightRecords } from '../../../graph/insights';

export interface MissionMomentLibraryView {
  readonly all: readonly MissionMomentEntry[];
  readonly visible: readonly MissionMomentEntry[];
  readonly outcomes: MissionMomentOutcomes;
  readonly view: MissionMomentView;
  setView(view: MissionMomentView): void;
}

/** The library of the records read and the view the person chose (all, celebrate, lessons). */
export function useMissionMomentLibrary(input: {
  readonly records: TeamInsightRecords;
  readonly members: readonly NamedMember[];
}): MissionMomentLibraryView {
  const { records, members } = input;
  const all = useMemo(
    () =>
      buildMissionMomentLibrary({
        moments: records.missionMoments,
        members: memberDirectory(members),
        meetings: records.meetings,
        timeZone: teamTimeZone(records.cadences),
      }),
    [records, members],
  );
  const [view, setView] = useState<MissionMomentView>('all');
  const visible = useMemo(() => missionMomentsInView(all, view), [all, view]);
  const outcomes = useMemo(() => missionMomentOutcomes(records.missionMoments), [records]);
  return { all, visible, outcomes, view, setView };
}
