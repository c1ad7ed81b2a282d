import {
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  PromptValue,
} from '@azure/msal-browser';
import type {
  AccountInfo,
  ClearCacheRequest,
  Configuration,
  PopupRequest,
  SilentRequest,
  SsoSilentRequest,
} from '@azure/msal-browser';
import { needsInteraction, toSignInError } from './msalErrors';
import { GRAPH_SCOPES, scopesToRequest } from './scopes';
import type { SignInOptions, SignInSession, SignedInAccount } from './signInSession';
import { SignInError } from './signInSession';
import type { AccessTokenProvider } from './tokenProvider';

/** The part of an MSAL token answer CX Cadence reads. */
export interface MsalTokenResult {
  readonly accessToken: string;
  readonly account: AccountInfo | null;
}

/**
 * The small MSAL surface the sign-in sessions call. MSAL's own application object
 * (`IPublicClientApplication`, standard or nestable) implements it; tests hand in a fake, since
 * Entra cannot be reached from a test run.
 */
export interface MsalApp {
  getActiveAccount(): AccountInfo | null;
  setActiveAccount(account: AccountInfo | null): void;
  getAllAccounts(): AccountInfo[];
  /** The cached account of the user a host named, e.g. `{ loginHint: context.user.loginHint }`. */
  getAccount(filter: { readonly loginHint: string }): AccountInfo | null;
  ssoSilent(request: SsoSilentRequest): Promise<MsalTokenResult>;
  loginPopup(request: PopupRequest): Promise<MsalTokenResult>;
  acquireTokenSilent(request: SilentRequest): Promise<MsalTokenResult>;
  acquireTokenPopup(request: PopupRequest): Promise<MsalTokenResult>;
  clearCache(request?: ClearCacheRequest): Promise<void>;
}

/** Builds (and initialises) the MSAL application from its configuration. */
export type MsalAppFactory = (configuration: Configuration) => Promise<MsalApp>;

interface MsalSignInCommon {
  /** The Application (client) ID of the Entra app registration (`CX_CADENCE_CLIENT_ID`). */
  readonly clientId: string;
  /** `https://login.microsoftonline.com/<tenant>` (`EntraAppConfig.authority`). */
  readonly authority: string;
  /** Scopes of the first sign-in (the consent prompt). Default {@link GRAPH_SCOPES}. */
  readonly scopes?: readonly string[];
  /** Default: MSAL's real application. */
  readonly createApp?: MsalAppFactory;
}

export interface NestedAppSignInOptions extends MsalSignInCommon {
  /** The signed-in user the Teams or Outlook host reports (`context.user.loginHint`). */
  readonly loginHint?: string;
  /**
   * Where a popup returns when the host offers no NAA (MSAL then falls back to a standard app):
   * same page as {@link BrowserSignInOptions.redirectUri}. Default: MSAL's, the current page.
   */
  readonly redirectUri?: string;
}

export interface BrowserSignInOptions extends MsalSignInCommon {
  /**
   * Where Entra sends the popup back to: a page of this app registered as a single-page application
   * redirect URI, which hands the answer to the opener (MSAL's `broadcastResponseToMainFrame`).
   */
  readonly redirectUri: string;
}

/**
 * Nested app authentication (NAA) in Teams, Outlook and the Microsoft 365 app: the host signs the
 * user in and MSAL's nestable application asks it for tokens. Silent first with the host's
 * `loginHint`; when Entra needs the user (`InteractionRequiredAuthError`: consent, MFA, expired
 * session) the host's own sign-in window opens. Needs the app registration's SPA redirect URI
 * `brk-multihub://<app domain>`.
 */
export function createNestedAppSignIn(options: NestedAppSignInOptions): SignInSession {
  const createApp = options.createApp ?? createNestablePublicClientApplication;
  return createMsalSession({
    strategy: 'nestedApp',
    scopes: options.scopes ?? GRAPH_SCOPES,
    loginHint: options.loginHint,
    loadApp: () =>
      createApp({
        auth: {
          clientId: options.clientId,
          authority: options.authority,
          ...(options.redirectUri ? { redirectUri: options.redirectUri } : {}),
        },
        cache: { cacheLocation: 'localStorage' },
      }),
    // The host already knows the user: a silent attempt first avoids a window on every load.
    interactiveSignIn: (app, request) =>
      isKnownUser(request) ? signInSilentlyOrPopup(app, request) : app.acquireTokenPopup(request),
  });
}

/**
 * Sign-in in a browser outside Teams and Outlook: MSAL's popup (`loginPopup` with an account
 * picker), then `acquireTokenSilent` for each token and `acquireTokenPopup` when Entra needs the
 * user again. Tokens live in `sessionStorage`, so they end with the tab.
 */
export function createBrowserSignIn(options: BrowserSignInOptions): SignInSession {
  const createApp = options.createApp ?? createStandardPublicClientApplication;
  return createMsalSession({
    strategy: 'browserPopup',
    scopes: options.scopes ?? GRAPH_SCOPES,
    loginHint: undefined,
    loadApp: () =>
      createApp({
        auth: {
          clientId: options.clientId,
          authority: options.authority,
          redirectUri: options.redirectUri,
        },
        cache: { cacheLocation: 'sessionStorage' },
      }),
    interactiveSignIn: (app, request) =>
      app.loginPopup({ ...request, prompt: PromptValue.SELECT_ACCOUNT }),
  });
}

