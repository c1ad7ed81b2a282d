import { createServer } from 'node:net';
import {
  EMULATOR_PERSONA_STORAGE_KEY,
  TOKEN_REFRESH_MARGIN_MS,
  createEmulatorSignIn,
} from '../../src/auth/emulatorSignIn';
import type { EmulatorFetch } from '../../src/auth/emulatorSignIn';
import { SignInError, memoryStorage } from '../../src/auth/signInSession';
import { createGraphClient } from '../../src/graph/client';
import { startEmulator } from '../../emulator/server';
import type { RunningEmulator } from '../../emulator/server';
import { DEMO_CX_LEAD_UPN, DEMO_USER_IDS } from '../../emulator/seed/constants';

const START = new Date('2026-03-02T12:00:00Z');
const HOUR_MS = 3_600_000;

/** One clock for the emulator (token expiry) and the session (when to renew). */
function testClock() {
  let current = START.getTime();
  return {
    now: () => new Date(current),
    advance: (ms: number) => void (current += ms),
  };
}

/** The global fetch, counting the token requests the session makes. */
function countingFetch() {
  const counts = { tokens: 0 };
  const fetch: EmulatorFetch = (input, init) => {
    if (input.endsWith('/emulator/token')) counts.tokens += 1;
    return globalThis.fetch(input, init);
  };
  return { fetch, counts };
}

async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve, reject) =>
    server.close((error) => (error ? reject(error) : resolve())),
  );
  return `http://127.0.0.1:${port}`;
}

async function signInError(promise: Promise<unknown>): Promise<SignInError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof SignInError))
    throw new Error(`Expected a SignInError, got ${String(error)}`);
  return error;
}

