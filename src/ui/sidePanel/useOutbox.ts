import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { summarizeSync, type SyncSummary } from '../../domain/meetingPanel';
import { GraphNetworkError, GraphSignInError } from '../../graph/client';
import type { CxWorkspace } from '../../graph/workspace';
import type { MeetingEntryValue, MeetingRef } from '../../graph/meetingPanel/syncMeetingEntries';
import { describeProblem } from '../shell/problem';
import type { Outbox, OutboxEntry } from './outbox/outboxStore';

/** How often unsynced entries are tried again while the panel is open, in milliseconds. */
export const SYNC_RETRY_INTERVAL_MS = 20_000;

export interface UseOutboxOptions {
  /** `undefined` while the outbox opens. */
  readonly outbox: Outbox | undefined;
  readonly cadenceKey: string;
  /** The team's records to sync to; resolved on demand (it may need Graph). */
  readonly workspace: () => Promise<
    Pick<CxWorkspace, 'meetings' | 'decisions' | 'actions' | 'missionMoments'>
  >;
  /** Reads the clock: ISO instant. */
  readonly now: () => string;
}

export interface OutboxState {
  /** The cadence's entries on this device, oldest first; `undefined` while loading. */
  readonly entries: readonly OutboxEntry[] | undefined;
  readonly summary: SyncSummary;
  /** Saves an entry on the device, then syncs it. Resolves once it is safe on the device. */
  add(meeting: MeetingRef, entry: MeetingEntryValue): Promise<void>;
  /** Tries to sync now. */
  syncNow(): void;
}

/**
 * The side panel's outbox: entries are saved on the device first and synced when Graph answers,
 * after each save, when the browser comes back online, and every {@link SYNC_RETRY_INTERVAL_MS}
 * while something waits. One sync runs at a time; a sync asked for during one runs after it.
 */
export function useOutbox(options: UseOutboxOptions): OutboxState {
  const { outbox, cadenceKey, workspace, now } = options;
  const [entries, setEntries] = useState<readonly OutboxEntry[] | undefined>(undefined);
  const [isSyncing, setIsSyncing] = useState(false);
  const [isNetworkDown, setIsNetworkDown] = useState(false);
  const [isBrowserOnline, setIsBrowserOnline] = useState(() => navigator.onLine);
  const [lastProblem, setLastProblem] = useState<string | undefined>(undefined);
  const running = useRef(false);
  const again = useRef(false);
  const latest = useRef({ outbox, workspace, now, cadenceKey });
  latest.current = { outbox, workspace, now, cadenceKey };

  const sync = useCallback(async () => {
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    try {
      do {
        again.current = false;
        await syncOnce();
      } while (again.current);
    } finally {
      running.current = false;
      setIsSyncing(false);
    }

    async function syncOnce() {
      const { outbox: box, workspace: open, cadenceKey: key } = latest.current;
      if (!box) return;
      const pending = (await box.entriesOf(key)).filter((entry) => entry.state !== 'synced');
      if (pending.length === 0) return;
      setIsSyncing(true);
      let updated: OutboxEntry[];
      try {
        // The sync code is a chunk of its own: a panel with nothing to sync never fetches it.
        const [target, { syncMeetingEntries }] = await Promise.all([
          open(),
          import('../../graph/meetingPanel/syncMeetingEntries'),
        ]);
        updated = [];
        for (const group of byMeeting(pending)) {
          const report = await syncMeetingEntries({
            workspace: target,
            meeting: group[0]?.meeting as MeetingRef,
            entries: group.map((entry) => entry.entry),
          });
          const synced = new Set(report.synced);
          const failures = new Map(report.failed.map((failure) => [failure.id, failure.error]));
          updated.push(...group.map((entry) => settled(entry, synced, failures.get(entry.id))));
        }
      } catch (error) {
        updated = pending.map((entry) => settled(entry, new Set(), error));
      }
      await box.put(updated);
      const failure = updated.find((entry) => entry.state === 'failed');
      const networkDown = updated.some((entry) => entry.problem === NETWORK_PROBLEM);
      setIsNetworkDown(networkDown);
      setLastProblem(failure && !networkDown ? failure.problem : undefined);
      setEntries(await box.entriesOf(key));
    }
  }, []);

  useEffect(() => {
    if (!outbox) return;
    let isCurrent = true;
    void outbox.entriesOf(cadenceKey).then((loaded) => {
      if (!isCurrent) return;
      setEntries(loaded);
      if (loaded.some((entry) => entry.state !== 'synced')) void sync();
    });
    return () => {
      isCurrent = false;
    };
  }, [outbox, cadenceKey, sync]);

  const hasUnsynced = entries?.some((entry) => entry.state !== 'synced') ?? false;
  useEffect(() => {
    const online = () => {
      setIsBrowserOnline(true);
      void sync();
    };
    const offline = () => setIsBrowserOnline(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    const timer = hasUnsynced ? window.setInterval(() => void sync(), SYNC_RETRY_INTERVAL_MS) : 0;
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      if (timer) window.clearInterval(timer);
    };
  }, [sync, hasUnsynced]);

  const add = useCallback(
    async (meeting: MeetingRef, entry: MeetingEntryValue) => {
      const { outbox: box, now: clock, cadenceKey: key } = latest.current;
      if (!box) throw new Error('The panel is still opening this device’s storage: try again.');
      const saved: OutboxEntry = {
        id: entry.value.id,
        cadenceKey: key,
        meeting,
        entry,
        savedAt: clock(),
        state: 'waiting',
        failedAttempts: 0,
      };
      await box.put([saved]);
      setEntries((current) => [...(current ?? []).filter((e) => e.id !== saved.id), saved]);
      void sync();
    },
    [sync],
  );

  const summary = useMemo(
    () =>
      summarizeSync({
        entries: entries ?? [],
        isOnline: isBrowserOnline && !isNetworkDown,
        isSyncing,
        ...(lastProblem ? { lastProblem } : {}),
      }),
    [entries, isBrowserOnline, isNetworkDown, isSyncing, lastProblem],
  );

  const syncNow = useCallback(() => void sync(), [sync]);
  return { entries, summary, add, syncNow };
}

const NETWORK_PROBLEM = 'Microsoft Graph does not answer (no network?)';

/** The entry after a sync attempt. */
function settled(entry: OutboxEntry, synced: ReadonlySet<string>, error: unknown): OutboxEntry {
  if (synced.has(entry.id)) {
    const { problem: _problem, ...rest } = entry;
    return { ...rest, state: 'synced' };
  }
  return {
    ...entry,
    state: 'failed',
    failedAttempts: entry.failedAttempts + 1,
    problem: problemOf(error),
  };
}

function problemOf(error: unknown): string {
  if (error === undefined) return 'not synced yet';
  if (isNetworkFailure(error)) return NETWORK_PROBLEM;
  return describeProblem(error, 'sync this entry').message;
}

/**
 * No answer at all: offline, the sign-in service unreachable for the same reason, or the app's own
 * sync code not fetched (webpack's `ChunkLoadError`).
 */
function isNetworkFailure(error: unknown): boolean {
  return (
    error instanceof GraphNetworkError ||
    error instanceof GraphSignInError ||
    (error instanceof TypeError && /fetch|network/i.test(error.message)) ||
    (error instanceof Error && error.name === 'ChunkLoadError')
  );
}

function byMeeting(entries: readonly OutboxEntry[]): OutboxEntry[][] {
  const groups = new Map<string, OutboxEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.meeting.meetingId) ?? [];
    group.push(entry);
    groups.set(entry.meeting.meetingId, group);
  }
  return [...groups.values()];
}
