import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGraphServer } from '../../../emulator/core/graphServer';
import type { EmulatorOptions, RunningEmulator } from '../../../emulator/core/graphServer';
import { collectionResponse } from '../../../emulator/core/odata';
import { CorruptDataFileError } from '../../../emulator/core/persistence';
import type { RouteDefinition } from '../../../emulator/core/types';
import { TEST_NOW, callGraph, tokenFor } from '../support/graphClient';
import { buildTestTenant, testUsers } from '../support/tenant';

/**
 * The emulator's core through HTTP: tokens and 401s, Graph's error bodies, `$batch`, fault injection,
 * the request log, reset, paging, and persistence. A tiny route set stands in for the Graph areas,
 * so these tests exercise the pipeline, not any one resource.
 */
const apps = (state: ReturnType<RunningEmulator['state']>) => Object.values(state.teamsApps);

const coreRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    path: '/users/{userId}/notes',
    handler: (context) =>
      collectionResponse(context.request, context.graphBaseUrl, apps(context.state), {
        defaultPageSize: 10,
        context: `${context.graphBaseUrl}/$metadata#notes`,
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
    path: '/users/{userId}/fail',
    handler: () => {
      throw new Error('boom');
    },
  },
];

/** The server with a stand-in route set, the test tenant as both seeds, and no body checks. */
function startTestEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startGraphServer(
    { routes: coreRoutes, seed: () => buildTestTenant(), validate: (_type, body) => body as never },
    { port: 0, inMemory: true, initialState: buildTestTenant(), now: () => TEST_NOW, ...options },
  );
}

