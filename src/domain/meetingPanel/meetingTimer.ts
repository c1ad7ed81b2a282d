import type { AgendaSlot } from '../agenda';
import type { AgendaItemId } from '../ids';

/**
 * The side panel's agenda timer as a pure state machine: the presenter starts the meeting, moves
 * to the next item when the team is done with one, and sees how long the current item and the
 * meeting have run against their time boxes. Times are epoch milliseconds passed in by the caller
 * (the panel's clock tick); nothing here reads the clock, so the same inputs always give the same
 * view, and the state is plain JSON the panel can keep across a reload.
 */

/** An item the team has finished, with when it really started and ended. */
export interface FinishedAgendaItem {
  readonly itemId: AgendaItemId;
  readonly startedAtMs: number;
  readonly endedAtMs: number;
}

/**
 * - `notStarted`: nobody has started the meeting yet.
 * - `running`: item `itemIndex` has run since `itemStartedAtMs`.
 * - `finished`: the last item was closed.
 */
export type MeetingTimer =
  | { readonly status: 'notStarted' }
  | {
      readonly status: 'running';
      readonly startedAtMs: number;
      readonly itemIndex: number;
      readonly itemStartedAtMs: number;
      readonly finished: readonly FinishedAgendaItem[];
    }
  | {
      readonly status: 'finished';
      readonly startedAtMs: number;
      readonly endedAtMs: number;
      readonly finished: readonly FinishedAgendaItem[];
    };

/** A timer nobody has started. */
export const TIMER_NOT_STARTED: MeetingTimer = { status: 'notStarted' };

/** Starts the meeting at its first item. A timer already started is returned as it is. */
export function startMeetingTimer(timer: MeetingTimer, nowMs: number): MeetingTimer {
  if (timer.status !== 'notStarted') return timer;
  return {
    status: 'running',
    startedAtMs: nowMs,
    itemIndex: 0,
    itemStartedAtMs: nowMs,
    finished: [],
  };
}

/**
 * Closes the current item and opens the next one; closing the last item finishes the meeting.
 * A timer that is not running is returned as it is (a double click cannot skip an item twice
 * when the caller passes the state the click saw).
 */
export function nextAgendaItem(
  timer: MeetingTimer,
  options: { readonly schedule: readonly AgendaSlot[]; readonly nowMs: number },
): MeetingTimer {
  if (timer.status !== 'running') return timer;
  const { schedule, nowMs } = options;
  const current = schedule[timer.itemIndex];
  const finished = current
    ? [
        ...timer.finished,
        { itemId: current.item.id, startedAtMs: timer.itemStartedAtMs, endedAtMs: nowMs },
      ]
    : timer.finished;
  if (timer.itemIndex + 1 >= schedule.length) {
    return { status: 'finished', startedAtMs: timer.startedAtMs, endedAtMs: nowMs, finished };
  }
  return { ...timer, itemIndex: timer.itemIndex + 1, itemStartedAtMs: nowMs, finished };
}

/** Back to not started (the presenter started by mistake). */
export function resetMeetingTimer(): MeetingTimer {
  return TIMER_NOT_STARTED;
}

/** Where one agenda item stands. */
export type AgendaItemProgress = 'done' | 'current' | 'upcoming';

export interface AgendaItemTiming {
  readonly itemId: AgendaItemId;
  readonly progress: AgendaItemProgress;
  /** The time box, in seconds. */
  readonly plannedSeconds: number;
  /** How long it ran (done) or has run so far (current); 0 when upcoming. */
  readonly elapsedSeconds: number;
  /** Seconds beyond the time box; 0 while within it. */
  readonly overrunSeconds: number;
}

export interface MeetingTimerView {
  readonly status: MeetingTimer['status'];
  /** The running item's index, `undefined` unless running. */
  readonly currentIndex: number | undefined;
  /** Seconds left in the current item's time box (0 once over). */
  readonly remainingSeconds: number;
  readonly items: readonly AgendaItemTiming[];
  /** Since the start (until the end once finished). */
  readonly meetingElapsedSeconds: number;
  /** The whole agenda's length, in seconds. */
  readonly meetingPlannedSeconds: number;
  /**
   * How far behind the agenda the meeting is: the current item started this many seconds later
   * than planned, plus its own overrun. 0 when on time or ahead.
   */
  readonly behindScheduleSeconds: number;
}

