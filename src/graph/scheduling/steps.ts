/**
 * The steps of `scheduleCadence`, in order. After each one the flow calls the caller's
 * `checkpoint(step)`: the planner can show progress, and a drill can stop the flow there (by
 * throwing) to prove that running it again completes the job without duplicating anything.
 *
 * - `team`: the CX group's members, the attendees' profiles, the app in the catalog (and the
 *   existing series when `previous` is given).
 * - `freeBusy`: everyone's free/busy and working hours over the cadence's span.
 * - `series`: the Teams meeting series created, or updated in place.
 * - `occurrences`: the series' occurrences, its meeting chat and what is installed in the chat.
 * - `presenters`: each occurrence's agenda names its Mission Moment presenter.
 * - `sidePanel`: the app is installed in the meeting chat and its side panel tab is there.
 */
export const SCHEDULE_CADENCE_STEPS = [
  'team',
  'freeBusy',
  'series',
  'occurrences',
  'presenters',
  'sidePanel',
] as const;

export type ScheduleCadenceStep = (typeof SCHEDULE_CADENCE_STEPS)[number];

/**
 * Called after each step has finished. Throwing (or rejecting) stops the flow there and the error
 * reaches the caller unchanged.
 */
export type ScheduleCheckpoint = (step: ScheduleCadenceStep) => void | Promise<void>;

/** What a flow run cost in Graph traffic, as the flow itself counted it. */
export interface GraphCost {
  /** HTTP requests sent, retries included; a `$batch` counts once. */
  readonly httpRequests: number;
  /** Sequential round trips: steps add up, requests sent together count once. */
  readonly roundTrips: number;
}

export const NO_COST: GraphCost = { httpRequests: 0, roundTrips: 0 };

/** The cost of two parts run one after the other. */
export function afterEachOther(first: GraphCost, second: GraphCost): GraphCost {
  return {
    httpRequests: first.httpRequests + second.httpRequests,
    roundTrips: first.roundTrips + second.roundTrips,
  };
}