describe('createEmulatorSignIn against the real emulator', () => {
  const clock = testClock();
  let emulator: RunningEmulator;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, inMemory: true, seed: 'demo', now: clock.now });
  });
  afterAll(() => emulator.close());

  const newSession = (options: { storage?: ReturnType<typeof memoryStorage> } = {}) => {
    const { fetch, counts } = countingFetch();
    const session = createEmulatorSignIn({
      emulatorUrl: emulator.url,
      fetch,
      storage: options.storage ?? memoryStorage(),
      now: clock.now,
    });
    return { session, counts };
  };

  it('lists the demo tenant personas to pick from', async () => {
    const personas = await newSession().session.listPersonas();
    expect(personas).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userPrincipalName: DEMO_CX_LEAD_UPN, displayName: 'Dana Kim' }),
      ]),
    );
  });

  it('signs in as the CX lead and the token opens /me through the Graph client', async () => {
    const { session } = newSession();
    expect(session.account()).toBeUndefined();

    const account = await session.signIn({ userPrincipalName: DEMO_CX_LEAD_UPN.toUpperCase() });

    expect(account).toEqual({
      userPrincipalName: DEMO_CX_LEAD_UPN,
      displayName: 'Dana Kim',
      userObjectId: DEMO_USER_IDS.dana,
    });
    expect(session.account()).toEqual(account);
    const graph = createGraphClient({
      baseUrl: emulator.graphUrl,
      tokenProvider: session.tokenProvider,
      now: clock.now,
    });
    const me = await graph.request<{ userPrincipalName: string }>({ method: 'GET', url: '/me' });
    expect(me.userPrincipalName).toBe(DEMO_CX_LEAD_UPN);
  });

  it('reuses the token until shortly before it expires, then fetches a new one that works', async () => {
    const { session, counts } = newSession();
    await session.signIn({ userPrincipalName: DEMO_CX_LEAD_UPN });
    const first = await session.tokenProvider.getAccessToken(['User.Read']);
    const graph = createGraphClient({
      baseUrl: emulator.graphUrl,
      tokenProvider: session.tokenProvider,
      now: clock.now,
      retry: { maxRetries: 0 },
    });

    clock.advance(HOUR_MS - TOKEN_REFRESH_MARGIN_MS - 1_000);
    expect(await session.tokenProvider.getAccessToken(['User.Read'])).toBe(first);
    expect(counts.tokens).toBe(1);

    clock.advance(2_000);
    const renewed = await session.tokenProvider.getAccessToken(['User.Read']);
    expect(renewed).not.toBe(first);
    expect(counts.tokens).toBe(2);

    clock.advance(TOKEN_REFRESH_MARGIN_MS);
    const me = await graph.request<{ displayName: string }>({ method: 'GET', url: '/me' });
    expect(me.displayName).toBe('Dana Kim');
    expect(counts.tokens).toBe(2);
  });

  it('shares one token request between calls made at the same time', async () => {
    const { session, counts } = newSession();
    await session.signIn({ userPrincipalName: DEMO_CX_LEAD_UPN });
    clock.advance(HOUR_MS);
    const tokens = await Promise.all([
      session.tokenProvider.getAccessToken([]),
      session.tokenProvider.getAccessToken([]),
    ]);
    expect(tokens[0]).toBe(tokens[1]);
    expect(counts.tokens).toBe(2);
  });

  it('keeps the persona signed in after a reload (a new session over the same storage)', async () => {
    const storage = memoryStorage();
    await newSession({ storage }).session.signIn({ userPrincipalName: DEMO_CX_LEAD_UPN });

    const reloaded = newSession({ storage }).session;

    expect(reloaded.account()?.userPrincipalName).toBe(DEMO_CX_LEAD_UPN);
    const graph = createGraphClient({
      baseUrl: emulator.graphUrl,
      tokenProvider: reloaded.tokenProvider,
      now: clock.now,
    });
    const me = await graph.request<{ id: string }>({ method: 'GET', url: '/me' });
    expect(me.id).toBe(DEMO_USER_IDS.dana);
    await expect(reloaded.signIn({ interactive: false })).resolves.toMatchObject({
      displayName: 'Dana Kim',
    });
  });

  it('forgets the persona on sign-out, so the next token asks for sign-in', async () => {
    const storage = memoryStorage();
    const { session } = newSession({ storage });
    await session.signIn({ userPrincipalName: DEMO_CX_LEAD_UPN });

    await session.signOut();

    expect(session.account()).toBeUndefined();
    expect(newSession({ storage }).session.account()).toBeUndefined();
    expect((await signInError(session.tokenProvider.getAccessToken([]))).code).toBe('notSignedIn');
  });

  it('says the persona is unknown when the tenant has nobody by that name', async () => {
    const { session } = newSession();
    const error = await signInError(
      session.signIn({ userPrincipalName: 'nobody@contoso.example' }),
    );
    expect(error.code).toBe('unknownPersona');
    expect(error.message).toContain('nobody@contoso.example is not a persona');
    expect(session.account()).toBeUndefined();
  });

  it('shows the picker again when the remembered persona left the tenant', async () => {
    const storage = memoryStorage();
    storage.setItem(
      EMULATOR_PERSONA_STORAGE_KEY,
      JSON.stringify({ userPrincipalName: 'former.member@contoso.example' }),
    );
    const { session } = newSession({ storage });
    expect(session.account()?.userPrincipalName).toBe('former.member@contoso.example');

    const error = await signInError(session.tokenProvider.getAccessToken([]));

    expect(error.code).toBe('unknownPersona');
    expect(session.account()).toBeUndefined();
  });

  it('asks for a persona when none is given or remembered', async () => {
    const { session } = newSession();
    expect((await signInError(session.signIn())).code).toBe('personaRequired');
    expect((await signInError(session.signIn({ interactive: false }))).code).toBe('notSignedIn');
  });
});

describe('createEmulatorSignIn without an emulator', () => {
  it('tells the user to start the emulator when nothing answers', async () => {
    const emulatorUrl = await closedPortUrl();
    const session = createEmulatorSignIn({ emulatorUrl, storage: memoryStorage() });

    for (const attempt of [
      session.listPersonas(),
      session.signIn({ userPrincipalName: DEMO_CX_LEAD_UPN }),
    ]) {
      const error = await signInError(attempt);
      expect(error.code).toBe('emulatorUnreachable');
      expect(error.message).toBe(
        `The local Graph emulator does not answer at ${emulatorUrl}: start it with npm start (or set CX_CADENCE_EMULATOR_URL to where it runs), then try again.`,
      );
    }
  });

  it('says something else answers when the address serves another app', async () => {
    const session = createEmulatorSignIn({
      emulatorUrl: 'http://127.0.0.1:4000',
      storage: memoryStorage(),
      fetch: () => Promise.resolve(new Response('<html>Not found</html>', { status: 404 })),
    });
    const error = await signInError(session.listPersonas());
    expect(error.code).toBe('emulatorError');
    expect(error.message).toContain('HTTP 404');
  });
});
