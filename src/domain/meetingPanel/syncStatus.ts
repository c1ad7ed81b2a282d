/**
 * What the side panel says about saving: every entry is kept on the device first and then synced
 * to the team's records, so the person always knows whether closing the panel is safe (it always
 * is: the device keeps what is not yet synced) and whether the team can see an entry yet.
 */

/** One captured entry's place on the way to the team's records. */
export type EntrySyncState = 'waiting' | 'synced' | 'failed';

export interface SyncSummaryOptions {
  readonly entries: readonly { readonly state: EntrySyncState }[];
  /** The browser says it is online, and the last attempt did not fail for lack of network. */
  readonly isOnline: boolean;
  /** A sync is running now. */
  readonly isSyncing: boolean;
  /** Why the last sync failed, in words, when it failed for another reason than the network. */
  readonly lastProblem?: string;
}

/** The panel's sync line: a headline, an optional detail, and how it should look. */
export interface SyncSummary {
  readonly tone: 'success' | 'info' | 'warning' | 'error';
  readonly headline: string;
  readonly detail?: string;
}

export const ALL_SYNCED = 'All synced';
export const OFFLINE_HEADLINE = 'Offline — will sync when Graph answers';
export const NOTHING_CAPTURED =
  'Entries are saved on this device first, then to the team’s records';

/** "Saved on this device · 2 waiting to sync". */
export function waitingLine(waiting: number): string {
  return `Saved on this device · ${waiting} waiting to sync`;
}

/**
 * The sync line for the panel.
 *
 * @example 3 entries, 2 not synced, offline → `{ tone: 'warning', headline: 'Offline — will sync
 *   when Graph answers', detail: 'Saved on this device · 2 waiting to sync' }`
 */
export function summarizeSync(options: SyncSummaryOptions): SyncSummary {
  const unsynced = options.entries.filter((entry) => entry.state !== 'synced').length;
  const failed = options.entries.filter((entry) => entry.state === 'failed').length;
  if (options.entries.length === 0) return { tone: 'info', headline: NOTHING_CAPTURED };
  if (unsynced === 0) return { tone: 'success', headline: ALL_SYNCED };
  const detail = waitingLine(unsynced);
  if (!options.isOnline) return { tone: 'warning', headline: OFFLINE_HEADLINE, detail };
  if (options.isSyncing) return { tone: 'info', headline: 'Syncing…', detail };
  if (failed > 0 && options.lastProblem) {
    return { tone: 'error', headline: `Not synced yet: ${options.lastProblem}`, detail };
  }
  return { tone: 'info', headline: detail };
}

/** One entry's sync state in words, for its line in the panel. */
export function entrySyncLabel(state: EntrySyncState): string {
  switch (state) {
    case 'waiting':
      return 'Saved on this device, waiting to sync';
    case 'failed':
      return 'Saved on this device, not synced yet (will retry)';
    case 'synced':
      return 'Synced';
  }
}
