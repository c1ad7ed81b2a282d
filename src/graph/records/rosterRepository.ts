import type { Charter, CharterRole, Department } from '../../domain/charter';
import { isSameRecord } from './listItemMapping';
import { rosterMapper } from './mappers/rosterMapper';
import { createRecordStore } from './recordStore';
import type { RecordQueryResult } from './recordStore';
import type { RecordsContext } from './recordsSite';

/** What a roster sync changed, by role id. */
export interface RosterSyncReport {
  readonly created: readonly string[];
  readonly updated: readonly string[];
  readonly removed: readonly string[];
}

/**
 * The "CX Roster" list: one item per charter role with its department and members, for people
 * browsing the team in SharePoint and for filtering roles by department. The charter is the
 * source of truth (roles and the decision-rights matrix are validated and saved together, under
 * one ETag); the roster follows it through {@link RosterRepository.syncFromCharter}, called after
 * the charter is saved. A failed sync is repaired by the next one.
 */
export interface RosterRepository {
  list(): Promise<RecordQueryResult<CharterRole>>;
  byDepartment(department: Department): Promise<RecordQueryResult<CharterRole>>;
  /**
   * Makes the roster match the charter's roles: one read, then only the roles that differ are
   * created, updated (with `If-Match`) or removed. A roster already in step costs one request.
   */
  syncFromCharter(charter: Pick<Charter, 'roles'>): Promise<RosterSyncReport>;
}

export function createRosterRepository(context: RecordsContext): RosterRepository {
  const store = createRecordStore(context, rosterMapper);
  return {
    list: () => store.query({}),
    byDepartment: (department) => store.query({ Department: department }),
    syncFromCharter: async (charter) => {
      const { records } = await store.query({});
      const stored = new Map(records.map((record) => [record.value.id as string, record]));
      const wanted = new Map(charter.roles.map((role) => [role.id as string, role]));
      const toCreate = charter.roles.filter((role) => !stored.has(role.id));
      const toUpdate = records.filter((record) => {
        const role = wanted.get(record.value.id);
        return role !== undefined && !isSameRecord(role, record.value);
      });
      const toRemove = records.filter((record) => !wanted.has(record.value.id));
      await Promise.all([
        toCreate.length > 0 ? store.createMany(toCreate) : Promise.resolve([]),
        ...toUpdate.map((record) =>
          store.update(record, wanted.get(record.value.id) as CharterRole),
        ),
        ...toRemove.map((record) => store.remove(record)),
      ]);
      return {
        created: toCreate.map((role) => role.id),
        updated: toUpdate.map((record) => record.value.id),
        removed: toRemove.map((record) => record.value.id),
      };
    },
  };
}
