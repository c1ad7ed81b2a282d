/**
 * Fault injection (`POST /emulator/faults`): from now on, each Graph call (inner `$batch` requests
 * included) is throttled with `throttleRate` probability (429 + Retry-After), fails with
 * `serverErrorRate` probability (503 + Retry-After), and waits `latencyMs` before answering. A
 * seeded generator makes a drill repeatable. A faulted request changes nothing.
 */
export interface FaultSettings {
  readonly throttleRate: number;
  readonly retryAfterSeconds: number;
  readonly serverErrorRate: number;
  readonly latencyMs: number;
  readonly seed: number;
}

export const NO_FAULTS: FaultSettings = {
  throttleRate: 0,
  retryAfterSeconds: 1,
  serverErrorRate: 0,
  latencyMs: 0,
  seed: 1,
};

export type FaultDecision = 'none' | 'throttle' | 'serverError';

export class FaultInjector {
  private settings: FaultSettings = NO_FAULTS;
  private random: () => number = mulberry32(NO_FAULTS.seed);

  /** Applies new settings; fields left out keep their defaults (not the previous values). */
  configure(input: unknown): FaultSettings {
    const source = (typeof input === 'object' && input !== null ? input : {}) as Record<
      string,
      unknown
    >;
    const rate = (name: string): number => {
      const value = source[name];
      if (value === undefined) return 0;
      if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
        throw new RangeError(`${name} must be a number from 0 to 1`);
      }
      return value;
    };
    const count = (name: string, fallback: number): number => {
      const value = source[name];
      if (value === undefined) return fallback;
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new RangeError(`${name} must be a number of 0 or more`);
      }
      return value;
    };
    this.settings = {
      throttleRate: rate('throttleRate'),
      serverErrorRate: rate('serverErrorRate'),
      retryAfterSeconds: count('retryAfterSeconds', NO_FAULTS.retryAfterSeconds),
      latencyMs: count('latencyMs', 0),
      seed: Math.floor(count('seed', NO_FAULTS.seed)),
    };
    this.random = mulberry32(this.settings.seed);
    return this.settings;
  }

  clear(): void {
    this.settings = NO_FAULTS;
    this.random = mulberry32(NO_FAULTS.seed);
  }

  get current(): FaultSettings {
    return this.settings;
  }

  decide(): FaultDecision {
    if (this.settings.throttleRate === 0 && this.settings.serverErrorRate === 0) return 'none';
    const draw = this.random();
    if (draw < this.settings.throttleRate) return 'throttle';
    if (draw < this.settings.throttleRate + this.settings.serverErrorRate) return 'serverError';
    return 'none';
  }
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
