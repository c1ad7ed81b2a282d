import { IANAZone } from 'luxon';
import type { IanaZone } from '../timeZone';
import { DAY_MS, MINUTE_MS } from './timeMath';

/**
 * Converts between instants and a zone's wall clock many thousands of times per search without
 * calling `Intl` each time: the zone's offset transitions inside the searched range are found
 * once, then every lookup is a binary search.
 *
 * Why not luxon's `DateTime.fromObject` per check: at ~9 µs a call, 20 people × 52 dates × 20
 * start times would spend a fifth of a second just converting. Why not luxon at all for ambiguous
 * wall times: `fromObject` guesses the offset from the current date, so a 01:30 on a fall-back night
 * could resolve differently in March and in September; `toUtcMs` below always picks the earlier
 * instant.
 */
export interface ZoneClock {
  readonly zone: IanaZone;
  /** The zone's UTC offset in milliseconds at an instant (PDT → −25 200 000). */
  offsetMs(utcMs: number): number;
  /**
   * The instant a wall-clock time happens. A time skipped by a spring-forward gap moves forward by
   * the gap (02:30 on 14 Mar 2027 in Los Angeles → 03:30 PDT); a time that happens twice on a
   * fall-back night is its first occurrence (01:30 PDT, not 01:30 PST).
   */
  toUtcMs(wallMs: number): number;
  /** The wall-clock time (as wall milliseconds) at an instant. */
  toWallMs(utcMs: number): number;
}

/**
 * Offsets are sampled weekly across the range and each change is pinned to the minute by
 * bisection; real zones never change twice within a week and back again, which is the one case a
 * weekly sample could miss. Outside the range the clock still answers, just through `Intl`.
 */
const SAMPLE_STEP_MS = 7 * DAY_MS;

export function createZoneClock(zone: IanaZone, fromMs: number, toMs: number): ZoneClock {
  const luxonZone = IANAZone.create(zone);
  const sample = (utcMs: number): number => luxonZone.offset(utcMs) * MINUTE_MS;
  const rangeStart = Math.floor(fromMs / DAY_MS) * DAY_MS - DAY_MS;
  const rangeEnd = Math.ceil(toMs / DAY_MS) * DAY_MS + DAY_MS;
  const { transitions, offsets } = findTransitions(sample, rangeStart, rangeEnd);

  const offsetMs = (utcMs: number): number => {
    if (utcMs < rangeStart || utcMs > rangeEnd) return sample(utcMs);
    return offsets[countAtOrBefore(transitions, utcMs)] ?? sample(utcMs);
  };

  const dayMs = DAY_MS;
  const toUtcMs = (wallMs: number): number => {
    const before = offsetMs(wallMs - dayMs);
    const after = offsetMs(wallMs + dayMs);
    if (before === after) return wallMs - before;
    const valid = [wallMs - before, wallMs - after].filter(
      (candidate) => candidate + offsetMs(candidate) === wallMs,
    );
    return valid.length > 0 ? Math.min(...valid) : wallMs - before;
  };

  return { zone, offsetMs, toUtcMs, toWallMs: (utcMs) => utcMs + offsetMs(utcMs) };
}

/** Builds a ZoneClock per distinct zone, sharing them within one calculation (no module state). */
export function zoneClockFactory(fromMs: number, toMs: number): (zone: IanaZone) => ZoneClock {
  const clocks = new Map<IanaZone, ZoneClock>();
  return (zone) => {
    const existing = clocks.get(zone);
    if (existing) return existing;
    const clock = createZoneClock(zone, fromMs, toMs);
    clocks.set(zone, clock);
    return clock;
  };
}

function findTransitions(
  sample: (utcMs: number) => number,
  rangeStart: number,
  rangeEnd: number,
): { transitions: number[]; offsets: number[] } {
  const transitions: number[] = [];
  let current = sample(rangeStart);
  const offsets = [current];
  let from = rangeStart;
  while (from < rangeEnd) {
    const to = Math.min(from + SAMPLE_STEP_MS, rangeEnd);
    if (sample(to) === current) {
      from = to;
      continue;
    }
    const changeAt = bisectChange(sample, from, to, current);
    current = sample(changeAt);
    transitions.push(changeAt);
    offsets.push(current);
    from = changeAt;
  }
  return { transitions, offsets };
}

/** The first whole minute in (low, high] whose offset differs from `offset` at `low`. */
function bisectChange(
  sample: (utcMs: number) => number,
  low: number,
  high: number,
  offset: number,
): number {
  let lo = low;
  let hi = high;
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / (2 * MINUTE_MS)) * MINUTE_MS;
    if (sample(mid) === offset) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** How many sorted values are ≤ `value`. */
export function countAtOrBefore(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
