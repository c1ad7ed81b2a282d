import type { Charter } from '../../domain/charter';
import type { StoredRecord } from './errors';
import { CHARTER_RECORD_KEY, charterMapper } from './mappers/charterMapper';
import { createRecordStore } from './recordStore';
import type { RecordsContext } from './recordsSite';

/** The team's one charter, kept whole in the "CX Charter" list. */
export interface CharterRepository {
  /** The charter and its ETag, or `undefined` before the team saved one. One request. */
  read(): Promise<StoredRecord<Charter> | undefined>;
  /**
   * Saves the team's first charter; returns the stored one when the same charter is already there.
   * @throws ValidationError when the charter is invalid (nothing is written).
   * @throws RecordConflictError when another charter was saved first.
   */
  create(charter: Charter): Promise<StoredRecord<Charter>>;
  /**
   * Saves `next` over the version `current` was read as.
   * @throws RecordConflictError with both charters when someone saved in between.
   */
  update(current: StoredRecord<Charter>, next: Charter): Promise<StoredRecord<Charter>>;
}

export function createCharterRepository(context: RecordsContext): CharterRepository {
  const store = createRecordStore(context, charterMapper);
  return {
    read: () => store.readByKey(CHARTER_RECORD_KEY),
    create: (charter) => store.create(charter),
    update: (current, next) => store.update(current, next),
  };
}
