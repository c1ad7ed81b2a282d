import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveUser, userIdOf } from './access';
import { parseBatch, runBatch } from './batch';
import type { BatchRequestItem } from './batch';
import { GraphHttpError, graphErrorBody, graphErrors } from './errors';
import { FaultInjector } from './faults';
import { loadState, saveState } from './persistence';
import { personasOf } from './personas';
import { RequestLog } from './requestLog';
import { Router } from './router';
import type { EmulatorState, GraphJson } from './state';
import { issueToken, verifyToken } from './tokens';
import type { GraphRequest, GraphResponse, HandlerContext, RouteDefinition } from './types';

export { personasOf } from './personas';

export const DEFAULT_PORT = 4000;
export const DEFAULT_DATA_FILE = '.data/graph.json';
const LOOPBACK = '127.0.0.1';
const GRAPH_PREFIX = '/v1.0';
const JSON_CONTENT_TYPE =
  'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8';

export type SeedKind = 'demo' | 'empty';

/** What the server is built from: the Graph areas, the seeds and the metadata validator. */
export interface EmulatorParts {
  readonly routes: readonly RouteDefinition[];
  readonly seed: (
    kind: SeedKind,
    options: { now: Date; newId: () => string; tokenSecret: string },
  ) => EmulatorState;
  /** Checks a body against Graph's metadata for a type, throwing Graph's 400. */
  readonly validate: (typeName: string, body: unknown) => GraphJson;
}

export interface EmulatorOptions {
  /** 0 picks a free port. Default {@link DEFAULT_PORT}. */
  readonly port?: number;
  /** Where the state persists. Default {@link DEFAULT_DATA_FILE} unless `inMemory`. */
  readonly dataFile?: string;
  /** Keep the state in memory only (tests, benchmarks). */
  readonly inMemory?: boolean;
  /** Seed used when there is no data file yet (or in memory). Default `demo`. */
  readonly seed?: SeedKind;
  /** Start from this state instead of a seed (tests). */
  readonly initialState?: EmulatorState;
  /** The emulator's clock. Default: the real one. */
  readonly now?: () => Date;
  /** Ids for new resources. Default: random GUIDs. */
  readonly newId?: () => string;
  /** Graph metadata file. Default: ../shared/graph/graph-v1.0-metadata.xml beside the checkout. */
  readonly metadataPath?: string;
}

export interface RunningEmulator {
  /** `http://127.0.0.1:N` */
  readonly url: string;
  /** `http://127.0.0.1:N/v1.0` */
  readonly graphUrl: string;
  readonly port: number;
  /** The live state (read it; do not change it behind the emulator's back). */
  state(): EmulatorState;
  close(): Promise<void>;
}

interface RawRequest {
  readonly method: string;
  /** Path and query after `/v1.0`, e.g. `/me/events?$top=5`. */
  readonly target: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

/**
 * The HTTP server of the emulator: bearer auth, fault injection, routing to the Graph areas,
 * `$batch`, persistence, the request log and the control endpoints. `startEmulator` builds it
 * with the real parts; tests of the pipeline give it their own.
 */
export async function startGraphServer(
  parts: EmulatorParts,
  options: EmulatorOptions = {},
): Promise<RunningEmulator> {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => randomUUID());
  const dataFile = options.inMemory ? undefined : (options.dataFile ?? DEFAULT_DATA_FILE);
  const seedKind = options.seed ?? 'demo';
  const freshState = (kind: SeedKind, tokenSecret = randomBytes(32).toString('base64url')) =>
    parts.seed(kind, { now: now(), newId, tokenSecret });

  let state: EmulatorState =
    options.initialState ?? (dataFile ? loadState(dataFile) : undefined) ?? freshState(seedKind);
  const persist = () => {
    if (dataFile) saveState(dataFile, state);
  };
  persist();

  const router = new Router().add(...parts.routes);
  const faults = new FaultInjector();
  const log = new RequestLog();
  let graphUrl = '';

  const authenticate = (headers: Record<string, string>): string => {
    const authorization = headers.authorization ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw graphErrors.unauthenticated();
    const check = verifyToken({ secret: state.tokenSecret, token: match[1], now: now() });
    if (!check.valid) throw graphErrors.unauthenticated(check.reason);
    if (!state.users[check.userId])
      throw graphErrors.unauthenticated('The user of this token no longer exists.');
    return check.userId;
  };

  const errorResponse = (
    error: unknown,
    requestId: string,
    clientRequestId: string,
  ): GraphResponse => {
    const known =
      error instanceof GraphHttpError
        ? error
        : new GraphHttpError({
            status: 500,
            code: 'generalException',
            message: 'An internal error occurred in the emulator.',
          });
    if (!(error instanceof GraphHttpError)) console.error(error);
    return {
      status: known.status,
      headers: { ...known.headers, 'content-type': JSON_CONTENT_TYPE },
      body: graphErrorBody({
        code: known.code,
        message: known.message,
        requestId,
        clientRequestId,
        date: now(),
      }),
    };
  };

