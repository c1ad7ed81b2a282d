import { useCallback, useEffect, useRef, useState } from 'react';
import { readTeamInsights } from '../../../graph/insights';
import type { InsightPart, TeamInsightRecords } from '../../../graph/insights';
import type { CxWorkspace } from '../../../graph/workspace';

/**
 * - `loading`: the first read is under way.
 * - `failed`: `error` says why; `retry` reads again.
 * - `ready`: `records`, read at `readAt`; `refresh` reads again while the old records stay shown.
 */
export type InsightRecordsState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown; retry(): void }
  | {
      readonly status: 'ready';
      readonly records: TeamInsightRecords;
      readonly readAt: Date;
      readonly isRefreshing: boolean;
      readonly refreshError: unknown;
      refresh(): void;
    };

export interface InsightRecordsOptions {
  readonly workspace: CxWorkspace;
  /** The lists the section shows; keep the array stable (a module constant). */
  readonly parts: readonly InsightPart[];
  readonly now: () => Date;
}

/** Reads the records a section needs when it appears, and again on `refresh`/`retry`. */
export function useInsightRecords(options: InsightRecordsOptions): InsightRecordsState {
  const { workspace, parts, now } = options;
  const [loaded, setLoaded] = useState<{ records: TeamInsightRecords; readAt: Date }>();
  const [error, setError] = useState<unknown>(undefined);
  const [attempt, setAttempt] = useState(0);
  const [isReading, setIsReading] = useState(true);
  // The hub may pass a new `now` function on every render: reading it must not start a new read.
  const clock = useRef(now);
  useEffect(() => {
    clock.current = now;
  }, [now]);

  useEffect(() => {
    let isCurrent = true;
    setIsReading(true);
    readTeamInsights(workspace, { parts }).then(
      (records) => {
        if (!isCurrent) return;
        setLoaded({ records, readAt: clock.current() });
        setError(undefined);
        setIsReading(false);
      },
      (failure: unknown) => {
        if (!isCurrent) return;
        setError(failure ?? new Error('Reading the records failed'));
        setIsReading(false);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [workspace, parts, attempt]);

  const again = useCallback(() => setAttempt((count) => count + 1), []);
  if (loaded) {
    return {
      status: 'ready',
      ...loaded,
      isRefreshing: isReading,
      refreshError: isReading ? undefined : error,
      refresh: again,
    };
  }
  if (error !== undefined && !isReading) return { status: 'failed', error, retry: again };
  return { status: 'loading' };
}
