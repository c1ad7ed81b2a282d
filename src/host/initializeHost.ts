import {
  standaloneHostContext,
  toHostContext,
  type HostContext,
  type StandaloneContextOptions,
} from './hostContext';
import type { TeamsFacade } from './teamsFacade';

/**
 * How long (ms) to wait for a host to answer `app.initialize()` before running standalone. Teams
 * answers within a few hundred milliseconds; a plain browser tab never answers at all.
 */
export const DEFAULT_HOST_TIMEOUT_MS = 3000;

/** The longest wait allowed (ms): Teams itself gives up on an app after 30 seconds. */
export const MAX_HOST_TIMEOUT_MS = 30_000;

/** Options of {@link initializeHost}. */
export interface InitializeHostOptions {
  /** Wait for the host (ms, whole number from 1 to {@link MAX_HOST_TIMEOUT_MS}); default 3000. */
  readonly timeoutMs?: number;
  /** The TeamsJS calls to use: `createTeamsJsFacade()`, or a test's stand-in. */
  readonly teams: TeamsFacade;
  /** Theme and locale of the standalone context (when no host answers). */
  readonly standalone?: StandaloneContextOptions;
}

/** Throws a `RangeError` a developer can act on when the timeout is out of range. */
export function checkHostTimeout(timeoutMs: number): number {
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > MAX_HOST_TIMEOUT_MS) {
    throw new RangeError(
      `The host timeout must be a whole number of milliseconds from 1 to ${MAX_HOST_TIMEOUT_MS}; got ${timeoutMs}.`,
    );
  }
  return timeoutMs;
}

/**
 * Whether a host answered `initialize()` within `timeoutMs`. A rejection counts as no host too:
 * TeamsJS rejects when the page is framed by something that is not a Microsoft 365 host.
 */
async function hostAnswers(teams: TeamsFacade, timeoutMs: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const initialized = teams.initialize().then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([initialized, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Starts TeamsJS and describes where the app runs. Inside Teams, Outlook or Office it resolves
 * with the host's context (surface, theme, meeting/chat/channel ids); in a plain browser, where
 * `app.initialize()` never settles, it resolves with the standalone context after `timeoutMs`.
 * Rejects only when the host answered but then refused its context.
 *
 * Call it once per page: the host object (`createHost`) does, and keeps the result. This module
 * never loads TeamsJS itself (TeamsJS fetches its list of valid origins from a CDN as soon as it
 * is imported): `teamsHost.ts` passes the real facade in.
 */
export async function initializeHost(options: InitializeHostOptions): Promise<HostContext> {
  const timeoutMs = checkHostTimeout(options.timeoutMs ?? DEFAULT_HOST_TIMEOUT_MS);
  const { teams } = options;
  if (!(await hostAnswers(teams, timeoutMs))) {
    return standaloneHostContext(options.standalone);
  }
  return toHostContext(await teams.getContext());
}
