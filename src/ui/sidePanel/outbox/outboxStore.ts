import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { EntrySyncState } from '../../../domain/meetingPanel';
import type { MeetingEntryValue, MeetingPanelData, MeetingRef } from '../../../graph/meetingPanel';

/**
 * The side panel's outbox in IndexedDB: every captured entry is written here before anything is
 * sent, so closing the panel, reloading it or losing the network loses nothing. Entries stay after
 * they are synced (marked so), which lets the panel show each one's state across reloads. The last
 * meeting the panel read is kept too, so a panel reopened offline still shows its agenda.
 */

/** One captured entry and where it stands. */
export interface OutboxEntry {
  /** The entry's domain id (decision, action or Mission Moment id). */
  readonly id: string;
  /** `groupId|cadenceId`: the panel lists a cadence's entries even before it knows the meeting. */
  readonly cadenceKey: string;
  readonly meeting: MeetingRef;
  readonly entry: MeetingEntryValue;
  /** ISO 8601 instant the person saved it. */
  readonly savedAt: string;
  readonly state: EntrySyncState;
  /** Sync attempts that failed so far. */
  readonly failedAttempts: number;
  /** Why the last attempt failed, in words. */
  readonly problem?: string;
}

/** The last meeting the panel read, for showing it again without Graph. */
export interface PanelSnapshot {
  /** `groupId|cadenceId|occurrenceId or "current"`. */
  readonly key: string;
  /** ISO 8601 instant it was read. */
  readonly readAt: string;
  readonly data: MeetingPanelData;
}

interface OutboxSchema extends DBSchema {
  entries: { key: string; value: OutboxEntry; indexes: { byCadence: string } };
  panels: { key: string; value: PanelSnapshot };
}

export interface Outbox {
  /** A cadence's entries, oldest first. */
  entriesOf(cadenceKey: string): Promise<OutboxEntry[]>;
  /** Writes entries (new or changed) in one transaction. */
  put(entries: readonly OutboxEntry[]): Promise<void>;
  readPanel(key: string): Promise<PanelSnapshot | undefined>;
  writePanel(snapshot: PanelSnapshot): Promise<void>;
  close(): void;
}

/** The database's name in the browser (one per origin). */
export const OUTBOX_DB_NAME = 'cx-cadence-side-panel';
const OUTBOX_DB_VERSION = 1;

/** `groupId|cadenceId`. */
export function cadenceKeyOf(groupId: string, cadenceId: string): string {
  return `${groupId}|${cadenceId}`;
}

/** Opens (creating on first use) the outbox in the browser's IndexedDB. */
export async function openOutbox(name: string = OUTBOX_DB_NAME): Promise<Outbox> {
  const db: IDBPDatabase<OutboxSchema> = await openDB<OutboxSchema>(name, OUTBOX_DB_VERSION, {
    upgrade(database) {
      const entries = database.createObjectStore('entries', { keyPath: 'id' });
      entries.createIndex('byCadence', 'cadenceKey');
      database.createObjectStore('panels', { keyPath: 'key' });
    },
  });
  return {
    entriesOf: async (cadenceKey) =>
      (await db.getAllFromIndex('entries', 'byCadence', cadenceKey)).sort((left, right) =>
        left.savedAt.localeCompare(right.savedAt),
      ),
    put: async (entries) => {
      const transaction = db.transaction('entries', 'readwrite');
      await Promise.all([
        ...entries.map((entry) => transaction.store.put(entry)),
        transaction.done,
      ]);
    },
    readPanel: (key) => db.get('panels', key),
    writePanel: async (snapshot) => {
      await db.put('panels', snapshot);
    },
    close: () => db.close(),
  };
}
