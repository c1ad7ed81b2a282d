/**
 * The Entra strategies (nested app authentication and the browser popup) with MSAL's real error
 * classes and a hand-written fake of the small MSAL surface they call (`MsalApp`, which MSAL's own
 * application object implements in production). Entra ID cannot be reached from a test run, so
 * what is checked here is CX Cadence's side: which MSAL call is made when, the silent → popup
 * fallback, and how MSAL's failures reach the user.
 */
import {
  BrowserAuthError,
  BrowserAuthErrorCodes,
  InteractionRequiredAuthError,
  ServerError,
} from '@azure/msal-browser';
import type { AccountInfo, Configuration } from '@azure/msal-browser';
import { toSignInError } from '../../src/auth/msalErrors';
import { createBrowserSignIn, createNestedAppSignIn } from '../../src/auth/msalSignIn';
import type { MsalApp, MsalTokenResult } from '../../src/auth/msalSignIn';
import { GRAPH_DEFAULT_SCOPE, GRAPH_SCOPES } from '../../src/auth/scopes';
import { SignInError } from '../../src/auth/signInSession';

const CLIENT_ID = '11111111-2222-4333-8444-555555555555';
const AUTHORITY = 'https://login.microsoftonline.com/organizations';
const DANA: AccountInfo = {
  homeAccountId: 'dana-oid.tenant-id',
  environment: 'login.microsoftonline.com',
  tenantId: 'tenant-id',
  username: 'dana.kim@contoso.example',
  localAccountId: 'dana-oid',
  name: 'Dana Kim',
};

type Step = MsalTokenResult | Error;
type Method = 'acquireTokenSilent' | 'ssoSilent' | 'acquireTokenPopup' | 'loginPopup';

/** Answers each MSAL call from a script and records what was asked. */
class FakeMsalApp implements MsalApp {
  readonly calls: { method: Method | 'clearCache'; request: Record<string, unknown> }[] = [];
  active: AccountInfo | null = null;
  cached: AccountInfo[] = [];
  private readonly script: Partial<Record<Method, Step[]>> = {};

  on(method: Method, ...steps: Step[]): this {
    this.script[method] = [...(this.script[method] ?? []), ...steps];
    return this;
  }
  methods(): string[] {
    return this.calls.map((call) => call.method);
  }
  getActiveAccount = () => this.active;
  setActiveAccount = (account: AccountInfo | null) => void (this.active = account);
  getAllAccounts = () => this.cached;
  getAccount = ({ loginHint }: { loginHint: string }) =>
    this.cached.find((account) => account.username === loginHint) ?? null;
  acquireTokenSilent = (request: object) => this.answer('acquireTokenSilent', request);
  ssoSilent = (request: object) => this.answer('ssoSilent', request);
  acquireTokenPopup = (request: object) => this.answer('acquireTokenPopup', request);
  loginPopup = (request: object) => this.answer('loginPopup', request);
  clearCache = (request?: object) => {
    this.calls.push({ method: 'clearCache', request: { ...request } });
    return Promise.resolve();
  };

  private answer(method: Method, request: object): Promise<MsalTokenResult> {
    this.calls.push({ method, request: { ...request } });
    const step = this.script[method]?.shift();
    if (step === undefined) return Promise.reject(new Error(`Unscripted MSAL call ${method}`));
    return step instanceof Error ? Promise.reject(step) : Promise.resolve(step);
  }
}

const token = (accessToken: string, account: AccountInfo | null = DANA): MsalTokenResult => ({
  accessToken,
  account,
});
const interactionRequired = () =>
  new InteractionRequiredAuthError('interaction_required', 'correlation', 'AADSTS50076: MFA');

async function signInError(promise: Promise<unknown>): Promise<SignInError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof SignInError))
    throw new Error(`Expected a SignInError, got ${String(error)}`);
  return error;
}

function nestedSession(app: FakeMsalApp, loginHint?: string) {
  const configurations: Configuration[] = [];
  const session = createNestedAppSignIn({
    clientId: CLIENT_ID,
    authority: AUTHORITY,
    ...(loginHint ? { loginHint } : {}),
    createApp: (configuration) => {
      configurations.push(configuration);
      return Promise.resolve(app);
    },
  });
  return { session, configurations };
}

