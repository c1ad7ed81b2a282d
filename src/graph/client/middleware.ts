import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { AccessTokenProvider } from '../../auth/tokenProvider';
import { GraphNetworkError, GraphSignInError } from './graphError';
import type { GraphRequestMetrics, GraphResponseRecord } from './metrics';
import type { FetchLike, RandomSource, RetryOptions, Sleep } from './options';
import { overridesOf, requestHeaders, requestMethod, requestUrl } from './requestOptions';
import { isRetrySafeRequest, isRetryableStatus, retryDelayMs } from './retryPolicy';

/**
 * The four links of CX Cadence's Graph middleware chain, one concern each, in the order
 * `createGraphClient` joins them: authentication → retry → telemetry → transport. Retry sits
 * before telemetry so every attempt is counted and logged; the transport is last so tests and
 * benchmarks can swap the `fetch` under everything else.
 */

/** Shared plumbing: holds the next link, as the SDK's `Middleware` interface expects. */
abstract class ChainLink implements Middleware {
  private nextLink: Middleware | undefined;

  abstract execute(context: Context): Promise<void>;

  setNext(next: Middleware): void {
    this.nextLink = next;
  }

  protected next(context: Context): Promise<void> {
    if (!this.nextLink) {
      throw new Error('Graph middleware chain is incomplete: build it with createGraphClient.');
    }
    return this.nextLink.execute(context);
  }
}

export interface AuthenticationOptions {
  readonly tokenProvider: AccessTokenProvider;
  readonly scopes: readonly string[];
  /** Only requests under this root get the token, e.g. `http://127.0.0.1:4000/v1.0`. */
  readonly baseUrl: string;
}

/**
 * Adds `Authorization: Bearer …` to every request under the client's base URL, whatever its host
 * or scheme.
 *
 * Why not the SDK's `AuthenticationHandler`: it adds the token only when `isGraphURL(url)` or
 * `isCustomHost(url, customHosts)` holds, and both go through `isValidEndpoint`
 * (GraphRequestUtil.ts), which only recognises URLs containing `https://` whose host is one of the
 * national Graph clouds (`GRAPH_URLS`) or a listed custom host. The emulator's
 * `http://127.0.0.1:N/v1.0` fails the `https://` test, so the SDK would send no token (it even
 * deletes an Authorization header the caller set) and every emulator call would be a 401;
 * `customHosts` cannot help because of the scheme check.
 *
 * The rule here is stricter where it matters: a URL outside the configured base URL never gets
 * the token, so a crafted `@odata.nextLink` cannot carry it to another host.
 */
export class AuthenticationMiddleware extends ChainLink {
  constructor(private readonly options: AuthenticationOptions) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const headers = requestHeaders(context);
    if (!isUnderBaseUrl(requestUrl(context), this.options.baseUrl)) {
      headers.delete('authorization');
      return this.next(context);
    }
    const scopes = overridesOf(context).scopes ?? this.options.scopes;
    headers.set('authorization', `Bearer ${await this.token(scopes)}`);
    return this.next(context);
  }

  private async token(scopes: readonly string[]): Promise<string> {
    try {
      return await this.options.tokenProvider.getAccessToken(scopes);
    } catch (error) {
      throw new GraphSignInError(error);
    }
  }
}

export interface RetryMiddlewareOptions {
  readonly retry: RetryOptions;
  readonly sleep: Sleep;
  readonly random: RandomSource;
  readonly now: () => Date;
}

/**
 * Retries 429/503/504 answers of requests that are safe to replay (see `isRetrySafeRequest`),
 * waiting what `Retry-After` asks for or a capped, jittered exponential backoff, at most
 * `maxRetries` times. The last answer is passed on unchanged when retrying stops, so the caller
 * turns it into a `GraphError` with Graph's code and request id.
 */
export class RetryMiddleware extends ChainLink {
  constructor(private readonly options: RetryMiddlewareOptions) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const overrides = overridesOf(context);
    const retry = { ...this.options.retry, ...overrides.retry };
    const body = context.options?.body;
    const mayRetry =
      isReplayableBody(body) &&
      isRetrySafeRequest({
        method: requestMethod(context),
        body,
        ...(overrides.retrySafe === undefined ? {} : { retrySafe: overrides.retrySafe }),
      });
    for (let attempt = 0; ; attempt++) {
      await this.next(context);
      const response = context.response;
      if (!response || !mayRetry || !isRetryableStatus(response.status)) return;
      if (attempt >= retry.maxRetries) return;
      const delay = retryDelayMs({
        attempt,
        retryAfter: response.headers.get('retry-after'),
        retry,
        random: this.options.random,
        now: this.options.now(),
      });
      if (delay === undefined) return;
      await response.body?.cancel();
      await this.options.sleep(delay);
      requestHeaders(context).set('retry-attempt', String(attempt + 1));
    }
  }
}

export interface TelemetryOptions {
  readonly metrics: GraphRequestMetrics;
  readonly newClientRequestId: () => string;
}

/**
 * Sends a `client-request-id` with each request (kept across retries of the same request, as
 * Graph's guidance asks) and records every attempt and its `request-id` in the client's metrics and
 * in the per-request metrics a caller passed.
 */
export class TelemetryMiddleware extends ChainLink {
  constructor(private readonly options: TelemetryOptions) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const headers = requestHeaders(context);
    if (!headers.has('client-request-id')) {
      headers.set('client-request-id', this.options.newClientRequestId());
    }
    const stores = [this.options.metrics, overridesOf(context).metrics].filter(isDefined);
    const finishers = stores.map((store) => store.requestStarted());
    const finish = (record: GraphResponseRecord) => finishers.forEach((done) => done(record));
    const sent = {
      method: requestMethod(context),
      url: requestUrl(context),
      clientRequestId: headers.get('client-request-id') ?? undefined,
    };
    try {
      await this.next(context);
    } catch (error) {
      finish({ ...sent, status: undefined, requestId: undefined });
      throw error;
    }
    const response = context.response;
    finish({
      ...sent,
      status: response?.status,
      requestId: response?.headers.get('request-id') ?? undefined,
      clientRequestId: response?.headers.get('client-request-id') ?? sent.clientRequestId,
    });
  }
}

/**
 * The last link: sends the request with `fetch` (the global one by default, which is what the
 * SDK's `HTTPMessageHandler` does, or one injected by a test or benchmark). A failure to get any
 * answer becomes a `GraphNetworkError`.
 */
export class FetchTransport implements Middleware {
  constructor(private readonly fetch: FetchLike) {}

  async execute(context: Context): Promise<void> {
    try {
      context.response = await this.fetch(context.request, context.options);
    } catch (error) {
      throw new GraphNetworkError(
        { method: requestMethod(context), url: requestUrl(context) },
        error,
      );
    }
  }
}

/** True when `url` lies under `baseUrl` (same scheme, host, port and version segment). */
export function isUnderBaseUrl(url: string, baseUrl: string): boolean {
  const root = baseUrl.toLowerCase();
  const candidate = url.toLowerCase();
  if (!candidate.startsWith(root)) return false;
  const rest = candidate.slice(root.length);
  return rest === '' || rest.startsWith('/') || rest.startsWith('?');
}

/** A body the retry can send again: strings and buffers yes, streams and forms no. */
function isReplayableBody(body: unknown): boolean {
  return (
    body === undefined ||
    body === null ||
    typeof body === 'string' ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body)
  );
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
