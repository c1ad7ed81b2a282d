import { Client, GraphError as SdkGraphError } from '@microsoft/microsoft-graph-client';
import { staticTokenProvider } from '../../../src/auth/tokenProvider';
import { ValidationError } from '../../../src/domain/errors';
import { createGraphClient } from '../../../src/graph/client/createGraphClient';
import {
  GraphClientSideError,
  GraphError,
  GraphNetworkError,
  GraphPermissionError,
  GraphSignInError,
  toGraphError,
} from '../../../src/graph/client/graphError';
import { GraphRequestOptions } from '../../../src/graph/client/requestOptions';
import { TEST_NOW, startTestGraph, testUsers } from './support';
import type { TestGraph } from './support';

/** The error `run` throws (undefined when it does not). */
function caught(run: () => unknown): unknown {
  try {
    run();
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('createGraphClient', () => {
  let graph: TestGraph;

  beforeEach(async () => {
    graph = await startTestGraph();
  });
  afterEach(() => graph.close());

  describe('authentication', () => {
    it('sends the bearer token to the plain-http emulator', async () => {
      const client = graph.client();
      const notes = await client.request<{ value: unknown[] }>({ method: 'GET', url: '/me/notes' });
      expect(notes.value).toEqual([]);
      expect(await graph.log()).toEqual([
        expect.objectContaining({ path: '/v1.0/me/notes', status: 200, user: testUsers.alex.upn }),
      ]);
    });

    it('is needed because the SDK’s default authentication handler skips a non-Graph host', async () => {
      const sdkDefault = Client.init({
        authProvider: (done) => done(null, graph.token),
        baseUrl: `${graph.emulator.url}/`,
      });
      const failure: unknown = await sdkDefault
        .api('/me/notes')
        .get()
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(SdkGraphError);
      expect((failure as SdkGraphError).statusCode).toBe(401);
    });

    it('asks the token provider for the request’s scopes', async () => {
      const asked: (readonly string[])[] = [];
      const client = graph.client({
        scopes: ['User.Read'],
        tokenProvider: {
          getAccessToken: (scopes) => {
            asked.push(scopes);
            return Promise.resolve(graph.token);
          },
        },
      });
      await client.request({ method: 'GET', url: '/me/notes' });
      await client.request({
        method: 'GET',
        url: '/me/notes',
        options: { scopes: ['Calendars.ReadBasic'] },
      });
      expect(asked).toEqual([['User.Read'], ['Calendars.ReadBasic']]);
    });

    it('reports a token provider failure as a sign-in problem, without calling Graph', async () => {
      const client = graph.client({
        tokenProvider: { getAccessToken: () => Promise.reject(new Error('interaction_required')) },
      });
      const failure = client.request({ method: 'GET', url: '/me/notes' });
      await expect(failure).rejects.toBeInstanceOf(GraphSignInError);
      await expect(failure).rejects.toThrow(/interaction_required\. Sign in again\./);
      expect(await graph.log()).toEqual([]);
    });

    it('refuses an absolute URL outside the base URL, so the token never leaves it', async () => {
      const client = graph.client();
      const failure = client.request({ method: 'GET', url: 'https://attacker.example/v1.0/me' });
      await expect(failure).rejects.toBeInstanceOf(GraphClientSideError);
      await expect(failure).rejects.toMatchObject({ code: 'urlOutsideGraph' });
      expect(client.metrics.snapshot().httpRequests).toBe(0);
    });

    it('accepts an absolute URL under the base URL, like an @odata.nextLink', async () => {
      const client = graph.client();
      await client.request({ method: 'GET', url: `${graph.emulator.graphUrl}/me/notes?$top=5` });
      expect((await graph.log())[0]?.path).toBe('/v1.0/me/notes?$top=5');
    });

    it('refuses an empty static token', () => {
      expect(() => staticTokenProvider('  ')).toThrow(RangeError);
    });
  });

  describe('errors', () => {
    it('turns a 401 into a GraphPermissionError that says to sign in again', async () => {
      const client = graph.client({ tokenProvider: staticTokenProvider('forged.token') });
      const failure: unknown = await client
        .request({ method: 'POST', url: '/me/events', body: { subject: 'CX Council' } })
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(GraphPermissionError);
      const error = failure as GraphPermissionError;
      expect(error).toMatchObject({
        status: 401,
        code: 'InvalidAuthenticationToken',
        remedy: 'signInAgain',
        permission: 'Calendars.ReadWrite',
      });
      expect(error.message).toMatch(
        /^CX Cadence could not create or update meetings in your calendar: your Microsoft 365 sign-in has expired or was not accepted \(this step needs the Calendars.ReadWrite permission\)\. Sign in again\./,
      );
      expect(error.requestId).toEqual(expect.any(String));
      expect(error.message).toContain(`request-id ${error.requestId}`);
    });

    it('turns a 403 into a GraphPermissionError naming the permission to ask the admin for', async () => {
      const client = graph.client();
      const failure: unknown = await client
        .request({ method: 'POST', url: '/me/calendar/getSchedule', body: { schedules: [] } })
        .catch((error: unknown) => error);
      expect(failure).toMatchObject({
        status: 403,
        code: 'ErrorAccessDenied',
        remedy: 'askAdminToGrant',
        permission: 'Calendars.ReadBasic',
        action: "read your team's free/busy times",
      });
      expect((failure as Error).message).toContain(
        'Ask your Microsoft 365 admin to grant CX Cadence the Calendars.ReadBasic permission.',
      );
    });

    it('keeps Graph’s code, request-id, client-request-id and date on any other error', async () => {
      const client = graph.client({ newClientRequestId: () => 'my-correlation-id' });
      const failure: unknown = await client
        .request({ method: 'GET', url: '/me/notes/missing' })
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(GraphError);
      expect(failure).not.toBeInstanceOf(GraphPermissionError);
      expect(failure).toMatchObject({
        status: 404,
        code: 'itemNotFound',
        graphMessage: 'No such note.',
        clientRequestId: 'my-correlation-id',
        requestId: expect.stringMatching(/^id-/),
        date: TEST_NOW,
        operation: { method: 'GET', url: '/me/notes/missing' },
      });
    });

    it('converts the SDK’s own GraphError, from fluent calls on the same chain', async () => {
      const client = graph.client({ newClientRequestId: () => 'fluent-id' });
      const sdkFailure: unknown = await client.sdk
        .api('/me/notes/missing')
        .get()
        .catch((error: unknown) => error);
      expect(sdkFailure).toBeInstanceOf(SdkGraphError);
      const error = await toGraphError(sdkFailure as SdkGraphError, {
        method: 'GET',
        url: '/me/notes/missing',
      });
      expect(error).toMatchObject({
        status: 404,
        code: 'itemNotFound',
        clientRequestId: 'fluent-id',
        requestId: expect.stringMatching(/^id-/),
      });
    });

    it('reads a fetch Response into the same GraphError', async () => {
      const response = await fetch(`${graph.emulator.graphUrl}/me/notes`, {
        headers: { 'client-request-id': 'raw-call' },
      });
      const error = await toGraphError(response, { method: 'GET', url: '/me/notes' });
      expect(error).toBeInstanceOf(GraphPermissionError);
      expect(error).toMatchObject({
        status: 401,
        clientRequestId: 'raw-call',
        remedy: 'signInAgain',
      });
    });

    it('reports an unreachable host as a GraphNetworkError, not a Graph error', async () => {
      const client = graph.client({ baseUrl: 'http://127.0.0.1:1/v1.0' });
      const failure: unknown = await client
        .request({ method: 'GET', url: '/me' })
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(GraphNetworkError);
      expect(failure).not.toBeInstanceOf(GraphError);
      expect((failure as GraphNetworkError).message).toMatch(/Check the network connection/);
      expect(client.metrics.snapshot()).toMatchObject({ httpRequests: 1, failedResponses: 1 });
    });
  });

  describe('methods', () => {
    it('sends PUT and DELETE and resolves an empty answer as undefined', async () => {
      const client = graph.client();
      const note = await client.request<{ id: string }>({
        method: 'POST',
        url: '/me/notes',
        body: { text: 'x' },
      });
      const replaced = await client.send({
        method: 'PUT',
        url: `/me/notes/${note.id}`,
        body: { text: 'y' },
      });
      expect(replaced).toMatchObject({ status: 200, body: { id: note.id, text: 'y' } });
      expect(
        await client.request({ method: 'DELETE', url: `/me/notes/${note.id}` }),
      ).toBeUndefined();
      expect((await graph.log()).map((entry) => [entry.method, entry.status])).toEqual([
        ['POST', 201],
        ['PUT', 200],
        ['DELETE', 204],
      ]);
    });
  });

  describe('retry', () => {
    it('waits what Retry-After asks and gives up after the retry limit with a GraphError', async () => {
      await graph.faults({ throttleRate: 1, retryAfterSeconds: 2 });
      const client = graph.client({ retry: { maxRetries: 3 } });
      const failure: unknown = await client
        .request({ method: 'GET', url: '/me/notes' })
        .catch((error: unknown) => error);
      expect(graph.sleeps).toEqual([2000, 2000, 2000]);
      expect(failure).toMatchObject({
        status: 429,
        code: 'TooManyRequests',
        requestId: expect.any(String),
      });
      expect((await graph.log()).map((entry) => entry.status)).toEqual([429, 429, 429, 429]);
    });

    it('succeeds once the throttling stops, counting every attempt', async () => {
      graph.probe.flaky.set('a', [
        { status: 429, headers: { 'retry-after': '1' } },
        { status: 503, headers: { 'retry-after': '3' } },
      ]);
      const client = graph.client();
      expect(await client.request({ method: 'GET', url: '/me/flaky/a' })).toEqual({ key: 'a' });
      expect(graph.sleeps).toEqual([1000, 3000]);
      expect(client.metrics.snapshot()).toMatchObject({ httpRequests: 3, roundTrips: 3 });
    });

    it('reads a Retry-After given as an HTTP date against the injected clock', async () => {
      const inThreeSeconds = new Date(TEST_NOW.getTime() + 3000).toUTCString();
      graph.probe.flaky.set('dated', [{ status: 503, headers: { 'retry-after': inThreeSeconds } }]);
      await graph.client().request({ method: 'GET', url: '/me/flaky/dated' });
      expect(graph.sleeps).toEqual([3000]);
    });

    it('backs off exponentially with jitter from the injected random source when Graph names no wait', async () => {
      graph.probe.flaky.set('silent', [
        { status: 504, headers: {} },
        { status: 504, headers: {} },
      ]);
      await graph
        .client({ retry: { baseDelayMs: 100 }, random: () => 0.5 })
        .request({ method: 'GET', url: '/me/flaky/silent' });
      // ceiling 100 → 50 + 0.5 × 50; ceiling 200 → 100 + 0.5 × 100
      expect(graph.sleeps).toEqual([75, 150]);
    });

    it('gives up at once when Retry-After is longer than the longest wait allowed', async () => {
      await graph.faults({ throttleRate: 1, retryAfterSeconds: 120 });
      const failure = graph.client().request({ method: 'GET', url: '/me/notes' });
      await expect(failure).rejects.toMatchObject({ status: 429 });
      expect(graph.sleeps).toEqual([]);
    });

    it.each([
      ['a GET', { method: 'GET', url: '/me/notes' }, 2],
      [
        'a POST with a transactionId',
        { method: 'POST', url: '/me/events', body: { transactionId: 't-1' } },
        2,
      ],
      [
        'a POST the caller marks safe',
        { method: 'POST', url: '/me/notes', body: {}, options: { retrySafe: true } },
        2,
      ],
      [
        'a POST without a transactionId',
        { method: 'POST', url: '/me/notes', body: { text: 'x' } },
        1,
      ],
      [
        'a GET the caller marks unsafe',
        { method: 'GET', url: '/me/notes', options: { retrySafe: false } },
        1,
      ],
    ] as const)(
      'retries a throttled request only when safe to replay: %s',
      async (_case, call, sent) => {
        await graph.faults({ throttleRate: 1 });
        await expect(
          graph.client({ retry: { maxRetries: 1 } }).request(call),
        ).rejects.toMatchObject({
          status: 429,
        });
        expect(await graph.log()).toHaveLength(sent);
      },
    );

    it('lets one request override the retry limit', async () => {
      await graph.faults({ throttleRate: 1 });
      const client = graph.client({ retry: { maxRetries: 4 } });
      await expect(
        client.request({ method: 'GET', url: '/me/notes', options: { retry: { maxRetries: 1 } } }),
      ).rejects.toMatchObject({ status: 429 });
      expect(await graph.log()).toHaveLength(2);
    });
  });

  describe('telemetry', () => {
    it('sends a client-request-id with every request and records each answer’s request-id', async () => {
      let next = 0;
      const client = graph.client({ newClientRequestId: () => `crid-${++next}` });
      await client.request({ method: 'GET', url: '/me/notes' });
      await client.request({ method: 'POST', url: '/me/notes', body: { text: 'x' } });
      expect(client.metrics.snapshot().recentResponses).toEqual([
        {
          method: 'GET',
          url: `${graph.emulator.graphUrl}/me/notes`,
          status: 200,
          requestId: expect.stringMatching(/^id-/),
          clientRequestId: 'crid-1',
        },
        expect.objectContaining({ method: 'POST', status: 201, clientRequestId: 'crid-2' }),
      ]);
    });

    it('keeps the client-request-id across the retries of one request', async () => {
      graph.probe.flaky.set('b', [{ status: 429, headers: { 'retry-after': '1' } }]);
      let next = 0;
      const client = graph.client({ newClientRequestId: () => `crid-${++next}` });
      await client.request({ method: 'GET', url: '/me/flaky/b' });
      expect(
        client.metrics.snapshot().recentResponses.map((entry) => entry.clientRequestId),
      ).toEqual(['crid-1', 'crid-1']);
    });

    it('counts HTTP requests and sequential round trips, and notifies subscribers', async () => {
      const client = graph.client();
      const seen: number[] = [];
      const unsubscribe = client.metrics.subscribe((snapshot) => seen.push(snapshot.httpRequests));
      await client.request({ method: 'GET', url: '/me/notes' });
      await Promise.all([1, 2, 3].map(() => client.request({ method: 'GET', url: '/me/notes' })));
      unsubscribe();
      await client.request({ method: 'GET', url: '/me/notes' });
      expect(client.metrics.snapshot()).toMatchObject({
        httpRequests: 5,
        roundTrips: 3,
        inFlight: 0,
        failedResponses: 0,
      });
      expect(Math.max(...seen)).toBe(4);
      client.metrics.reset();
      expect(client.metrics.snapshot().httpRequests).toBe(0);
    });

    it('lets a benchmark wrap the transport’s fetch', async () => {
      const sent: string[] = [];
      const client = graph.client({
        fetch: (input, init) => {
          sent.push(`${init?.method ?? 'GET'} ${String(input)}`);
          return fetch(input, init);
        },
      });
      await client.request({ method: 'GET', url: '/me/notes' });
      expect(sent).toEqual([`GET ${graph.emulator.graphUrl}/me/notes`]);
    });
  });

  describe('options', () => {
    it('names every wrong option at once', () => {
      const build = () =>
        createGraphClient({
          tokenProvider: staticTokenProvider('t'),
          baseUrl: 'http://graph.example.com/v1.0',
          scopes: [],
          retry: { maxRetries: 11, baseDelayMs: 5000, maxDelayMs: 1000 },
        });
      const failure = caught(build);
      expect(failure).toBeInstanceOf(ValidationError);
      expect((failure as ValidationError).issues.map((issue) => issue.field)).toEqual([
        'baseUrl',
        'scopes',
        'retry.maxRetries',
        'retry.baseDelayMs',
      ]);
    });

    it.each([
      ['not a URL', 'graph'],
      ['without the version', 'https://graph.microsoft.com'],
      ['with a query', 'https://graph.microsoft.com/v1.0?x=1'],
    ])('refuses a base URL %s', (_case, baseUrl) => {
      expect(() => createGraphClient({ tokenProvider: staticTokenProvider('t'), baseUrl })).toThrow(
        /baseUrl: Base URL/,
      );
    });

    it('defaults to Graph v1.0 in the global cloud', () => {
      const client = createGraphClient({ tokenProvider: staticTokenProvider('t') });
      expect(client.settings).toMatchObject({
        baseUrl: 'https://graph.microsoft.com/v1.0',
        scopes: ['https://graph.microsoft.com/.default'],
        retry: { maxRetries: 4, baseDelayMs: 1000, maxDelayMs: 60000 },
      });
    });

    it('checks per-request overrides when they are built', () => {
      expect(() => new GraphRequestOptions({ retry: { maxRetries: -1 }, scopes: [''] })).toThrow(
        ValidationError,
      );
    });
  });
});
