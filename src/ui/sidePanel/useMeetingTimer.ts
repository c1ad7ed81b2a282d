import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AgendaSlot } from '../../domain/agenda';
import {
  TIMER_NOT_STARTED,
  isMeetingTimer,
  meetingTimerView,
  nextAgendaItem,
  resetMeetingTimer,
  startMeetingTimer,
  type MeetingTimer,
  type MeetingTimerView,
} from '../../domain/meetingPanel';

/** Where each meeting's timer is kept in this browser, so a reload keeps it running. */
export const TIMER_STORAGE_PREFIX = 'cxCadence.timer.';
/** The timer's tick while a meeting runs, in milliseconds. */
export const TIMER_TICK_MS = 1000;

export interface MeetingTimerControls {
  readonly view: MeetingTimerView;
  start(): void;
  next(): void;
  reset(): void;
}

export interface UseMeetingTimerOptions {
  readonly meetingId: string;
  readonly schedule: readonly AgendaSlot[];
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
  /** The panel's one clock, epoch milliseconds. */
  readonly nowMs: () => number;
}

/**
 * The agenda timer: the domain's state machine driven by a one-second tick while the meeting
 * runs, kept per meeting in `storage`.
 */
export function useMeetingTimer(options: UseMeetingTimerOptions): MeetingTimerControls {
  const { meetingId, schedule, storage, nowMs } = options;
  const storageKey = `${TIMER_STORAGE_PREFIX}${meetingId}`;
  const [timer, setTimer] = useState<MeetingTimer>(() => readTimer(storage, storageKey));
  const [tick, setTick] = useState(() => nowMs());

  useEffect(() => setTimer(readTimer(storage, storageKey)), [storage, storageKey]);

  useEffect(() => {
    if (timer.status !== 'running') return;
    const interval = window.setInterval(() => setTick(nowMs()), TIMER_TICK_MS);
    return () => window.clearInterval(interval);
  }, [timer.status, nowMs]);

  const change = useCallback(
    (next: (current: MeetingTimer, at: number) => MeetingTimer) => {
      const at = nowMs();
      setTick(at);
      setTimer((current) => {
        const updated = next(current, at);
        storage.setItem(storageKey, JSON.stringify(updated));
        return updated;
      });
    },
    [nowMs, storage, storageKey],
  );

  const view = useMemo(
    () => meetingTimerView(timer, { schedule, nowMs: tick }),
    [timer, schedule, tick],
  );
  return {
    view,
    start: useCallback(() => change((current, at) => startMeetingTimer(current, at)), [change]),
    next: useCallback(
      () => change((current, at) => nextAgendaItem(current, { schedule, nowMs: at })),
      [change, schedule],
    ),
    reset: useCallback(() => change(() => resetMeetingTimer()), [change]),
  };
}

function readTimer(storage: Pick<Storage, 'getItem'>, key: string): MeetingTimer {
  try {
    const stored: unknown = JSON.parse(storage.getItem(key) ?? 'null');
    return isMeetingTimer(stored) ? stored : TIMER_NOT_STARTED;
  } catch {
    // A hand-edited or truncated value: start afresh rather than break the panel.
    return TIMER_NOT_STARTED;
  }
}
