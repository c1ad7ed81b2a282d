import type { CadenceId } from '../../domain/ids';
import type { StoredRecord } from './errors';
import { cadenceMapper } from './mappers/cadenceMapper';
import type { CadenceRecord } from './mappers/cadenceMapper';
import { createRecordStore } from './recordStore';
import type { RecordQueryResult } from './recordStore';
import type { RecordsContext } from './recordsSite';

/**
 * The "CX Cadences" list: each cadence with its version and the Outlook series id the scheduling
 * flow returned, so a later change or cancellation finds the series.
 */
export interface CadenceRepository {
  read(cadenceId: CadenceId): Promise<StoredRecord<CadenceRecord> | undefined>;
  /** The cadence a series master event belongs to (e.g. from the meeting side panel). */
  findBySeriesId(seriesId: string): Promise<StoredRecord<CadenceRecord> | undefined>;
  list(): Promise<RecordQueryResult<CadenceRecord>>;
  /** Idempotent: the same cadence saved twice is one item. */
  create(record: CadenceRecord): Promise<StoredRecord<CadenceRecord>>;
  /** @throws RecordConflictError when someone saved the cadence in between. */
  update(
    current: StoredRecord<CadenceRecord>,
    next: CadenceRecord,
  ): Promise<StoredRecord<CadenceRecord>>;
  /** Persists the series id the scheduling flow returned (a no-op write when already stored). */
  recordSeriesId(
    current: StoredRecord<CadenceRecord>,
    seriesId: string,
  ): Promise<StoredRecord<CadenceRecord>>;
}

export function createCadenceRepository(context: RecordsContext): CadenceRepository {
  const store = createRecordStore(context, cadenceMapper);
  return {
    read: (cadenceId) => store.readByKey(cadenceId),
    findBySeriesId: async (seriesId) => (await store.query({ SeriesId: seriesId })).records[0],
    list: () => store.query({}),
    create: (record) => store.create(record),
    update: (current, next) => store.update(current, next),
    recordSeriesId: async (current, seriesId) =>
      current.value.seriesId === seriesId
        ? current
        : store.update(current, { ...current.value, seriesId }),
  };
}
