import type { AccessTokenProvider } from '../../auth/tokenProvider';
import { ValidationError } from '../../domain/errors';
import type { FieldIssue } from '../../domain/errors';

/** Microsoft Graph v1.0 in the global cloud: the base URL when none is given. */
export const GRAPH_V1_BASE_URL = 'https://graph.microsoft.com/v1.0';

/**
 * Scopes asked for when the caller names none: every delegated permission the tenant consented to
 * for CX Cadence. Individual calls may ask for fewer (see {@link GraphRequestOverrides.scopes}).
 */
export const DEFAULT_GRAPH_SCOPES: readonly string[] = ['https://graph.microsoft.com/.default'];

/** How throttled or briefly unavailable requests (429, 503, 504) are retried. */
export interface RetryOptions {
  /** Retries after the first attempt; 0 turns retrying off. */
  readonly maxRetries: number;
  /** First backoff step in milliseconds when Graph sends no `Retry-After`; doubles per retry. */
  readonly baseDelayMs: number;
  /**
   * Longest wait in milliseconds: the cap of the exponential backoff, and the longest `Retry-After`
   * honoured. A longer `Retry-After` is never cut short: the request gives up and its error surfaces.
   */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_OPTIONS: RetryOptions = {
  maxRetries: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
};

/** Upper bounds checked when options are built: beyond these a user waits minutes for an error. */
export const RETRY_LIMITS = { maxRetries: 10, maxDelayMs: 180_000 } as const;

/** Waits `ms` milliseconds. Injected so tests and benchmarks never wait for real. */
export type Sleep = (ms: number) => Promise<void>;

/** A uniform random number in [0, 1), for backoff jitter. Injected so runs are reproducible. */
export type RandomSource = () => number;

/** The `fetch` the transport uses: the global one, or a wrapper a test or benchmark provides. */
export type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** Everything `createGraphClient` accepts; only `tokenProvider` is required. */
export interface GraphClientOptions {
  readonly tokenProvider: AccessTokenProvider;
  /**
   * Graph root including the version segment, e.g. `https://graph.microsoft.com/v1.0` (default) or
   * the local emulator's `http://127.0.0.1:4000/v1.0`. Plain http is accepted on loopback only, so a
   * token never crosses a network unencrypted.
   */
  readonly baseUrl?: string;
  /** Scopes to ask the token provider for. Default {@link DEFAULT_GRAPH_SCOPES}. */
  readonly scopes?: readonly string[];
  /** Retry policy; fields left out take {@link DEFAULT_RETRY_OPTIONS}. */
  readonly retry?: Partial<RetryOptions>;
  /** Default: a real timer. */
  readonly sleep?: Sleep;
  /** Default: `Math.random`. */
  readonly random?: RandomSource;
  /** Clock for `Retry-After` given as an HTTP date. Default: the real clock. */
  readonly now?: () => Date;
  /** Default: the global `fetch`. */
  readonly fetch?: FetchLike;
  /** The `client-request-id` sent with each request. Default: a random UUID. */
  readonly newClientRequestId?: () => string;
}

/** {@link GraphClientOptions} checked, with every default filled in. */
export interface GraphClientSettings {
  readonly tokenProvider: AccessTokenProvider;
  /** Without a trailing slash, e.g. `https://graph.microsoft.com/v1.0`. */
  readonly baseUrl: string;
  readonly scopes: readonly string[];
  readonly retry: RetryOptions;
  readonly sleep: Sleep;
  readonly random: RandomSource;
  readonly now: () => Date;
  readonly fetch: FetchLike;
  readonly newClientRequestId: () => string;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Checks the options once and fills in the defaults. Throws a `ValidationError` naming every wrong
 * field, e.g. `retry.maxRetries: Max retries must be a whole number from 0 to 10`.
 */
export function resolveGraphClientOptions(options: GraphClientOptions): GraphClientSettings {
  const baseUrl = options.baseUrl ?? GRAPH_V1_BASE_URL;
  const scopes = options.scopes ?? DEFAULT_GRAPH_SCOPES;
  const issues: FieldIssue[] = [
    ...baseUrlIssues(baseUrl),
    ...scopeIssues(scopes, 'scopes'),
    ...retryIssues({ ...DEFAULT_RETRY_OPTIONS, ...options.retry }, 'retry'),
  ];
  if (issues.length > 0) throw new ValidationError(issues);
  return {
    tokenProvider: options.tokenProvider,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    scopes,
    retry: { ...DEFAULT_RETRY_OPTIONS, ...options.retry },
    sleep: options.sleep ?? realSleep,
    random: options.random ?? Math.random,
    now: options.now ?? (() => new Date()),
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    newClientRequestId: options.newClientRequestId ?? (() => globalThis.crypto.randomUUID()),
  };
}

/** Problems with a retry policy (whole or merged with defaults), each under `prefix`. */
export function retryIssues(retry: RetryOptions, prefix: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isWholeNumberIn(retry.maxRetries, 0, RETRY_LIMITS.maxRetries)) {
    issues.push({
      field: `${prefix}.maxRetries`,
      message: `Max retries must be a whole number from 0 to ${RETRY_LIMITS.maxRetries}`,
    });
  }
  if (!isWholeNumberIn(retry.maxDelayMs, 0, RETRY_LIMITS.maxDelayMs)) {
    issues.push({
      field: `${prefix}.maxDelayMs`,
      message: `Max delay must be a whole number of milliseconds from 0 to ${RETRY_LIMITS.maxDelayMs}`,
    });
  }
  if (!isWholeNumberIn(retry.baseDelayMs, 0, RETRY_LIMITS.maxDelayMs)) {
    issues.push({
      field: `${prefix}.baseDelayMs`,
      message: `Base delay must be a whole number of milliseconds from 0 to ${RETRY_LIMITS.maxDelayMs}`,
    });
  } else if (retry.baseDelayMs > retry.maxDelayMs) {
    issues.push({
      field: `${prefix}.baseDelayMs`,
      message: 'Base delay must not be longer than the max delay',
    });
  }
  return issues;
}

/** Problems with a list of scopes. */
export function scopeIssues(scopes: readonly string[], field: string): FieldIssue[] {
  if (scopes.length === 0 || scopes.some((scope) => scope.trim() === '')) {
    return [{ field, message: 'Scopes must name at least one permission, none of them empty' }];
  }
  return [];
}

function baseUrlIssues(baseUrl: string): FieldIssue[] {
  const problem = (message: string): FieldIssue[] => [{ field: 'baseUrl', message }];
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return problem(`Base URL "${baseUrl}" is not a URL: use e.g. ${GRAPH_V1_BASE_URL}`);
  }
  if (
    url.protocol !== 'https:' &&
    !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))
  ) {
    return problem(
      'Base URL must use https (plain http only on a loopback address such as the local emulator)',
    );
  }
  if (url.search !== '' || url.hash !== '' || !/^\/[^/]+\/?$/.test(url.pathname)) {
    return problem(
      `Base URL must be a Graph root with its version and nothing else, e.g. ${GRAPH_V1_BASE_URL}`,
    );
  }
  return [];
}

function isWholeNumberIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function realSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
