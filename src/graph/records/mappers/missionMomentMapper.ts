import { captureMissionMoment } from '../../../domain/records';
import type { MissionMoment, MissionMomentInput } from '../../../domain/records';
import type { RecordMapper } from '../listItemMapping';

export const missionMomentMapper: RecordMapper<MissionMoment> = {
  list: 'missionMoments',
  noun: 'Mission Moment',
  keyOf: (moment) => moment.id,
  titleOf: (moment) => moment.story,
  columnsOf: (moment) => ({
    MeetingId: moment.meetingId,
    OccurrenceId: moment.occurrenceId,
    Presenter: moment.presenterId,
    LivedUpToMission: moment.livedUpToMission,
    CapturedAt: moment.capturedAt,
  }),
  // The same validation as capture: a stored moment must still be one the side panel accepts.
  parse: (json) => captureMissionMoment(json as MissionMomentInput),
};
