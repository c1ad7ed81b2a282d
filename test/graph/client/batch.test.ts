import { staticTokenProvider } from '../../../src/auth/tokenProvider';
import { ValidationError } from '../../../src/domain/errors';
import { executeBatch, outlookMailboxOf } from '../../../src/graph/client/batch';
import type { BatchRequest, BatchResult } from '../../../src/graph/client/batch';
import { GraphPermissionError } from '../../../src/graph/client/graphError';
import { innerRequests, startTestGraph, testUsers, topLevel } from './support';
import type { TestGraph } from './support';

const getNotes = (count: number, prefix = 'n'): BatchRequest[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `${prefix}${index + 1}`,
    method: 'GET',
    url: '/me/notes',
  }));

const failuresOf = (results: readonly BatchResult<unknown>[]) =>
  results.filter((result) => !result.ok).map((result) => result.id);

describe('executeBatch', () => {
  let graph: TestGraph;

  beforeEach(async () => {
    graph = await startTestGraph();
  });
  afterEach(() => graph.close());

  it('sends 45 requests as 3 batches of at most 20, together, and answers each by id', async () => {
    const report = await executeBatch(graph.client(), getNotes(45));
    expect(report).toMatchObject({ httpRequests: 3, roundTrips: 1 });
    expect(report.results.map((result) => [result.id, result.ok, result.status])).toEqual(
      getNotes(45).map((request) => [request.id, true, 200]),
    );
    const log = await graph.log();
    expect(topLevel(log).map((entry) => entry.path)).toEqual(Array(3).fill('/v1.0/$batch'));
    expect(innerRequests(log)).toHaveLength(45);
  });

  it('retries throttled inner requests after their own Retry-After until every one succeeds', async () => {
    const run = async () => {
      await graph.faults({ throttleRate: 0.3, retryAfterSeconds: 1, seed: 11 });
      graph.sleeps.length = 0;
      const report = await executeBatch(graph.client(), getNotes(45), {
        maxConcurrentBatches: 1,
        retry: { maxRetries: 8 },
      });
      return { report, log: await graph.log(), sleeps: [...graph.sleeps] };
    };
    const { report, log, sleeps } = await run();
    expect(failuresOf(report.results)).toEqual([]);
    const inner = innerRequests(log);
    const throttledInner = inner.filter((entry) => entry.status === 429).length;
    expect(inner.filter((entry) => entry.status === 200)).toHaveLength(45);
    expect(inner).toHaveLength(45 + throttledInner);
    expect(throttledInner).toBeGreaterThan(0);
    expect(report.httpRequests).toBe(topLevel(log).length);
    expect(new Set(sleeps)).toEqual(new Set([1000]));

    // The same seed throttles the same requests: the counts are exact, not approximate.
    await fetch(`${graph.emulator.url}/emulator/reset`, {
      method: 'POST',
      body: '{"seed":"demo"}',
    });
    const again = await run();
    expect(again.report.httpRequests).toBe(report.httpRequests);
    expect(again.report.roundTrips).toBe(report.roundTrips);
    expect(innerRequests(again.log)).toHaveLength(inner.length);
  });

  it('does not replay a throttled POST that has no transactionId, and replays one that has', async () => {
    await graph.faults({ throttleRate: 1, retryAfterSeconds: 3 });
    const report = await executeBatch(
      graph.client(),
      [
        { id: 'plain', method: 'POST', url: '/me/notes', body: { text: 'x' } },
        {
          id: 'idempotent',
          method: 'POST',
          url: '/me/events',
          body: { transactionId: 'cadence-1-v1' },
        },
      ],
      { retry: { maxRetries: 2 } },
    );
    expect(report.results).toEqual([
      expect.objectContaining({ id: 'plain', ok: false, status: 429 }),
      expect.objectContaining({ id: 'idempotent', ok: false, status: 429 }),
    ]);
    // Every $batch POST is throttled as a whole: the first carries both, the 2 retries only the safe one.
    expect(report.httpRequests).toBe(3);
    expect(graph.sleeps).toEqual([3000, 3000]);
    expect(innerRequests(await graph.log())).toEqual([]);
  });

  it('sends again only the throttled inner request, after its own Retry-After', async () => {
    graph.probe.flaky.set('x', [{ status: 429, headers: { 'retry-after': '2' } }]);
    const report = await executeBatch(graph.client(), [
      { id: 'safe', method: 'GET', url: '/me/flaky/x' },
      { id: 'other', method: 'GET', url: '/me/notes' },
    ]);
    expect(report.results.map((result) => result.ok)).toEqual([true, true]);
    expect(graph.sleeps).toEqual([2000]);
    expect(report).toMatchObject({ httpRequests: 2, roundTrips: 2 });
  });

  it('stops retrying an inner request at the retry limit and returns its GraphError', async () => {
    graph.probe.flaky.set('y', Array(5).fill({ status: 503, headers: { 'retry-after': '1' } }));
    const report = await executeBatch(
      graph.client(),
      [{ id: 'y', method: 'GET', url: '/me/flaky/y' }],
      {
        retry: { maxRetries: 2 },
      },
    );
    const [result] = report.results;
    expect(result).toMatchObject({ id: 'y', ok: false, status: 503 });
    expect(result?.ok === false && result.error).toMatchObject({
      code: 'serviceNotAvailable',
      requestId: expect.stringMatching(/^id-/),
    });
    expect(report.httpRequests).toBe(3);
  });

  describe('dependsOn', () => {
    it('runs a chain in order inside one batch', async () => {
      const report = await executeBatch<{ id?: string; value?: unknown[] }>(graph.client(), [
        { id: 'create', method: 'POST', url: '/me/notes', body: { text: 'agenda' } },
        { id: 'list', method: 'GET', url: '/me/notes', dependsOn: ['create'] },
        ...getNotes(3),
      ]);
      expect(failuresOf(report.results)).toEqual([]);
      const list = report.results[1];
      expect(list?.ok && list.body.value).toEqual([{ id: expect.any(String), text: 'agenda' }]);
      expect(report.httpRequests).toBe(2);
    });

    it('gives 424 to a request whose dependency failed, and reruns the others queued behind it', async () => {
      const report = await executeBatch(graph.client(), [
        { id: 'a', method: 'GET', url: '/me/notes/missing' },
        { id: 'b', method: 'POST', url: '/me/notes', body: { text: 'never' }, dependsOn: ['a'] },
        { id: 'c', method: 'POST', url: '/me/notes', body: { text: 'c' }, retrySafe: true },
        { id: 'd', method: 'GET', url: '/me/notes', dependsOn: ['c'] },
      ]);
      expect(report.results.map((result) => [result.id, result.status])).toEqual([
        ['a', 404],
        ['b', 424],
        ['c', 201],
        ['d', 200],
      ]);
      const b = report.results[1];
      expect(b?.ok === false && b.error.code).toBe('FailedDependency');
      expect(
        innerRequests(await graph.log()).filter((entry) => entry.method === 'POST'),
      ).toHaveLength(1);
      expect(report).toMatchObject({ httpRequests: 2, roundTrips: 2 });
    });

    it.each([
      [
        'a chain longer than one batch',
        Array.from({ length: 21 }, (_, index) => ({
          id: `s${index}`,
          method: 'GET' as const,
          url: '/me/notes',
          ...(index > 0 ? { dependsOn: [`s${index - 1}`] } : {}),
        })),
        'requests.0.dependsOn',
      ],
      [
        'a cycle',
        [
          { id: 'a', method: 'GET' as const, url: '/me/notes', dependsOn: ['b'] },
          { id: 'b', method: 'GET' as const, url: '/me/notes', dependsOn: ['a'] },
        ],
        'requests.0.dependsOn',
      ],
      [
        'an unknown dependency',
        [{ id: 'a', method: 'GET' as const, url: '/me/notes', dependsOn: ['z'] }],
        'requests.0.dependsOn',
      ],
      [
        'ids equal but for case',
        [
          { id: 'a', method: 'GET' as const, url: '/me/notes' },
          { id: 'A', method: 'GET' as const, url: '/me/notes' },
        ],
        'requests.1.id',
      ],
      [
        'a URL on another host',
        [{ id: 'a', method: 'GET' as const, url: 'https://attacker.example/v1.0/me' }],
        'requests.0.url',
      ],
    ])('refuses %s before sending anything', async (_case, requests, field) => {
      const failure: unknown = await executeBatch(graph.client(), requests).catch(
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(ValidationError);
      expect((failure as ValidationError).issues.map((issue) => issue.field)).toEqual([field]);
      expect(await graph.log()).toEqual([]);
    });
  });

  describe('Outlook’s 4 concurrent requests per mailbox', () => {
    it('sends 26 occurrence updates as 2 sequential batches: 2 requests, 1 round trip, at most 2 at once', async () => {
      const patches: BatchRequest[] = Array.from({ length: 26 }, (_, index) => ({
        id: `occ${index + 1}`,
        method: 'PATCH',
        url: `/me/events/occ${index + 1}`,
        body: { body: { contentType: 'html', content: `Presenter ${index + 1}` } },
      }));
      const report = await executeBatch(graph.client(), patches);
      expect(failuresOf(report.results)).toEqual([]);
      expect(report).toMatchObject({ httpRequests: 2, roundTrips: 1 });
      expect(graph.probe.maxConcurrentEvents.get(testUsers.alex.id)).toBeLessThanOrEqual(2);
    });

    it('keeps up to 4 requests for one mailbox in a parallel batch with other requests', async () => {
      const report = await executeBatch(graph.client(), [
        ...Array.from({ length: 4 }, (_, index) => ({
          id: `e${index}`,
          method: 'PATCH' as const,
          url: `/me/events/e${index}`,
          body: { subject: 'CX Council' },
        })),
        ...getNotes(16),
      ]);
      expect(failuresOf(report.results)).toEqual([]);
      expect(report).toMatchObject({ httpRequests: 1, roundTrips: 1 });
      expect(graph.probe.maxConcurrentEvents.get(testUsers.alex.id)).toBe(4);
    });

    it('holds back batches that would run more than the allowed requests in one mailbox', async () => {
      const patches: BatchRequest[] = Array.from({ length: 60 }, (_, index) => ({
        id: `p${index}`,
        method: 'PATCH',
        url: `/me/events/p${index}`,
        body: { subject: 'CX Council' },
      }));
      const report = await executeBatch(graph.client(), patches, { mailboxConcurrency: 2 });
      expect(failuresOf(report.results)).toEqual([]);
      expect(report).toMatchObject({ httpRequests: 3, roundTrips: 2 });
      expect(graph.probe.maxConcurrentEvents.get(testUsers.alex.id)).toBeLessThanOrEqual(2);
    });

    it.each([
      ['/me/events/1', 'me'],
      ['/me/calendar/getSchedule', 'me'],
      ['/users/Blair%40contoso.test/mailboxSettings', 'blair@contoso.test'],
      ['/me/joinedTeams', undefined],
      ['/groups/g1/members', undefined],
    ])('knows %s works on mailbox %s', (url, mailbox) => {
      expect(outlookMailboxOf(url)).toBe(mailbox);
    });
  });

  describe('errors', () => {
    it('names the permission an inner 403 lacks', async () => {
      const report = await executeBatch(graph.client(), [
        { id: 'fb', method: 'POST', url: '/me/calendar/getSchedule', body: { schedules: [] } },
      ]);
      const [result] = report.results;
      expect(result?.ok).toBe(false);
      const error = result?.ok === false ? result.error : undefined;
      expect(error).toBeInstanceOf(GraphPermissionError);
      expect(error).toMatchObject({
        permission: 'Calendars.ReadBasic',
        requestId: expect.any(String),
      });
    });

    it('answers every request with the outer 401, as a sign-in problem for each', async () => {
      const client = graph.client({ tokenProvider: staticTokenProvider('expired.token') });
      const report = await executeBatch(client, [
        { id: 'e', method: 'PATCH', url: '/me/events/1', body: {} },
        { id: 'n', method: 'GET', url: '/me/notes' },
      ]);
      expect(report.results.map((result) => result.ok === false && result.error)).toEqual([
        expect.objectContaining({
          status: 401,
          remedy: 'signInAgain',
          permission: 'Calendars.ReadWrite',
        }),
        expect.objectContaining({ status: 401, remedy: 'signInAgain', permission: undefined }),
      ]);
    });

    it('sends nothing for no requests', async () => {
      expect(await executeBatch(graph.client(), [])).toEqual({
        results: [],
        httpRequests: 0,
        roundTrips: 0,
      });
    });

    it.each([
      [{ maxConcurrentBatches: 0 }, 'maxConcurrentBatches'],
      [{ mailboxConcurrency: 5 }, 'mailboxConcurrency'],
      [{ retry: { maxRetries: 99 } }, 'retry.maxRetries'],
    ])('refuses options %j', async (options, field) => {
      await expect(executeBatch(graph.client(), getNotes(1), options)).rejects.toMatchObject({
        issues: [expect.objectContaining({ field })],
      });
    });
  });
});
