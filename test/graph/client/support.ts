import { startGraphServer } from '../../../emulator/core/graphServer';
import type { RunningEmulator } from '../../../emulator/core/graphServer';
import { GraphHttpError } from '../../../emulator/core/errors';
import { collectionResponse } from '../../../emulator/core/odata';
import type { GraphJson } from '../../../emulator/core/state';
import type { RouteDefinition } from '../../../emulator/core/types';
import { staticTokenProvider } from '../../../src/auth/tokenProvider';
import { createGraphClient } from '../../../src/graph/client/createGraphClient';
import type { GraphClient } from '../../../src/graph/client/createGraphClient';
import type { GraphClientOptions } from '../../../src/graph/client/options';
import { TEST_NOW, tokenFor } from '../../emulator/support/graphClient';
import { buildTestTenant, testUsers } from '../../emulator/support/tenant';

/**
 * The emulator's real HTTP pipeline (bearer tokens, faults, `$batch`, request log) with a small
 * route set of our own, so the client is tested against what it will meet, not against mocks.
 */

/** What the routes below keep between requests of one test. */
export interface RouteProbe {
  /** Answers still to fail per `/me/flaky/{key}`: status and headers of each. */
  readonly flaky: Map<string, { status: number; headers: Record<string, string> }[]>;
  /** Most event handlers running at once, per mailbox owner. */
  readonly maxConcurrentEvents: Map<string, number>;
}

const notesOf = (state: { teamsApps: Record<string, GraphJson> }) => Object.values(state.teamsApps);

function routes(probe: RouteProbe): RouteDefinition[] {
  const running = new Map<string, number>();
  const eventHandler = async (userId: string, body: unknown) => {
    const now = (running.get(userId) ?? 0) + 1;
    running.set(userId, now);
    probe.maxConcurrentEvents.set(
      userId,
      Math.max(probe.maxConcurrentEvents.get(userId) ?? 0, now),
    );
    await new Promise((resolve) => setTimeout(resolve, 2));
    running.set(userId, (running.get(userId) ?? 1) - 1);
    return { status: 200, body: { ...(body as object), id: 'event' } };
  };
  return [
    {
      method: 'GET',
      path: '/users/{userId}/notes',
      handler: (context) =>
        collectionResponse(context.request, context.graphBaseUrl, notesOf(context.state), {
          defaultPageSize: 10,
        }),
    },
    {
      method: 'POST',
      path: '/users/{userId}/notes',
      handler: (context) => {
        const id = context.newId();
        const note = { id, text: (context.request.body as { text?: string }).text ?? '' };
        context.state.teamsApps[id] = note;
        context.markChanged();
        return { status: 201, body: note };
      },
    },
    {
      method: 'GET',
      path: '/users/{userId}/notes/{noteId}',
      handler: (context) => {
        const note = context.state.teamsApps[context.params.noteId ?? ''];
        if (!note) {
          throw new GraphHttpError({ status: 404, code: 'itemNotFound', message: 'No such note.' });
        }
        return { status: 200, body: note };
      },
    },
    {
      method: 'PUT',
      path: '/users/{userId}/notes/{noteId}',
      handler: (context) => {
        const id = context.params.noteId ?? '';
        const note = { id, text: (context.request.body as { text?: string }).text ?? '' };
        context.state.teamsApps[id] = note;
        return { status: 200, body: note };
      },
    },
    {
      method: 'DELETE',
      path: '/users/{userId}/notes/{noteId}',
      handler: (context) => {
        Reflect.deleteProperty(context.state.teamsApps, context.params.noteId ?? '');
        return { status: 204 };
      },
    },
    {
      method: 'GET',
      path: '/users/{userId}/flaky/{key}',
      handler: (context) => {
        const queue = probe.flaky.get(context.params.key ?? '') ?? [];
        const failure = queue.shift();
        if (failure) {
          throw new GraphHttpError({
            status: failure.status,
            code: failure.status === 429 ? 'TooManyRequests' : 'serviceNotAvailable',
            message: 'Try again later.',
            headers: failure.headers,
          });
        }
        return { status: 200, body: { key: context.params.key } };
      },
    },
    {
      method: 'PATCH',
      path: '/users/{userId}/events/{eventId}',
      handler: (context) => eventHandler(context.params.userId ?? '', context.request.body),
    },
    {
      method: 'POST',
      path: '/users/{userId}/events',
      handler: (context) => ({
        status: 201,
        body: { ...(context.request.body as object), id: context.newId() },
      }),
    },
    {
      method: 'POST',
      path: '/users/{userId}/calendar/getSchedule',
      handler: () => {
        throw new GraphHttpError({
          status: 403,
          code: 'ErrorAccessDenied',
          message: 'Access is denied. Check credentials and try again.',
        });
      },
    },
    {
      method: 'GET',
      path: '/users/{userId}/looping',
      handler: (context) => ({
        status: 200,
        body: { value: [1], '@odata.nextLink': `${context.graphBaseUrl}/me/looping` },
      }),
    },
    {
      method: 'GET',
      path: '/users/{userId}/leaky',
      handler: () => ({
        status: 200,
        body: { value: [1], '@odata.nextLink': 'https://attacker.example/v1.0/me/leaky?page=2' },
      }),
    },
  ];
}

