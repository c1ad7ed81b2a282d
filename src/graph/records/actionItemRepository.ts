import type { ActionItemId, MeetingId, MemberId } from '../../domain/ids';
import type { ActionItem } from '../../domain/records';
import type { StoredRecord } from './errors';
import { actionItemMapper } from './mappers/actionItemMapper';
import { createRecordStore } from './recordStore';
import type { RecordQueryResult } from './recordStore';
import type { RecordsContext } from './recordsSite';

/**
 * The "CX Action Items" list. The Planner task is not enough on its own: it has no place for the
 * action's source (meeting, occurrence, decision, Mission Moment) that carry-over and the decision
 * log need, and Planner offers no idempotency key, so without this record a retried publish could
 * not tell which tasks it already created. The task keeps the live status (read back from
 * Planner); this list keeps the action's id, source, and the task's id.
 */
export interface ActionItemRepository {
  read(actionItemId: ActionItemId): Promise<StoredRecord<ActionItem> | undefined>;
  forMeeting(meetingId: MeetingId): Promise<RecordQueryResult<ActionItem>>;
  byOwner(owner: MemberId): Promise<RecordQueryResult<ActionItem>>;
  byPlannerTask(plannerTaskId: string): Promise<StoredRecord<ActionItem> | undefined>;
  append(action: ActionItem): Promise<StoredRecord<ActionItem>>;
  appendMany(actions: readonly ActionItem[]): Promise<StoredRecord<ActionItem>[]>;
  /** @throws RecordConflictError when someone changed the action in between. */
  update(current: StoredRecord<ActionItem>, next: ActionItem): Promise<StoredRecord<ActionItem>>;
}

export function createActionItemRepository(context: RecordsContext): ActionItemRepository {
  const store = createRecordStore(context, actionItemMapper);
  return {
    read: (actionItemId) => store.readByKey(actionItemId),
    forMeeting: (meetingId) => store.query({ MeetingId: meetingId }),
    byOwner: (owner) => store.query({ Owner: owner }),
    byPlannerTask: async (plannerTaskId) =>
      (await store.query({ PlannerTaskId: plannerTaskId })).records[0],
    append: (action) => store.create(action),
    appendMany: (actions) => store.createMany(actions),
    update: (current, next) => store.update(current, next),
  };
}