interface MsalSessionOptions {
  readonly strategy: 'nestedApp' | 'browserPopup';
  readonly scopes: readonly string[];
  readonly loginHint: string | undefined;
  readonly loadApp: () => Promise<MsalApp>;
  readonly interactiveSignIn: (app: MsalApp, request: TokenRequest) => Promise<MsalTokenResult>;
}

/** Scopes plus who: an account MSAL has cached, or else a login hint. */
interface TokenRequest {
  readonly scopes: string[];
  readonly account?: AccountInfo;
  readonly loginHint?: string;
}

/** The behaviour NAA and the browser popup share; they differ in the app and the first sign-in. */
function createMsalSession(options: MsalSessionOptions): SignInSession {
  let appPromise: Promise<MsalApp> | undefined;
  let current: AccountInfo | undefined;

  const app = async (): Promise<MsalApp> => {
    appPromise ??= options.loadApp().catch((error: unknown) => {
      appPromise = undefined;
      throw error;
    });
    return appPromise;
  };

  const remember = (msal: MsalApp, result: MsalTokenResult): SignedInAccount => {
    if (!result.account) {
      throw new SignInError(
        'signInFailed',
        'Microsoft sign-in finished without an account: select Sign in to try again.',
      );
    }
    msal.setActiveAccount(result.account);
    current = result.account;
    return accountOf(result.account);
  };

  /**
   * Who to ask a token for: the user named now (their cached account, else the name as a hint); else
   * the signed-in account; else the host's user; else any account MSAL kept from before a reload.
   */
  const requestFor = (msal: MsalApp, scopes: string[], named?: string): TokenRequest => {
    if (named === undefined && current) return { scopes, account: current };
    const loginHint = named ?? options.loginHint;
    const account =
      loginHint === undefined ? knownAccount(msal) : (msal.getAccount({ loginHint }) ?? undefined);
    return account ? { scopes, account } : { scopes, loginHint };
  };

  const signIn = async (signInOptions: SignInOptions = {}): Promise<SignedInAccount> => {
    try {
      const msal = await app();
      const request = requestFor(msal, [...options.scopes], signInOptions.userPrincipalName);
      const result =
        signInOptions.interactive === false
          ? await acquireSilently(msal, request)
          : await options.interactiveSignIn(msal, request);
      return remember(msal, result);
    } catch (error) {
      throw toSignInError(error);
    }
  };

  const tokenProvider: AccessTokenProvider = {
    getAccessToken: async (scopes) => {
      try {
        const msal = await app();
        const result = await signInSilentlyOrPopup(msal, requestFor(msal, scopesToRequest(scopes)));
        remember(msal, result);
        return result.accessToken;
      } catch (error) {
        throw toSignInError(error);
      }
    },
  };

  const signOut = async (): Promise<void> => {
    try {
      const msal = await app();
      const account = current ?? msal.getActiveAccount() ?? undefined;
      current = undefined;
      msal.setActiveAccount(null);
      // Clears this app's tokens only: the user stays signed in to Teams, Outlook or the browser.
      await msal.clearCache(account ? { account } : undefined);
    } catch (error) {
      throw toSignInError(error);
    }
  };

  return {
    strategy: options.strategy,
    account: () => (current ? accountOf(current) : undefined),
    signIn,
    signOut,
    tokenProvider,
  };
}

/** An account MSAL kept from before: a reload, or the host's earlier sign-in. */
function knownAccount(app: MsalApp): AccountInfo | undefined {
  return app.getActiveAccount() ?? app.getAllAccounts()[0];
}

/**
 * A token without any window: from MSAL's cache or refresh token for a known account, or through
 * the host's (NAA) or Entra's session for a login hint. Rejects with an
 * `InteractionRequiredAuthError` when the user must see a sign-in window.
 */
async function acquireSilently(app: MsalApp, request: TokenRequest): Promise<MsalTokenResult> {
  if (request.account) return app.acquireTokenSilent({ ...request, account: request.account });
  if (request.loginHint !== undefined) return app.ssoSilent(request);
  throw new SignInError('notSignedIn', 'Nobody is signed in yet: select Sign in.');
}

function isKnownUser(request: TokenRequest): boolean {
  return request.account !== undefined || request.loginHint !== undefined;
}

/** Silently first, then `acquireTokenPopup` when Entra says the user must interact. */
async function signInSilentlyOrPopup(
  app: MsalApp,
  request: TokenRequest,
): Promise<MsalTokenResult> {
  try {
    return await acquireSilently(app, request);
  } catch (error) {
    if (!needsInteraction(error)) throw error;
    return app.acquireTokenPopup(request);
  }
}

/** MSAL's account as CX Cadence shows it. `username` is the UPN for work and school accounts. */
export function accountOf(account: AccountInfo): SignedInAccount {
  return {
    userPrincipalName: account.username,
    displayName: account.name,
    userObjectId: account.localAccountId || undefined,
    tenantId: account.tenantId || undefined,
  };
}