export interface TestGraph {
  readonly emulator: RunningEmulator;
  readonly probe: RouteProbe;
  /** Alex's bearer token. */
  readonly token: string;
  /** Waits requested by the client, in milliseconds, instead of waiting. */
  readonly sleeps: number[];
  /** A client for Alex on the emulator; `overrides` replace any option. */
  client(overrides?: Partial<GraphClientOptions>): GraphClient;
  faults(settings: Record<string, number>): Promise<void>;
  /** `GET /emulator/requests`. */
  log(): Promise<LoggedRequest[]>;
  close(): Promise<void>;
}

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly user: string | null;
  readonly batchId?: string;
}

export async function startTestGraph(): Promise<TestGraph> {
  const probe: RouteProbe = { flaky: new Map(), maxConcurrentEvents: new Map() };
  let next = 0;
  const emulator = await startGraphServer(
    {
      routes: routes(probe),
      seed: () => buildTestTenant(),
      validate: (_type, body) => body as never,
    },
    {
      port: 0,
      inMemory: true,
      initialState: buildTestTenant(),
      now: () => TEST_NOW,
      newId: () => `id-${String(++next).padStart(4, '0')}`,
    },
  );
  const token = await tokenFor(emulator, testUsers.alex.upn);
  const sleeps: number[] = [];
  return {
    emulator,
    probe,
    token,
    sleeps,
    client: (overrides = {}) =>
      createGraphClient({
        tokenProvider: staticTokenProvider(token),
        baseUrl: emulator.graphUrl,
        sleep: (ms) => {
          sleeps.push(ms);
          return Promise.resolve();
        },
        random: () => 0.5,
        now: () => TEST_NOW,
        ...overrides,
      }),
    faults: async (settings) => {
      const response = await fetch(`${emulator.url}/emulator/faults`, {
        method: 'POST',
        body: JSON.stringify(settings),
      });
      if (!response.ok) throw new Error(`Fault settings refused: ${await response.text()}`);
    },
    log: async () =>
      (await (await fetch(`${emulator.url}/emulator/requests`)).json()) as LoggedRequest[],
    close: () => emulator.close(),
  };
}

/** Outer (top-level) requests of the log. */
export function topLevel(log: readonly LoggedRequest[]): LoggedRequest[] {
  return log.filter((entry) => entry.batchId === undefined);
}

/** Requests the emulator ran inside a `$batch`. */
export function innerRequests(log: readonly LoggedRequest[]): LoggedRequest[] {
  return log.filter((entry) => entry.batchId !== undefined);
}

export { TEST_NOW, testUsers };