/**
 * What the timer shows at `nowMs`: each item done, current or upcoming with its elapsed time and
 * overrun, the time left in the current item, and how far behind the agenda the meeting runs.
 *
 * @example the standard agenda started at 15:00:00Z, the Mission Moment (5 minutes) still running
 *   at 15:06:30Z → current item 0, remaining 0, overrun 90 s, behind schedule 90 s.
 */
export function meetingTimerView(
  timer: MeetingTimer,
  options: { readonly schedule: readonly AgendaSlot[]; readonly nowMs: number },
): MeetingTimerView {
  const { schedule, nowMs } = options;
  const meetingPlannedSeconds = (schedule.at(-1)?.endOffsetMinutes ?? 0) * 60;
  const finishedById = new Map(
    (timer.status === 'notStarted' ? [] : timer.finished).map((item) => [item.itemId, item]),
  );
  const currentIndex = timer.status === 'running' ? timer.itemIndex : undefined;
  const items = schedule.map((slot, index): AgendaItemTiming => {
    const plannedSeconds = slot.item.minutes * 60;
    const done = finishedById.get(slot.item.id);
    let elapsedMs = 0;
    let progress: AgendaItemProgress = 'upcoming';
    if (timer.status === 'running' && index === timer.itemIndex) {
      progress = 'current';
      elapsedMs = nowMs - timer.itemStartedAtMs;
    } else if (done) {
      progress = 'done';
      elapsedMs = done.endedAtMs - done.startedAtMs;
    }
    const elapsedSeconds = wholeSeconds(elapsedMs);
    return {
      itemId: slot.item.id,
      progress,
      plannedSeconds,
      elapsedSeconds,
      overrunSeconds: Math.max(0, elapsedSeconds - plannedSeconds),
    };
  });
  const current = currentIndex === undefined ? undefined : items[currentIndex];
  return {
    status: timer.status,
    currentIndex,
    remainingSeconds: current ? Math.max(0, current.plannedSeconds - current.elapsedSeconds) : 0,
    items,
    meetingElapsedSeconds: meetingElapsed(timer, nowMs),
    meetingPlannedSeconds,
    behindScheduleSeconds: behindSchedule({ timer, schedule, current }),
  };
}

function meetingElapsed(timer: MeetingTimer, nowMs: number): number {
  if (timer.status === 'notStarted') return 0;
  const end = timer.status === 'finished' ? timer.endedAtMs : nowMs;
  return wholeSeconds(end - timer.startedAtMs);
}

function behindSchedule(input: {
  timer: MeetingTimer;
  schedule: readonly AgendaSlot[];
  current: AgendaItemTiming | undefined;
}): number {
  const { timer, schedule, current } = input;
  if (timer.status !== 'running' || !current) return 0;
  const plannedStartSeconds = (schedule[timer.itemIndex]?.startOffsetMinutes ?? 0) * 60;
  const actualStartSeconds = wholeSeconds(timer.itemStartedAtMs - timer.startedAtMs);
  return Math.max(0, actualStartSeconds - plannedStartSeconds + current.overrunSeconds);
}

/** Whole seconds, never negative (a clock that stepped back shows 0, not a negative time). */
function wholeSeconds(ms: number): number {
  return Math.max(0, Math.floor(ms / 1000));
}

/**
 * A duration as people read a timer: `m:ss`, or `h:mm:ss` from an hour.
 *
 * @example 65 → '1:05'; 3725 → '1:02:05'; 0 → '0:00'
 */
export function formatTimerDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** True for timer state read back from storage: anything else is treated as not started. */
export function isMeetingTimer(value: unknown): value is MeetingTimer {
  if (typeof value !== 'object' || value === null) return false;
  const timer = value as Record<string, unknown>;
  if (timer.status === 'notStarted') return true;
  const hasFinished = Array.isArray(timer.finished);
  if (timer.status === 'running') {
    return (
      hasFinished &&
      Number.isInteger(timer.itemIndex) &&
      typeof timer.startedAtMs === 'number' &&
      typeof timer.itemStartedAtMs === 'number'
    );
  }
  return (
    timer.status === 'finished' &&
    hasFinished &&
    typeof timer.startedAtMs === 'number' &&
    typeof timer.endedAtMs === 'number'
  );
}
