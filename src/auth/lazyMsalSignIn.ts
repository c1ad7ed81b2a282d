import type * as MsalSignIn from './msalSignIn';
import type { BrowserSignInOptions, NestedAppSignInOptions } from './msalSignIn';
import { SignInError } from './signInSession';
import type { SignInSession, SignInStrategy } from './signInSession';

/** What {@link loadMsalSignIn} resolves with: the MSAL strategies of `msalSignIn.ts`. */
export type MsalSignInModule = typeof MsalSignIn;

/** Fetches the MSAL strategies; tests hand in their own. */
export type MsalSignInLoader = () => Promise<MsalSignInModule>;

/**
 * Fetches `msalSignIn.ts` and MSAL itself (about 290 KB minified, 85 KB gzip) as a chunk of their
 * own, so a page fetches MSAL only once an Entra sign-in is chosen and never in emulator mode. This
 * `import()` is the only way the app reaches MSAL's sign-in: a static import of `msalSignIn.ts`
 * from page code would put MSAL back in the page's start-up bundle.
 */
export function loadMsalSignIn(): Promise<MsalSignInModule> {
  return import(/* webpackChunkName: "msal" */ './msalSignIn');
}

/**
 * {@link MsalSignIn.createNestedAppSignIn}, with MSAL fetched in the background from the moment the
 * session is created; the session works the same, each call waiting for MSAL when it is not there
 * yet.
 */
export function lazyNestedAppSignIn(
  options: NestedAppSignInOptions,
  load: MsalSignInLoader = loadMsalSignIn,
): SignInSession {
  return deferredSession('nestedApp', () =>
    loadedOrExplained(load).then((msal) => msal.createNestedAppSignIn(options)),
  );
}

/** {@link MsalSignIn.createBrowserSignIn}, with MSAL fetched as {@link lazyNestedAppSignIn} does. */
export function lazyBrowserSignIn(
  options: BrowserSignInOptions,
  load: MsalSignInLoader = loadMsalSignIn,
): SignInSession {
  return deferredSession('browserPopup', () =>
    loadedOrExplained(load).then((msal) => msal.createBrowserSignIn(options)),
  );
}

/** A failed download is the user's network's fault, and worth another try. */
function loadedOrExplained(load: MsalSignInLoader): Promise<MsalSignInModule> {
  return load().catch((error: unknown) => {
    throw new SignInError(
      'networkError',
      'The Microsoft sign-in could not be downloaded: check the network connection, then select Sign in to try again.',
      { cause: error },
    );
  });
}

/**
 * A session that forwards to the one `create` resolves with. Creation starts at once, so by the
 * time the user selects Sign in MSAL is usually there and its popup opens while the click still
 * counts as the user's (browsers block popups opened long after it). A failed creation is retried
 * by the next call.
 */
function deferredSession(
  strategy: SignInStrategy,
  create: () => Promise<SignInSession>,
): SignInSession {
  let pending: Promise<SignInSession> | undefined;
  let created: SignInSession | undefined;

  const session = (): Promise<SignInSession> => {
    pending ??= create().then(
      (inner) => {
        created = inner;
        return inner;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };

  // The early start must not leave an unhandled rejection behind: the next call reports the failure.
  session().catch(() => undefined);

  return {
    strategy,
    // Nobody can have signed in before MSAL is there (the MSAL session starts signed out too).
    account: () => created?.account(),
    signIn: async (options) => (await session()).signIn(options),
    signOut: async () => (await session()).signOut(),
    tokenProvider: {
      getAccessToken: async (scopes) => (await session()).tokenProvider.getAccessToken(scopes),
    },
  };
}
