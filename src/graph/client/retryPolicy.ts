import type { RandomSource, RetryOptions } from './options';

/**
 * When and how long to wait before retrying. Shared by the retry middleware (whole HTTP requests)
 * and the `$batch` executor (inner requests, which the SDK never retries).
 */

/** 429 Too Many Requests, 503 Service Unavailable, 504 Gateway Timeout: worth another try. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 503 || status === 504;
}

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

export interface RetrySafetyInput {
  readonly method: string;
  /** The body as sent: a JSON string (top-level requests) or an object (`$batch` inner requests). */
  readonly body?: unknown;
  /** The caller's explicit say, which wins. */
  readonly retrySafe?: boolean;
}

/**
 * Whether replaying the request cannot do twice what should happen once. A 503 or 504 may come
 * after Graph did the work, so only these are replayed: idempotent methods; a POST whose body
 * carries a `transactionId` (Graph returns the event already created with that id instead of a
 * second one); and whatever the caller marks safe. The `$batch` executor marks its outer POST safe
 * only when every request inside is safe, for the same reason.
 */
export function isRetrySafeRequest(input: RetrySafetyInput): boolean {
  if (input.retrySafe !== undefined) return input.retrySafe;
  const method = input.method.toUpperCase();
  if (IDEMPOTENT_METHODS.has(method)) return true;
  return method === 'POST' && hasTransactionId(input.body);
}

export interface RetryDelayInput {
  /** 0 for the first retry. */
  readonly attempt: number;
  /** The answer's `Retry-After` header, if any. */
  readonly retryAfter: string | null | undefined;
  readonly retry: RetryOptions;
  readonly random: RandomSource;
  /** For a `Retry-After` given as an HTTP date. */
  readonly now: Date;
}

/**
 * Milliseconds to wait before retry number `attempt + 1`, or `undefined` to give up because Graph
 * asked for a longer wait than `retry.maxDelayMs` (the error then reaches the user instead of a
 * frozen screen). `Retry-After` wins when present: `2` → 2000 ms; an HTTP date → the time until
 * it. Without it: exponential backoff capped at `maxDelayMs`, with "equal jitter" (half fixed, half
 * random) so clients throttled together do not come back together. Worked example with base 1000
 * and max 60000: attempt 0 → 500–1000 ms, attempt 3 → 4000–8000 ms, attempt 9 → 30000–60000 ms.
 */
export function retryDelayMs(input: RetryDelayInput): number | undefined {
  const asked = parseRetryAfterMs(input.retryAfter, input.now);
  if (asked !== undefined) return asked <= input.retry.maxDelayMs ? asked : undefined;
  const ceiling = Math.min(input.retry.maxDelayMs, input.retry.baseDelayMs * 2 ** input.attempt);
  return Math.round(ceiling / 2 + (input.random() * ceiling) / 2);
}

/**
 * `Retry-After` in milliseconds: delay-seconds (`"7"`, fractions tolerated) or an HTTP date
 * (`"Mon, 02 Mar 2026 12:00:03 GMT"`, counted from `now`, never negative). `undefined` when absent
 * or unreadable.
 */
export function parseRetryAfterMs(value: string | null | undefined, now: Date): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}

function hasTransactionId(body: unknown): boolean {
  const parsed = typeof body === 'string' ? parseObject(body) : body;
  if (typeof parsed !== 'object' || parsed === null) return false;
  const transactionId = (parsed as { transactionId?: unknown }).transactionId;
  return typeof transactionId === 'string' && transactionId !== '';
}

function parseObject(text: string): unknown {
  if (!text.trimStart().startsWith('{')) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
