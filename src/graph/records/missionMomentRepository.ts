import type { MeetingId, MemberId, MissionMomentId } from '../../domain/ids';
import type { MissionMoment } from '../../domain/records';
import type { StoredRecord } from './errors';
import { missionMomentMapper } from './mappers/missionMomentMapper';
import { createRecordStore } from './recordStore';
import type { RecordQueryResult } from './recordStore';
import type { RecordsContext } from './recordsSite';

/** The "CX Mission Moments" list: the team's library of stories, one item per moment. */
export interface MissionMomentRepository {
  read(missionMomentId: MissionMomentId): Promise<StoredRecord<MissionMoment> | undefined>;
  forMeeting(meetingId: MeetingId): Promise<RecordQueryResult<MissionMoment>>;
  /** Everything a member has told: the rotation's history and their library. */
  byPresenter(presenterId: MemberId): Promise<RecordQueryResult<MissionMoment>>;
  /** An append keyed by the moment's id: never lost, never duplicated. */
  append(moment: MissionMoment): Promise<StoredRecord<MissionMoment>>;
  /** @throws RecordConflictError when someone changed the moment in between. */
  update(
    current: StoredRecord<MissionMoment>,
    next: MissionMoment,
  ): Promise<StoredRecord<MissionMoment>>;
}

export function createMissionMomentRepository(context: RecordsContext): MissionMomentRepository {
  const store = createRecordStore(context, missionMomentMapper);
  return {
    read: (missionMomentId) => store.readByKey(missionMomentId),
    forMeeting: (meetingId) => store.query({ MeetingId: meetingId }),
    byPresenter: (presenterId) => store.query({ Presenter: presenterId }),
    append: (moment) => store.create(moment),
    update: (current, next) => store.update(current, next),
  };
}
