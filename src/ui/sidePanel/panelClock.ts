/**
 * The side panel's one clock: every "now" the panel uses comes from here (the domain never reads
 * the clock), so tests pass a fixed one.
 */
export interface PanelClock {
  now(): Date;
}

export const systemClock: PanelClock = { now: () => new Date() };