function browserSession(app: FakeMsalApp) {
  return createBrowserSignIn({
    clientId: CLIENT_ID,
    authority: AUTHORITY,
    redirectUri: 'https://cadence.contoso.example/auth-redirect.html',
    createApp: () => Promise.resolve(app),
  });
}

describe('toSignInError', () => {
  it.each([
    [
      'consent missing (interaction required)',
      new InteractionRequiredAuthError('consent_required', 'c', 'AADSTS65001: not consented'),
      'consentRequired',
    ],
    [
      'consent missing (server error)',
      new ServerError(
        'invalid_grant',
        'c',
        'AADSTS65001: The user or administrator has not consented',
      ),
      'consentRequired',
    ],
    ['MFA or an expired session', interactionRequired(), 'interactionRequired'],
    [
      'a blocked popup',
      new BrowserAuthError(BrowserAuthErrorCodes.popupWindowError, 'c'),
      'popupBlocked',
    ],
    [
      'a closed sign-in window',
      new BrowserAuthError(BrowserAuthErrorCodes.userCancelled, 'c'),
      'userCancelled',
    ],
    [
      'a second sign-in window',
      new BrowserAuthError(BrowserAuthErrorCodes.interactionInProgress, 'c'),
      'signInInProgress',
    ],
    [
      'no network',
      new BrowserAuthError(BrowserAuthErrorCodes.noNetworkConnectivity, 'c'),
      'networkError',
    ],
    [
      'an unknown client id',
      new ServerError(
        'unauthorized_client',
        'c',
        "AADSTS700016: Application with identifier '…' was not found",
      ),
      'configurationInvalid',
    ],
    [
      'any other MSAL error',
      new ServerError('temporarily_unavailable', 'c', 'AADSTS50196'),
      'signInFailed',
    ],
    ['an error that is not MSAL’s', new TypeError('Failed to fetch'), 'signInFailed'],
  ])('maps %s to a sign-in error the user can act on', (_what, error, code) => {
    const mapped = toSignInError(error);
    expect(mapped.code).toBe(code);
    expect(mapped.cause).toBe(error);
    expect(mapped.message).toMatch(/[a-z].*: /i);
  });

  it('keeps MSAL’s own words when it knows no better message', () => {
    const mapped = toSignInError(
      new ServerError('temporarily_unavailable', 'c', 'AADSTS50196: loop'),
    );
    expect(mapped.message).toContain('temporarily_unavailable: AADSTS50196: loop');
  });

  it('passes a SignInError through unchanged', () => {
    const error = new SignInError('notSignedIn', 'Sign in first.');
    expect(toSignInError(error)).toBe(error);
  });
});