  /** One Graph request, top-level or inside a batch: auth, faults, routing, persistence, log. */
  const serveGraph = async (raw: RawRequest, batchId?: string): Promise<GraphResponse> => {
    const requestId = newId();
    const clientRequestId = raw.headers['client-request-id'] ?? requestId;
    const startedAt = now().toISOString();
    let user: string | null = null;
    let response: GraphResponse;
    try {
      const latency = faults.current.latencyMs;
      if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
      const callerId = authenticate(raw.headers);
      user = String(state.users[callerId]?.user.userPrincipalName ?? callerId);
      throwInjectedFault();
      response = await dispatch(raw, callerId, batchId ?? requestId);
    } catch (error) {
      response = errorResponse(error, requestId, clientRequestId);
    }
    const headers = {
      ...response.headers,
      'request-id': requestId,
      'client-request-id': clientRequestId,
    };
    log.add({
      method: raw.method,
      path: `${GRAPH_PREFIX}${raw.target}`,
      status: response.status,
      user,
      startedAt,
      endedAt: now().toISOString(),
      ...(batchId ? { batchId } : {}),
    });
    return { ...response, headers };
  };

  /** Faults are decided after authentication and before the handler, so they change nothing. */
  const throwInjectedFault = (): void => {
    const decision = faults.decide();
    if (decision === 'none') return;
    const retryAfter = String(faults.current.retryAfterSeconds);
    throw decision === 'throttle'
      ? new GraphHttpError({
          status: 429,
          code: 'TooManyRequests',
          message:
            'Too many requests. Please retry after the time given in the Retry-After header.',
          headers: { 'retry-after': retryAfter },
        })
      : new GraphHttpError({
          status: 503,
          code: 'serviceNotAvailable',
          message:
            'The service is temporarily unavailable. Please retry after the time given in the Retry-After header.',
          headers: { 'retry-after': retryAfter },
        });
  };

  const dispatch = async (
    raw: RawRequest,
    callerId: string,
    batchId: string,
  ): Promise<GraphResponse> => {
    const url = new URL(raw.target, 'http://emulator.invalid');
    const originalPath = decodePathname(url.pathname);
    if (raw.method === 'POST' && originalPath.toLowerCase() === '/$batch') {
      return serveBatch(raw, batchId);
    }
    const path = rewriteMe(originalPath, callerId);
    const match = router.match(raw.method, path);
    const caller = state.users[callerId];
    if (!caller) throw graphErrors.unauthenticated();
    let changed = false;
    const request: GraphRequest = {
      method: raw.method,
      path,
      originalPath,
      query: url.searchParams,
      headers: raw.headers,
      body: raw.body,
    };
    const context: HandlerContext = {
      request,
      params: match.params,
      caller,
      callerId,
      state,
      now,
      newId,
      graphBaseUrl: graphUrl,
      markChanged: () => {
        changed = true;
      },
      validateBody: (typeName, body) => parts.validate(typeName, body),
    };
    const response = await match.handler(context);
    if (changed) persist();
    return {
      ...response,
      headers: {
        ...(response.body === undefined ? {} : { 'content-type': JSON_CONTENT_TYPE }),
        ...response.headers,
      },
    };
  };

  const serveBatch = async (raw: RawRequest, batchId: string): Promise<GraphResponse> => {
    const items = parseBatch(raw.body);
    const responses = await runBatch(
      items,
      (item: BatchRequestItem) =>
        serveGraph(
          {
            method: item.method,
            target: item.url.startsWith('/') ? item.url : `/${item.url}`,
            headers: { ...item.headers, authorization: raw.headers.authorization ?? '' },
            body: item.body,
          },
          batchId,
        ),
      (item) => ({
        status: 424,
        headers: { 'content-type': JSON_CONTENT_TYPE },
        body: graphErrorBody({
          code: 'FailedDependency',
          message: `The request ${item.id} was not run because a request it depends on failed.`,
          requestId: newId(),
          clientRequestId: newId(),
          date: now(),
        }),
      }),
    );
    return { status: 200, body: { responses } };
  };

