import type { Context, MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import { ValidationError } from '../../domain/errors';
import type { GraphRequestMetrics } from './metrics';
import { DEFAULT_RETRY_OPTIONS, retryIssues, scopeIssues } from './options';
import type { RetryOptions } from './options';

/** Per-request settings that override the client's defaults for one call. */
export interface GraphRequestOverrides {
  /** Retry policy for this call; fields left out keep the client's. */
  readonly retry?: Partial<RetryOptions>;
  /**
   * Whether a 429/503/504 may be retried. Default: only idempotent methods (GET, HEAD, OPTIONS,
   * PUT, DELETE) and a POST whose JSON body carries a `transactionId` (Graph creates one event per
   * transactionId, so a replay cannot duplicate it). Set `true` for other requests whose replay is
   * harmless, `false` to never retry.
   */
  readonly retrySafe?: boolean;
  /** Scopes for this call's token. Default: the client's. */
  readonly scopes?: readonly string[];
  /** A second metrics store that also counts this call (e.g. one flow run inside a busy client). */
  readonly metrics?: GraphRequestMetrics;
}

/**
 * Carries {@link GraphRequestOverrides} through the SDK's middleware chain: pass it to
 * `client.sdk.api(url).middlewareOptions([new GraphRequestOptions({ retrySafe: true })])`. Checked
 * when constructed, like the client's own options.
 */
export class GraphRequestOptions implements MiddlewareOptions {
  readonly overrides: GraphRequestOverrides;

  constructor(overrides: GraphRequestOverrides) {
    const issues = [
      ...(overrides.retry
        ? retryIssues({ ...DEFAULT_RETRY_OPTIONS, ...overrides.retry }, 'retry')
        : []),
      ...(overrides.scopes ? scopeIssues(overrides.scopes, 'scopes') : []),
    ];
    if (issues.length > 0) throw new ValidationError(issues);
    this.overrides = overrides;
  }
}

/** The overrides the current request carries, or none. */
export function overridesOf(context: Context): GraphRequestOverrides {
  const found = context.middlewareControl?.getMiddlewareOptions(GraphRequestOptions);
  return found instanceof GraphRequestOptions ? found.overrides : {};
}

/**
 * The request's headers as a `Headers` object, converting the SDK's plain-object headers once so
 * every middleware reads and writes them the same way.
 */
export function requestHeaders(context: Context): Headers {
  if (context.request instanceof Request) return context.request.headers;
  const options = (context.options ??= {});
  if (!(options.headers instanceof Headers)) {
    options.headers = new Headers(options.headers);
  }
  return options.headers;
}

export function requestUrl(context: Context): string {
  return typeof context.request === 'string' ? context.request : context.request.url;
}

export function requestMethod(context: Context): string {
  const method =
    context.options?.method ??
    (context.request instanceof Request ? context.request.method : 'GET');
  return method.toUpperCase();
}
