import { useCallback, useEffect, useState } from 'react';
import type { CadenceId } from '../../domain/ids';
import type { GraphClient } from '../../graph/client';
import {
  readMeetingPanel,
  type MeetingPanelAgenda,
  type MeetingPanelData,
} from '../../graph/meetingPanel/readMeetingPanel';
import type { Outbox } from './outbox/outboxStore';

/** Where the team's site id is remembered in this browser, per CX team (saves a round trip). */
export const SITE_ID_STORAGE_PREFIX = 'cxCadence.siteId.';

/**
 * - `loading`: nothing to show yet.
 * - `agenda`: the agenda can show; the rest (carry-over, members, presenter) is on its way.
 * - `ready`: everything read from Graph.
 * - `offline`: Graph failed but this device has the meeting from `readAt`: shown, with `error`.
 * - `failed`: Graph failed and nothing is kept on the device.
 */
export type MeetingPanelState =
  | { readonly status: 'loading' }
  | { readonly status: 'agenda'; readonly agenda: MeetingPanelAgenda }
  | { readonly status: 'ready'; readonly data: MeetingPanelData }
  | {
      readonly status: 'offline';
      readonly data: MeetingPanelData;
      readonly readAt: string;
      readonly error: unknown;
      retry(): void;
    }
  | { readonly status: 'failed'; readonly error: unknown; retry(): void };

export interface UseMeetingPanelOptions {
  readonly graph: GraphClient;
  readonly groupId: string;
  readonly cadenceId: CadenceId;
  readonly occurrenceId: string | undefined;
  readonly chatId: string | undefined;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
  /** `undefined` while the outbox opens (the read does not wait for it); `null`: unavailable. */
  readonly outbox: Outbox | null | undefined;
  /** The panel's one clock. */
  readonly now: () => Date;
}

/** The key of the meeting's snapshot on this device. */
export function panelKeyOf(options: {
  groupId: string;
  cadenceId: string;
  occurrenceId: string | undefined;
}): string {
  return `${options.groupId}|${options.cadenceId}|${options.occurrenceId ?? 'current'}`;
}

/**
 * Reads the meeting for the side panel (see `readMeetingPanel`: the agenda after one round trip
 * once the team's site id is remembered), keeps a copy on the device, and falls back to that copy
 * when Graph does not answer, so a panel reopened offline still shows the agenda.
 */
export function useMeetingPanel(options: UseMeetingPanelOptions): MeetingPanelState {
  const { graph, groupId, cadenceId, occurrenceId, chatId, storage, outbox, now } = options;
  const [state, setState] = useState<MeetingPanelState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  const key = panelKeyOf({ groupId, cadenceId, occurrenceId });

  useEffect(() => {
    let isCurrent = true;
    const siteKey = `${SITE_ID_STORAGE_PREFIX}${groupId}`;
    const siteId = storage.getItem(siteKey) ?? undefined;
    readMeetingPanel({
      client: graph,
      groupId,
      cadenceId,
      ...(occurrenceId ? { occurrenceId } : {}),
      ...(chatId ? { chatId } : {}),
      ...(siteId ? { siteId } : {}),
      now,
      onAgenda: (agenda) => {
        if (isCurrent) {
          setState((current) =>
            current.status === 'ready' ? current : { status: 'agenda', agenda },
          );
        }
      },
    }).then(
      (data) => {
        storage.setItem(siteKey, data.location.siteId);
        if (isCurrent) setState({ status: 'ready', data });
      },
      (error: unknown) => isCurrent && setFailure({ error, attempt }),
    );
    return () => {
      isCurrent = false;
    };
    // `now` is the page's one clock: it never restarts the read.
  }, [graph, groupId, cadenceId, occurrenceId, chatId, storage, key, attempt]);

  // The device's copy: written after each read, read back when Graph fails. The outbox may open
  // after the read settles, hence effects on both.
  const data = state.status === 'ready' ? state.data : undefined;
  useEffect(() => {
    if (data && outbox) void outbox.writePanel({ key, readAt: now().toISOString(), data });
  }, [data, outbox, key]);
  const [failure, setFailure] = useState<{ error: unknown; attempt: number } | undefined>();
  useEffect(() => {
    if (!failure || failure.attempt !== attempt || outbox === undefined) return;
    let isCurrent = true;
    void (outbox ? outbox.readPanel(key).catch(() => undefined) : Promise.resolve(undefined)).then(
      (snapshot) => {
        if (!isCurrent) return;
        const { error } = failure;
        setState(
          snapshot
            ? { status: 'offline', data: snapshot.data, readAt: snapshot.readAt, error, retry }
            : { status: 'failed', error, retry },
        );
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [failure, attempt, outbox, key, retry]);

  return state;
}
