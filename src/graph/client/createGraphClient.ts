import { Client, ResponseType } from '@microsoft/microsoft-graph-client';
import type { GraphRequest, Middleware } from '@microsoft/microsoft-graph-client';
import { GraphClientSideError, toGraphError } from './graphError';
import { GraphRequestMetrics } from './metrics';
import {
  AuthenticationMiddleware,
  FetchTransport,
  RetryMiddleware,
  TelemetryMiddleware,
  isUnderBaseUrl,
} from './middleware';
import { resolveGraphClientOptions } from './options';
import type { GraphClientOptions, GraphClientSettings } from './options';
import { GraphRequestOptions } from './requestOptions';
import type { GraphRequestOverrides } from './requestOptions';

export type GraphMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** One Graph call. */
export interface GraphCall {
  readonly method: GraphMethod;
  /**
   * Path after the version segment (`/me/events?$top=5`), or an absolute URL under the client's
   * base URL (an `@odata.nextLink`). Query values must be URL-encoded, as Graph expects anyway.
   */
  readonly url: string;
  /** Sent as JSON. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly options?: GraphRequestOverrides;
}

/** A successful answer. `body` is the parsed JSON, the text, or undefined for an empty answer. */
export interface GraphCallResponse<T> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

/** The one way CX Cadence talks to Graph. */
export interface GraphClient {
  /**
   * The SDK client over the same middleware chain, for its fluent API:
   * `sdk.api('/me').get()`. Its failures are the SDK's `GraphError`: pass them to `toGraphError`.
   */
  readonly sdk: Client;
  readonly settings: GraphClientSettings;
  /** Every HTTP request this client sent. */
  readonly metrics: GraphRequestMetrics;
  /**
   * Sends the call and resolves with the answer when its status is 2xx. Rejects with a
   * `GraphError` (a `GraphPermissionError` for 401/403) when Graph answers an error after any
   * retries, and with a `GraphClientSideError` when no answer came.
   */
  send<T = unknown>(call: GraphCall): Promise<GraphCallResponse<T>>;
  /** {@link GraphClient.send}, keeping only the body. */
  request<T = unknown>(call: GraphCall): Promise<T>;
}

/**
 * Builds the Graph client: the SDK's `Client.initWithMiddleware` over CX Cadence's own chain
 * (authentication → retry → telemetry → transport). Options are checked here, once; a
 * `ValidationError` names every wrong one.
 *
 * @example
 * const graph = createGraphClient({ tokenProvider, baseUrl: 'http://127.0.0.1:4000/v1.0' });
 * const me = await graph.request<User>({ method: 'GET', url: '/me' });
 */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const settings = resolveGraphClientOptions(options);
  const metrics = new GraphRequestMetrics();
  const root = new URL(settings.baseUrl);
  const sdk = Client.initWithMiddleware({
    middleware: buildMiddlewareChain(settings, metrics),
    baseUrl: `${root.origin}/`,
    defaultVersion: root.pathname.replace(/^\/+|\/+$/g, ''),
  });
  const send = async <T>(call: GraphCall): Promise<GraphCallResponse<T>> => {
    const path = graphPathOf(call.url, settings.baseUrl);
    const response = await dispatch(prepare(sdk, path, call), call);
    if (!response.ok) throw await toGraphError(response, { method: call.method, url: path });
    return {
      status: response.status,
      headers: response.headers,
      body: (await readBody(response)) as T,
    };
  };
  return {
    sdk,
    settings,
    metrics,
    send,
    request: async <T>(call: GraphCall) => (await send<T>(call)).body,
  };
}

/** The chain, in order. The only place it is assembled. */
export function buildMiddlewareChain(
  settings: GraphClientSettings,
  metrics: GraphRequestMetrics,
): Middleware[] {
  return [
    new AuthenticationMiddleware({
      tokenProvider: settings.tokenProvider,
      scopes: settings.scopes,
      baseUrl: settings.baseUrl,
    }),
    new RetryMiddleware({
      retry: settings.retry,
      sleep: settings.sleep,
      random: settings.random,
      now: settings.now,
    }),
    new TelemetryMiddleware({ metrics, newClientRequestId: settings.newClientRequestId }),
    new FetchTransport(settings.fetch),
  ];
}

/**
 * The path after the version segment, for the SDK's `api()`. Absolute URLs must lie under the
 * base URL: the SDK only strips `https://` hosts, and a link to another host must not get a token.
 * A literal `://` in the query is percent-encoded because the SDK takes any `https://` in the path
 * for an absolute URL.
 */
function graphPathOf(url: string, baseUrl: string): string {
  let path = url;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    if (!isUnderBaseUrl(url, baseUrl)) {
      throw new GraphClientSideError(
        'urlOutsideGraph',
        `CX Cadence will not send a Graph request to ${url}: it is outside ${baseUrl}.`,
      );
    }
    path = url.slice(baseUrl.length);
  }
  const [route = '', ...query] = path.split('?');
  const slashed = route.startsWith('/') ? route : `/${route}`;
  return query.length === 0
    ? slashed
    : `${slashed}?${query.join('?').replace(/:\/\//g, '%3A%2F%2F')}`;
}

function prepare(sdk: Client, path: string, call: GraphCall): GraphRequest {
  let request = sdk.api(path).responseType(ResponseType.RAW);
  if (call.headers) request = request.headers({ ...call.headers });
  if (call.options) request = request.middlewareOptions([new GraphRequestOptions(call.options)]);
  return request;
}

async function dispatch(request: GraphRequest, call: GraphCall): Promise<Response> {
  switch (call.method) {
    case 'GET':
      return (await request.get()) as Response;
    case 'POST':
      return (await request.post(call.body)) as Response;
    case 'PATCH':
      return (await request.patch(call.body)) as Response;
    case 'PUT':
      return (await request.put(call.body)) as Response;
    case 'DELETE':
      return (await request.delete()) as Response;
  }
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  if (!(response.headers.get('content-type') ?? '').includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new GraphClientSideError(
      'unreadableResponse',
      `Graph answered ${response.status} with JSON that could not be read.`,
      error,
    );
  }
}
