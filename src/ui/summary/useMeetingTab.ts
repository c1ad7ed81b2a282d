import { useCallback, useEffect, useState } from 'react';
import type { CadenceId } from '../../domain/ids';
import type { NextMeeting } from '../../domain/summaryReview';
import { nextMeetingOf } from '../../domain/summaryReview';
import { loadMeetingTab } from '../../graph/summary';
import type { MeetingTab } from '../../graph/summary';
import type { CxWorkspace } from '../../graph/workspace';

export type MeetingTabState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown; retry(): void }
  | {
      readonly status: 'ready';
      readonly tab: MeetingTab;
      readonly next: NextMeeting | undefined;
      /** Display names by member id. */
      readonly names: ReadonlyMap<string, string>;
    };

/** Loads the meeting tab's cadence, last published summary and next meeting (clock read once). */
export function useMeetingTab(input: {
  readonly workspace: CxWorkspace;
  readonly cadenceId: CadenceId;
  readonly now: () => Date;
  /** Loads the tab; default `loadMeetingTab` over the workspace (tests give a fake). */
  readonly load?: (workspace: CxWorkspace, cadenceId: CadenceId) => Promise<MeetingTab>;
}): MeetingTabState {
  const { workspace, cadenceId, now } = input;
  const load = input.load ?? defaultLoad;
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<MeetingTabState>({ status: 'loading' });
  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load(workspace, cadenceId)
      .then((tab) => {
        if (!current) return;
        const next = nextMeetingOf({ cadence: tab.cadence.cadence, now: now() });
        const names = new Map(tab.members.map((member) => [member.id, member.displayName]));
        setState({ status: 'ready', tab, next, names });
      })
      .catch((error: unknown) => {
        if (current) setState({ status: 'failed', error, retry });
      });
    return () => {
      current = false;
    };
    // `now` and `load` are read when the tab (re)loads; a new function identity is no reason to.
  }, [workspace, cadenceId, attempt, retry]);

  return state;
}

function defaultLoad(workspace: CxWorkspace, cadenceId: CadenceId): Promise<MeetingTab> {
  return loadMeetingTab({ workspace, cadenceId });
}
