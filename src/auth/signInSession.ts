import type { AccessTokenProvider } from './tokenProvider';

/** Who is signed in, as the UI shows it and the Graph layer identifies them. */
export interface SignedInAccount {
  /** `dana.kim@contoso.example`: the sign-in name. */
  readonly userPrincipalName: string;
  readonly displayName?: string;
  /** The user's Entra object id (`oid`), the id Graph uses for `/users/{id}`. */
  readonly userObjectId?: string;
  readonly tenantId?: string;
}

/** What a caller may say about the sign-in it asks for. */
export interface SignInOptions {
  /**
   * Emulator: the persona to sign in as (required unless one is remembered). Entra: the account to
   * suggest (a login hint), e.g. the one the Teams or Outlook host reports.
   */
  readonly userPrincipalName?: string;
  /**
   * `false`: sign in only if no window or prompt is needed (a remembered persona, a cached Entra
   * session, the Teams or Outlook host's user); otherwise reject with a `SignInError` (`notSignedIn`
   * when nobody is known, `interactionRequired` when Entra needs the user). Call it so on page load,
   * where a browser blocks popups, and show a "Sign in" button when it rejects. Default `true`.
   */
  readonly interactive?: boolean;
}

/** Which way of signing in a session uses. */
export type SignInStrategy = 'emulatorPersona' | 'nestedApp' | 'browserPopup';

/**
 * One way of signing in (the emulator's personas, nested app authentication in Teams and Outlook,
 * a popup in a browser) behind one interface, so the UI never knows which one it talks to.
 */
export interface SignInSession {
  readonly strategy: SignInStrategy;
  /** The signed-in account, or `undefined` before sign-in and after sign-out. */
  account(): SignedInAccount | undefined;
  /** Signs in (again) and resolves with the account. Rejects with a {@link SignInError}. */
  signIn(options?: SignInOptions): Promise<SignedInAccount>;
  /** Forgets the account and its tokens in this app. */
  signOut(): Promise<void>;
  /** Tokens for the Graph client; rejects with a {@link SignInError} when the user must sign in. */
  readonly tokenProvider: AccessTokenProvider;
}

/** Why signing in or getting a token failed; the UI chooses what to show from the code. */
export type SignInErrorCode =
  /** Nothing answers at the emulator's address. */
  | 'emulatorUnreachable'
  /** Something answers there, but not as the emulator should. */
  | 'emulatorError'
  /** The emulator's tenant has no such persona. */
  | 'unknownPersona'
  /** Emulator sign-in was asked for without saying who. */
  | 'personaRequired'
  /** A token was asked for before anyone signed in. */
  | 'notSignedIn'
  /** The user or an admin has not consented to the app's permissions. */
  | 'consentRequired'
  /** The browser (or host) did not let the sign-in window open. */
  | 'popupBlocked'
  /** Entra needs the user in a sign-in window (expired session, MFA, new account). */
  | 'interactionRequired'
  /** The user closed the sign-in window. */
  | 'userCancelled'
  /** Another sign-in window is still open. */
  | 'signInInProgress'
  /** Entra could not be reached. */
  | 'networkError'
  /** The app registration or the app's settings are wrong: an admin must fix them. */
  | 'configurationInvalid'
  /** Anything else; the message carries Entra's own words. */
  | 'signInFailed';

/** A sign-in failure with a {@link SignInErrorCode} and a message a person can act on. */
export class SignInError extends Error {
  override readonly name = 'SignInError';
  readonly code: SignInErrorCode;

  constructor(code: SignInErrorCode, message: string, options?: { readonly cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}

/** The part of the Web Storage API a session remembers its account in (`sessionStorage`). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Keeps values for as long as the object lives: where there is no `sessionStorage` (Node, tests). */
export function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

/**
 * The browser's `sessionStorage` (one tab, cleared when it closes: a signed-in persona should not
 * outlive the tab), or memory where there is none or it is refused (sandboxed frames throw on access).
 */
export function defaultSessionStorage(): KeyValueStorage {
  try {
    return globalThis.sessionStorage ?? memoryStorage();
  } catch {
    // A sandboxed frame without storage access throws a SecurityError: remembering is optional.
    return memoryStorage();
  }
}
