import type { DecisionId, MeetingId } from '../../domain/ids';
import type { Decision, DecisionStatus } from '../../domain/records';
import type { StoredRecord } from './errors';
import { decisionMapper } from './mappers/decisionMapper';
import { createRecordStore } from './recordStore';
import type { RecordQueryResult } from './recordStore';
import type { RecordsContext } from './recordsSite';

/**
 * The "CX Decisions" list, one item per decision. Recording a decision is an append (a new item
 * keyed by the decision's id), so people capturing decisions at the same time never lose one, and
 * a retried append never duplicates. Approving, rejecting or deferring later is an update under
 * `If-Match`.
 */
export interface DecisionRepository {
  read(decisionId: DecisionId): Promise<StoredRecord<Decision> | undefined>;
  forMeeting(meetingId: MeetingId): Promise<RecordQueryResult<Decision>>;
  /** E.g. every decision still pending approval or deferred, for carry-over. */
  withStatus(status: DecisionStatus): Promise<RecordQueryResult<Decision>>;
  /**
   * @throws RecordConflictError when a different decision is already stored under its id.
   */
  append(decision: Decision): Promise<StoredRecord<Decision>>;
  /** One lookup and one `$batch` for all of them. */
  appendMany(decisions: readonly Decision[]): Promise<StoredRecord<Decision>[]>;
  /** @throws RecordConflictError when someone changed the decision in between. */
  update(current: StoredRecord<Decision>, next: Decision): Promise<StoredRecord<Decision>>;
}

export function createDecisionRepository(context: RecordsContext): DecisionRepository {
  const store = createRecordStore(context, decisionMapper);
  return {
    read: (decisionId) => store.readByKey(decisionId),
    forMeeting: (meetingId) => store.query({ MeetingId: meetingId }),
    withStatus: (status) => store.query({ Status: status }),
    append: (decision) => store.create(decision),
    appendMany: (decisions) => store.createMany(decisions),
    update: (current, next) => store.update(current, next),
  };
}