function counterIds(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}-${String(++next).padStart(4, '0')}`;
}

describe('emulator core', () => {
  let emulator: RunningEmulator;
  let token: string;

  beforeEach(async () => {
    emulator = await startTestEmulator({ newId: counterIds() });
    token = await tokenFor(emulator, testUsers.alex.upn);
  });
  afterEach(() => emulator.close());

  describe('control endpoints', () => {
    it('lists the personas with their time zones', async () => {
      const personas = (await (
        await fetch(`${emulator.url}/emulator/personas`)
      ).json()) as unknown[];
      expect(personas).toContainEqual({
        id: testUsers.blair.id,
        userPrincipalName: testUsers.blair.upn,
        displayName: testUsers.blair.displayName,
        department: testUsers.blair.department,
        timeZone: testUsers.blair.timeZone,
      });
    });

    it('issues a bearer token for a persona and 404 for an unknown user', async () => {
      const response = await fetch(`${emulator.url}/emulator/token`, {
        method: 'POST',
        body: JSON.stringify({ userPrincipalName: 'ALEX@contoso.test' }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        access_token: expect.any(String),
        token_type: 'Bearer',
        expires_in: 3600,
      });
      const unknown = await fetch(`${emulator.url}/emulator/token`, {
        method: 'POST',
        body: JSON.stringify({ userPrincipalName: 'nobody@contoso.test' }),
      });
      expect(unknown.status).toBe(404);
    });
  });

  describe('authentication', () => {
    it.each([
      ['no Authorization header', undefined],
      ['a forged token', 'eyJzdWIiOiJ1LWFsZXgifQ.forged'],
      ['a malformed token', 'not-a-token'],
    ])(
      'answers 401 InvalidAuthenticationToken with Graph’s error body for %s',
      async (_case, bad) => {
        const result = await callGraph(emulator, bad, '/me/notes');
        expect(result.status).toBe(401);
        expect(result.body).toEqual({
          error: {
            code: 'InvalidAuthenticationToken',
            message: expect.any(String),
            innerError: {
              date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/),
              'request-id': expect.any(String),
              'client-request-id': expect.any(String),
            },
          },
        });
        expect(result.headers.get('request-id')).toBe(
          (result.body.error as { innerError: Record<string, string> }).innerError['request-id'],
        );
      },
    );

    it('rejects an expired token', async () => {
      let now = new Date('2026-03-02T12:00:00Z');
      const clocked = await startTestEmulator({ now: () => now });
      const shortLived = await tokenFor(clocked, testUsers.alex.upn);
      now = new Date('2026-03-02T13:00:01Z');
      const result = await callGraph(clocked, shortLived, '/me/notes');
      await clocked.close();
      expect(result.status).toBe(401);
      expect(JSON.stringify(result.body)).toMatch(/expired/);
    });

    it('echoes client-request-id and answers an unknown path with Graph’s 400', async () => {
      const result = await callGraph(emulator, token, '/me/unknownThings', {
        headers: { 'client-request-id': 'my-correlation-id' },
      });
      expect(result.status).toBe(400);
      expect(result.headers.get('client-request-id')).toBe('my-correlation-id');
      expect(result.body).toMatchObject({ error: { code: 'BadRequest' } });
    });

    it('answers an emulator fault as Graph’s 500 generalException, without crashing', async () => {
      const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      const result = await callGraph(emulator, token, '/me/fail');
      spy.mockRestore();
      expect(result.status).toBe(500);
      expect(result.body).toMatchObject({ error: { code: 'generalException' } });
      expect((await callGraph(emulator, token, '/me/notes')).status).toBe(200);
    });

    it('rejects a body that is not JSON', async () => {
      const response = await fetch(`${emulator.graphUrl}/me/notes`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: '{not json',
      });
      expect(response.status).toBe(400);
    });
  });

  describe('paging', () => {
    it('pages a collection with @odata.nextLink until every item is read once', async () => {
      for (let index = 0; index < 23; index++) {
        await callGraph(emulator, token, '/me/notes', { body: { text: `note ${index}` } });
      }
      const seen: string[] = [];
      let next: string | undefined = `${emulator.graphUrl}/me/notes?$top=10`;
      let pages = 0;
      while (next) {
        const response = await fetch(next, { headers: { authorization: `Bearer ${token}` } });
        const page = (await response.json()) as {
          value: { id: string }[];
          '@odata.nextLink'?: string;
        };
        seen.push(...page.value.map((note) => note.id));
        next = page['@odata.nextLink'];
        pages++;
      }
      expect(pages).toBe(3);
      expect(new Set(seen).size).toBe(23);
    });

    it('filters, orders and selects', async () => {
      for (const text of ['b', 'a', 'c']) {
        await callGraph(emulator, token, '/me/notes', { body: { text } });
      }
      const result = await callGraph<{ value: unknown[] }>(
        emulator,
        token,
        "/me/notes?$filter=text ne 'c'&$orderby=text desc&$select=text",
      );
      expect(result.body.value).toEqual([
        { id: expect.any(String), text: 'b' },
        { id: expect.any(String), text: 'a' },
      ]);
    });

    it('refuses a $top outside 1–999', async () => {
      expect((await callGraph(emulator, token, '/me/notes?$top=0')).status).toBe(400);
      expect((await callGraph(emulator, token, '/me/notes?$top=1000')).status).toBe(400);
    });
  });

  describe('$batch', () => {
    const batch = (requests: unknown[]) =>
      callGraph<{
        responses: {
          id: string;
          status: number;
          body?: unknown;
          headers: Record<string, string>;
        }[];
      }>(emulator, token, '/$batch', { body: { requests } });

    it('answers each request with its own status, headers and body', async () => {
      const result = await batch([
        {
          id: '1',
          method: 'POST',
          url: '/me/notes',
          headers: { 'Content-Type': 'application/json' },
          body: { text: 'x' },
        },
        { id: '2', method: 'GET', url: 'me/notes', dependsOn: ['1'] },
        { id: '3', method: 'GET', url: '/me/nothing-here' },
      ]);
      expect(result.status).toBe(200);
      const byId = Object.fromEntries(
        result.body.responses.map((response) => [response.id, response]),
      );
      expect(byId['1']?.status).toBe(201);
      expect(byId['2']?.status).toBe(200);
      expect((byId['2']?.body as { value: unknown[] }).value).toHaveLength(1);
      expect(byId['3']?.status).toBe(400);
      expect(byId['3']?.headers['request-id']).toEqual(expect.any(String));
    });

    it('gives 424 to a request whose dependency failed, and does not run it', async () => {
      const result = await batch([
        { id: 'a', method: 'GET', url: '/me/nothing-here' },
        {
          id: 'b',
          method: 'POST',
          url: '/me/notes',
          dependsOn: ['a'],
          headers: { 'content-type': 'application/json' },
          body: { text: 'never' },
        },
      ]);
      expect(result.body.responses.find((response) => response.id === 'b')?.status).toBe(424);
      expect(apps(emulator.state())).toHaveLength(0);
    });

    it.each([
      [
        'more than 20 requests',
        Array.from({ length: 21 }, (_, index) => ({
          id: String(index),
          method: 'GET',
          url: '/me/notes',
        })),
      ],
      [
        'duplicate ids',
        [
          { id: '1', method: 'GET', url: '/me/notes' },
          { id: '1', method: 'GET', url: '/me/notes' },
        ],
      ],
      [
        'ids equal but for case',
        [
          { id: 'a', method: 'GET', url: '/me/notes' },
          { id: 'A', method: 'GET', url: '/me/notes' },
        ],
      ],
      [
        'dependencies in a cycle',
        [
          { id: 'a', method: 'GET', url: '/me/notes', dependsOn: ['b'] },
          { id: 'b', method: 'GET', url: '/me/notes', dependsOn: ['a'] },
        ],
      ],
      [
        'a dependency outside the batch',
        [{ id: '1', method: 'GET', url: '/me/notes', dependsOn: ['9'] }],
      ],
      ['an absolute URL', [{ id: '1', method: 'GET', url: 'https://graph.microsoft.com/v1.0/me' }]],
      [
        'a body without Content-Type',
        [{ id: '1', method: 'POST', url: '/me/notes', body: { text: 'x' } }],
      ],
    ])('refuses a batch with %s', async (_case, requests) => {
      const result = await batch(requests);
      expect(result.status).toBe(400);
      expect(result.body).toMatchObject({ error: { code: 'BadRequest' } });
    });

    it('logs each inner request with its batch', async () => {
      await batch([
        { id: '1', method: 'GET', url: '/me/notes' },
        { id: '2', method: 'GET', url: '/me/notes' },
      ]);
      const log = (await (await fetch(`${emulator.url}/emulator/requests`)).json()) as {
        path: string;
        batchId?: string;
        user: string;
        status: number;
      }[];
      const outer = log.find((entry) => entry.path === '/v1.0/$batch');
      const inner = log.filter((entry) => entry.batchId !== undefined);
      expect(inner).toHaveLength(2);
      expect(outer).toBeDefined();
      expect(
        inner.every(
          (entry) => entry.path === '/v1.0/me/notes' && entry.user === testUsers.alex.upn,
        ),
      ).toBe(true);
      expect(new Set(inner.map((entry) => entry.batchId)).size).toBe(1);
    });
  });

  describe('faults', () => {
    it('throttles with 429 and Retry-After, and a throttled write changes nothing', async () => {
      await fetch(`${emulator.url}/emulator/faults`, {
        method: 'POST',
        body: JSON.stringify({ throttleRate: 1, retryAfterSeconds: 7 }),
      });
      const result = await callGraph(emulator, token, '/me/notes', { body: { text: 'x' } });
      expect(result.status).toBe(429);
      expect(result.headers.get('retry-after')).toBe('7');
      expect(result.body).toMatchObject({ error: { code: 'TooManyRequests' } });
      expect(apps(emulator.state())).toHaveLength(0);
      await fetch(`${emulator.url}/emulator/faults`, { method: 'DELETE' });
      expect((await callGraph(emulator, token, '/me/notes')).status).toBe(200);
    });

    it('fails inner batch requests independently with 503', async () => {
      await fetch(`${emulator.url}/emulator/faults`, {
        method: 'POST',
        body: JSON.stringify({ serverErrorRate: 0.5, seed: 42 }),
      });
      const statuses: number[] = [];
      for (let round = 0; round < 5; round++) {
        const result = await callGraph<{
          responses: { status: number; headers: Record<string, string> }[];
        }>(emulator, token, '/$batch', {
          body: {
            requests: Array.from({ length: 4 }, (_, index) => ({
              id: String(index),
              method: 'GET',
              url: '/me/notes',
            })),
          },
        });
        if (result.status === 200) {
          statuses.push(...result.body.responses.map((response) => response.status));
          for (const response of result.body.responses.filter((inner) => inner.status === 503)) {
            expect(response.headers['retry-after']).toBe('1');
          }
        }
      }
      expect(statuses).toContain(503);
      expect(statuses).toContain(200);
    });

    it('is repeatable for the same seed', async () => {
      const run = async () => {
        await fetch(`${emulator.url}/emulator/faults`, {
          method: 'POST',
          body: JSON.stringify({ throttleRate: 0.5, seed: 7 }),
        });
        const statuses: number[] = [];
        for (let index = 0; index < 10; index++)
          statuses.push((await callGraph(emulator, token, '/me/notes')).status);
        return statuses;
      };
      expect(await run()).toEqual(await run());
    });

    it('refuses a rate outside 0–1', async () => {
      const response = await fetch(`${emulator.url}/emulator/faults`, {
        method: 'POST',
        body: JSON.stringify({ throttleRate: 2 }),
      });
      expect(response.status).toBe(400);
    });
  });

  describe('request log and reset', () => {
    it('lists served requests oldest first, and reset empties it', async () => {
      await callGraph(emulator, token, '/me/notes', { body: { text: 'x' } });
      await callGraph(emulator, undefined, '/me/notes');
      const log = (await (await fetch(`${emulator.url}/emulator/requests`)).json()) as Record<
        string,
        unknown
      >[];
      expect(log.map((entry) => [entry.method, entry.path, entry.status, entry.user])).toEqual([
        ['POST', '/v1.0/me/notes', 201, testUsers.alex.upn],
        ['GET', '/v1.0/me/notes', 401, null],
      ]);
      expect(log[0]).toEqual(
        expect.objectContaining({ startedAt: expect.any(String), endedAt: expect.any(String) }),
      );
      const reset = await fetch(`${emulator.url}/emulator/reset`, {
        method: 'POST',
        body: JSON.stringify({ seed: 'empty' }),
      });
      expect(reset.status).toBe(200);
      expect(await (await fetch(`${emulator.url}/emulator/requests`)).json()).toEqual([]);
      // The seeded people are back and a token issued before the reset still works.
      expect((await callGraph(emulator, token, '/me/notes')).status).toBe(200);
    });
  });
});

describe('emulator persistence', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cx-emulator-'));

  it('keeps the state across a restart with the same data file', async () => {
    const dataFile = join(folder, 'restart.json');
    const first = await startTestEmulator({ inMemory: false, dataFile });
    const token = await tokenFor(first, testUsers.alex.upn);
    const created = await callGraph(first, token, '/me/notes', { body: { text: 'kept' } });
    await first.close();
    const second = await startTestEmulator({
      inMemory: false,
      dataFile,
      initialState: undefined,
    });
    const notes = await callGraph<{ value: { id: string }[] }>(second, token, '/me/notes');
    await second.close();
    expect(notes.status).toBe(200);
    expect(notes.body.value.map((note) => note.id)).toContain((created.body as { id: string }).id);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('loads a file from an older run that lacks newer sections', async () => {
    const dataFile = join(folder, 'older.json');
    const older = buildTestTenant() as unknown as Record<string, unknown>;
    delete older.planner;
    delete older.teamsApps;
    writeFileSync(dataFile, JSON.stringify(older));
    const emulator = await startTestEmulator({
      inMemory: false,
      dataFile,
      initialState: undefined,
    });
    const token = await tokenFor(emulator, testUsers.alex.upn);
    const result = await callGraph(emulator, token, '/me/notes');
    await emulator.close();
    expect(result.status).toBe(200);
  });

  it.each([
    ['not JSON', '{"formatVersion": 1, "users": '],
    ['an array', '[]'],
    ['a future format', JSON.stringify({ ...buildTestTenant(), formatVersion: 99 })],
  ])('reports a corrupt data file (%s) clearly and leaves it untouched', async (_case, content) => {
    const dataFile = join(folder, `corrupt-${_case.replace(/\W/g, '')}.json`);
    writeFileSync(dataFile, content);
    await expect(
      startTestEmulator({ inMemory: false, dataFile, initialState: undefined }),
    ).rejects.toThrow(CorruptDataFileError);
    expect(readFileSync(dataFile, 'utf8')).toBe(content);
    expect(existsSync(dataFile)).toBe(true);
  });
});