  const serveControl = async (
    method: string,
    path: string,
    body: unknown,
  ): Promise<GraphResponse> => {
    const route = `${method} ${path}`;
    switch (route) {
      case 'GET /emulator/personas':
        return { status: 200, body: personasOf(state) };
      case 'POST /emulator/token': {
        const upn = (body as { userPrincipalName?: unknown } | undefined)?.userPrincipalName;
        if (typeof upn !== 'string' || upn.trim() === '') {
          return {
            status: 400,
            body: { error: 'Send {"userPrincipalName": "…"} with a seeded user.' },
          };
        }
        let user;
        try {
          user = resolveUser(state, upn.trim());
        } catch {
          return {
            status: 404,
            body: { error: `No user ${upn} in this tenant; GET /emulator/personas lists them.` },
          };
        }
        const token = issueToken({
          secret: state.tokenSecret,
          userId: userIdOf(user),
          upn: String(user.user.userPrincipalName),
          now: now(),
        });
        return {
          status: 200,
          body: {
            access_token: token.accessToken,
            token_type: 'Bearer',
            expires_in: token.expiresIn,
          },
        };
      }
      case 'POST /emulator/faults':
        try {
          return { status: 200, body: faults.configure(body) };
        } catch (error) {
          return { status: 400, body: { error: (error as Error).message } };
        }
      case 'DELETE /emulator/faults':
        faults.clear();
        return { status: 204 };
      case 'POST /emulator/reset': {
        const seed = (body as { seed?: unknown } | undefined)?.seed ?? 'demo';
        if (seed !== 'demo' && seed !== 'empty') {
          return { status: 400, body: { error: 'seed must be "demo" or "empty"' } };
        }
        // The same people come back, so their tokens stay valid across a reset.
        state = freshState(seed, state.tokenSecret);
        persist();
        log.clear();
        faults.clear();
        return { status: 200, body: { seed } };
      }
      case 'GET /emulator/requests':
        return { status: 200, body: log.list() };
      default:
        return { status: 404, body: { error: `No control endpoint ${route}.` } };
    }
  };

  const server = createServer((incoming, outgoing) => {
    handleHttp(incoming, outgoing).catch((error: unknown) => {
      console.error(error);
      if (!outgoing.headersSent) outgoing.writeHead(500);
      outgoing.end();
    });
  });

  const handleHttp = async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
    const headers = lowerCaseHeaders(incoming);
    const cors = corsHeaders(headers.origin);
    if (incoming.method === 'OPTIONS') {
      outgoing.writeHead(204, cors);
      outgoing.end();
      return;
    }
    const method = (incoming.method ?? 'GET').toUpperCase();
    const target = incoming.url ?? '/';
    const pathname = target.split('?')[0] ?? '/';
    const text = await readBody(incoming);
    let body: unknown;
    let response: GraphResponse;
    try {
      body = parseJsonBody(text);
      if (pathname.startsWith('/emulator/')) {
        if (!isLoopback(incoming.socket.remoteAddress)) {
          response = {
            status: 403,
            body: { error: 'Control endpoints answer loopback callers only.' },
          };
        } else {
          response = await serveControl(method, pathname.replace(/\/+$/, ''), body);
        }
      } else if (pathname === GRAPH_PREFIX || pathname.startsWith(`${GRAPH_PREFIX}/`)) {
        response = await serveGraph({
          method,
          target: target.slice(GRAPH_PREFIX.length) || '/',
          headers,
          body,
        });
      } else {
        response = {
          status: 404,
          body: { error: 'This is the CX Cadence Graph emulator: Graph lives under /v1.0.' },
        };
      }
    } catch (error) {
      const requestId = newId();
      response = errorResponse(error, requestId, headers['client-request-id'] ?? requestId);
    }
    const outgoingHeaders: Record<string, string> = { ...cors, ...response.headers };
    if (response.body !== undefined && !outgoingHeaders['content-type']) {
      outgoingHeaders['content-type'] = 'application/json; charset=utf-8';
    }
    outgoing.writeHead(response.status, outgoingHeaders);
    outgoing.end(response.body === undefined ? undefined : JSON.stringify(response.body));
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, LOOPBACK, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${LOOPBACK}:${port}`;
  graphUrl = `${url}${GRAPH_PREFIX}`;

  return {
    url,
    graphUrl,
    port,
    state: () => state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function rewriteMe(path: string, callerId: string): string {
  return path.replace(/^\/me(?=\/|$)/i, `/users/${encodeURIComponent(callerId)}`);
}

function decodePathname(pathname: string): string {
  // Keep %2F inside a segment (composite SharePoint ids are sent with commas, not slashes).
  return pathname
    .split('/')
    .map((segment) =>
      segment.replace(/%(?!2F)([0-9A-F]{2})/gi, (_match, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      ),
    )
    .join('/');
}

function lowerCaseHeaders(incoming: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined)
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function corsHeaders(origin: string | undefined): Record<string, string> {
  return {
    'access-control-allow-origin': origin ?? '*',
    'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
    'access-control-allow-headers':
      'Authorization, Content-Type, Prefer, If-Match, If-None-Match, client-request-id, ConsistencyLevel, SdkVersion, return-client-request-id',
    'access-control-expose-headers':
      'request-id, client-request-id, Retry-After, ETag, Preference-Applied, Location',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

async function readBody(incoming: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as GraphJson;
  } catch {
    throw graphErrors.badRequest(
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    );
  }
}