describe('createNestedAppSignIn', () => {
  it('signs the host’s user in silently, without a window', async () => {
    const app = new FakeMsalApp().on('ssoSilent', token('t1'));
    const { session, configurations } = nestedSession(app, DANA.username);

    const account = await session.signIn();

    expect(account).toEqual({
      userPrincipalName: DANA.username,
      displayName: 'Dana Kim',
      userObjectId: 'dana-oid',
      tenantId: 'tenant-id',
    });
    expect(app.methods()).toEqual(['ssoSilent']);
    expect(app.calls[0]?.request).toMatchObject({ loginHint: DANA.username, scopes: GRAPH_SCOPES });
    expect(configurations).toEqual([
      expect.objectContaining({ auth: { clientId: CLIENT_ID, authority: AUTHORITY } }),
    ]);
    expect(session.strategy).toBe('nestedApp');
  });

  it('opens the host’s sign-in window when Entra needs the user', async () => {
    const app = new FakeMsalApp()
      .on('ssoSilent', interactionRequired())
      .on('acquireTokenPopup', token('t1'));
    const { session } = nestedSession(app, DANA.username);

    await expect(session.signIn()).resolves.toMatchObject({ displayName: 'Dana Kim' });
    expect(app.methods()).toEqual(['ssoSilent', 'acquireTokenPopup']);
    expect(app.calls[1]?.request).toMatchObject({ loginHint: DANA.username });
  });

  it('reports a blocked window instead of failing silently', async () => {
    const app = new FakeMsalApp()
      .on('ssoSilent', interactionRequired())
      .on('acquireTokenPopup', new BrowserAuthError(BrowserAuthErrorCodes.popupWindowError, 'c'));
    const { session } = nestedSession(app, DANA.username);

    const error = await signInError(session.signIn());
    expect(error.code).toBe('popupBlocked');
    expect(session.account()).toBeUndefined();
  });

  it('does not fall back to a window for failures a window cannot fix', async () => {
    const app = new FakeMsalApp().on(
      'ssoSilent',
      new BrowserAuthError(BrowserAuthErrorCodes.noNetworkConnectivity, 'c'),
    );
    const { session } = nestedSession(app, DANA.username);

    expect((await signInError(session.signIn())).code).toBe('networkError');
    expect(app.methods()).toEqual(['ssoSilent']);
  });

  it('gets Graph tokens for the signed-in account, asking for the app’s scopes for .default', async () => {
    const app = new FakeMsalApp()
      .on('ssoSilent', token('t1'))
      .on('acquireTokenSilent', token('t2'), interactionRequired())
      .on('acquireTokenPopup', token('t3'));
    const { session } = nestedSession(app, DANA.username);
    await session.signIn();

    await expect(session.tokenProvider.getAccessToken([GRAPH_DEFAULT_SCOPE])).resolves.toBe('t2');
    await expect(session.tokenProvider.getAccessToken(['Mail.Send'])).resolves.toBe('t3');

    expect(app.calls[1]?.request).toMatchObject({ account: DANA, scopes: GRAPH_SCOPES });
    expect(app.methods()).toEqual([
      'ssoSilent',
      'acquireTokenSilent',
      'acquireTokenSilent',
      'acquireTokenPopup',
    ]);
    expect(app.calls[3]?.request).toMatchObject({ account: DANA, scopes: ['Mail.Send'] });
  });

  it('signs out of this app only, leaving the host signed in', async () => {
    const app = new FakeMsalApp().on('ssoSilent', token('t1'));
    const { session } = nestedSession(app, DANA.username);
    await session.signIn();

    await session.signOut();

    expect(session.account()).toBeUndefined();
    expect(app.active).toBeNull();
    expect(app.calls.at(-1)).toEqual({ method: 'clearCache', request: { account: DANA } });
  });

  it('with interactive: false, never opens a window', async () => {
    const app = new FakeMsalApp().on('ssoSilent', interactionRequired());
    const { session } = nestedSession(app, DANA.username);

    const error = await signInError(session.signIn({ interactive: false }));
    expect(error.code).toBe('interactionRequired');
    expect(app.methods()).toEqual(['ssoSilent']);
  });
});

describe('createBrowserSignIn', () => {
  it('signs in with a popup that lets the user pick an account', async () => {
    const app = new FakeMsalApp().on('loginPopup', token('t1'));
    const session = browserSession(app);

    await expect(session.signIn()).resolves.toMatchObject({ userPrincipalName: DANA.username });
    expect(app.calls[0]?.request).toMatchObject({ prompt: 'select_account', scopes: GRAPH_SCOPES });
    expect(app.active).toEqual(DANA);
    expect(session.strategy).toBe('browserPopup');
  });

  it('asks for sign-in before any token when nobody has signed in', async () => {
    const session = browserSession(new FakeMsalApp());
    expect((await signInError(session.tokenProvider.getAccessToken([]))).code).toBe('notSignedIn');
  });

  it('after a reload, takes tokens silently for the account MSAL kept', async () => {
    const app = new FakeMsalApp().on('acquireTokenSilent', token('t1'));
    app.active = DANA;
    const session = browserSession(app);

    await expect(session.signIn({ interactive: false })).resolves.toMatchObject({
      displayName: 'Dana Kim',
    });
    expect(app.methods()).toEqual(['acquireTokenSilent']);
  });

  it('falls back from silent to a popup when Entra needs consent, and reports consent refused', async () => {
    const consent = new InteractionRequiredAuthError('consent_required', 'c', 'AADSTS65001');
    const declined = new ServerError('access_denied', 'c', 'AADSTS65004: User declined to consent');
    const app = new FakeMsalApp()
      .on('loginPopup', token('t1'))
      .on('acquireTokenSilent', consent)
      .on('acquireTokenPopup', declined);
    const session = browserSession(app);
    await session.signIn();

    const error = await signInError(session.tokenProvider.getAccessToken(['Sites.Manage.All']));

    expect(error.code).toBe('consentRequired');
    expect(error.cause).toBe(declined);
    expect(app.methods()).toEqual(['loginPopup', 'acquireTokenSilent', 'acquireTokenPopup']);
  });
});
