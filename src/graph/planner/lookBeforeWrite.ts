import { ValidationError } from '../../domain/errors';
import type { GraphClient } from '../client';
import { GraphError, retryDelayMs } from '../client';

/**
 * Shared rules of CX Cadence's "look before you write" creates (Planner tasks and buckets, the
 * summary's chat message and mail). Graph has no idempotency key for these `POST`s, and a 503 or
 * 504 may come after Graph did the work; so a failed create is never replayed blindly: the flow
 * looks again for its marker and writes only what is still missing.
 */

/**
 * Whether a failed write is worth another look-then-write: throttling (429, which Graph never
 * processed) and server errors (5xx, which it may have). Anything else (400, 403, 404, 409) will
 * fail the same way again.
 */
export function isRetryableWriteFailure(error: unknown): error is GraphError {
  return error instanceof GraphError && (error.status === 429 || error.status >= 500);
}

/** What a look-then-write step found: written by this run, or there already (nothing written). */
export type WriteOutcome = 'done' | 'alreadyDone';

/** The most look-then-write rounds a flow may be asked for. */
export const MAX_WRITE_ATTEMPTS = 20;

/**
 * Look-then-write rounds: `maxAttempts` when given (1 to {@link MAX_WRITE_ATTEMPTS}), otherwise
 * the client's retries plus the first attempt.
 * @throws ValidationError when `maxAttempts` is out of range.
 */
export function writeAttempts(client: GraphClient, maxAttempts: number | undefined): number {
  const attempts = maxAttempts ?? client.settings.retry.maxRetries + 1;
  if (!Number.isInteger(attempts) || attempts < 1 || attempts > MAX_WRITE_ATTEMPTS) {
    throw ValidationError.single(
      'maxAttempts',
      `Attempts must be a whole number from 1 to ${MAX_WRITE_ATTEMPTS}`,
    );
  }
  return attempts;
}

/**
 * Waits before the next look-then-write round: the longest `Retry-After` among the failures, or
 * the client's backoff. Returns false without waiting when Graph asked for a longer wait than the
 * client's `maxDelayMs` (the failure then surfaces instead of a frozen screen).
 */
export async function waitBeforeNextRound(
  client: GraphClient,
  input: { readonly round: number; readonly failures: readonly GraphError[] },
): Promise<boolean> {
  const { retry, random, now, sleep } = client.settings;
  const delays = input.failures.map((failure) =>
    retryDelayMs({
      attempt: input.round,
      retryAfter: failure.retryAfter,
      retry,
      random,
      now: now(),
    }),
  );
  if (delays.some((delay) => delay === undefined)) return false;
  const wait = Math.max(0, ...(delays as number[]));
  if (wait > 0) await sleep(wait);
  return true;
}
