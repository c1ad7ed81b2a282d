import type { AppConfig } from './config';
import { createEmulatorSignIn } from './emulatorSignIn';
import type { EmulatorFetch } from './emulatorSignIn';
import { lazyBrowserSignIn, lazyNestedAppSignIn } from './lazyMsalSignIn';
import type { MsalAppFactory } from './msalSignIn';
import type { KeyValueStorage, SignInSession } from './signInSession';

/**
 * Where the app runs, as far as sign-in cares: `teams` for any Microsoft 365 host that offers nested
 * app authentication (Teams, Outlook, the Microsoft 365 app), `standalone` for a plain browser tab.
 */
export type SignInHostKind = 'teams' | 'standalone';

/** The page Entra's sign-in popup returns to, relative to the app's address. */
export const AUTH_REDIRECT_PATH = '/auth-redirect.html';

export interface ChooseSignInOptions {
  readonly config: AppConfig;
  readonly hostKind: SignInHostKind;
  /** The host's signed-in user (`context.user.loginHint`): NAA signs them in without a prompt. */
  readonly loginHint?: string;
  /**
   * The app's address when `config.appUrl` is unset, e.g. `window.location.origin`; the popup's
   * redirect page is {@link AUTH_REDIRECT_PATH} under it.
   */
  readonly pageOrigin?: string;
  /** Emulator sign-in only: default the global `fetch`. */
  readonly fetch?: EmulatorFetch;
  /** Emulator sign-in only: default `sessionStorage`. */
  readonly storage?: KeyValueStorage;
  /** Emulator sign-in only: default the real clock. */
  readonly now?: () => Date;
  /** Entra sign-in only: default MSAL's real application. */
  readonly createMsalApp?: MsalAppFactory;
}

/**
 * The sign-in that fits the configuration and the host: `emulator` mode → the emulator's persona
 * sign-in (wherever the app runs); `entra` in Teams or Outlook → nested app authentication with the
 * host's user; `entra` in a browser → MSAL's popup.
 *
 * MSAL is not part of the page's start-up code: an Entra session fetches it in the background as
 * soon as it is created (see `lazyMsalSignIn.ts`), and an emulator build never fetches it. The
 * session is returned at once either way; its calls wait for MSAL when needed.
 *
 * @example chooseSignIn({ config: readAppConfig(buildTimeEnvironment()), hostKind: 'teams', loginHint })
 */
export function chooseSignIn(options: ChooseSignInOptions): SignInSession {
  const { config } = options;
  if (config.authMode === 'emulator') {
    return createEmulatorSignIn({
      emulatorUrl: config.emulatorUrl,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.storage ? { storage: options.storage } : {}),
      ...(options.now ? { now: options.now } : {}),
    });
  }
  const appUrl = config.appUrl ?? options.pageOrigin;
  const redirectUri = appUrl === undefined ? undefined : `${appUrl}${AUTH_REDIRECT_PATH}`;
  const entra = {
    clientId: config.clientId,
    authority: config.authority,
    ...(options.createMsalApp ? { createApp: options.createMsalApp } : {}),
  };
  if (options.hostKind === 'teams') {
    return lazyNestedAppSignIn({
      ...entra,
      ...(options.loginHint ? { loginHint: options.loginHint } : {}),
      ...(redirectUri ? { redirectUri } : {}),
    });
  }
  if (redirectUri === undefined) {
    throw new RangeError(
      'Popup sign-in needs the address the app is served at: set CX_CADENCE_APP_URL, or pass pageOrigin (window.location.origin).',
    );
  }
  return lazyBrowserSignIn({ ...entra, redirectUri });
}
