import * as z from 'zod/mini';
import type {
  KeyValueStorage,
  SignInOptions,
  SignInSession,
  SignedInAccount,
} from './signInSession';
import { SignInError, defaultSessionStorage } from './signInSession';
import type { AccessTokenProvider } from './tokenProvider';

/** One person of the emulator's tenant someone can sign in as (`GET /emulator/personas`). */
export interface EmulatorPersona {
  readonly id: string;
  readonly userPrincipalName: string;
  readonly displayName: string;
  readonly department: string | null;
  /** Windows time-zone name of the persona's mailbox, e.g. `Pacific Standard Time`. */
  readonly timeZone: string | null;
}

/** The `fetch` the session calls the emulator with. */
export type EmulatorFetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface EmulatorSignInOptions {
  /** The emulator's root without `/v1.0`, e.g. `http://127.0.0.1:4000`. */
  readonly emulatorUrl: string;
  /** Default: the global `fetch`. */
  readonly fetch?: EmulatorFetch;
  /** Where the chosen persona is remembered across reloads. Default: `sessionStorage`. */
  readonly storage?: KeyValueStorage;
  /** The clock token lifetimes are measured with. Default: the real one. */
  readonly now?: () => Date;
}

/** The persona sign-in, plus the list of personas the picker shows. */
export interface EmulatorSignInSession extends SignInSession {
  readonly strategy: 'emulatorPersona';
  /** Everyone in the emulator's tenant, in the emulator's order. */
  listPersonas(): Promise<EmulatorPersona[]>;
}

/** The storage key of the remembered persona (a {@link SignedInAccount} as JSON). */
export const EMULATOR_PERSONA_STORAGE_KEY = 'cxCadence.emulatorPersona';
/**
 * A token is renewed this long before the emulator says it expires, so a request never leaves with
 * a token that lapses on the way (emulator tokens live an hour).
 */
export const TOKEN_REFRESH_MARGIN_MS = 5 * 60_000;

// Only whether these match is used, never zod's messages, so they carry none.
const personaSchema = z.object({
  id: z.string(),
  userPrincipalName: z.string(),
  displayName: z.string(),
  department: z.nullable(z.string()),
  timeZone: z.nullable(z.string()),
});
const tokenSchema = z.object({
  access_token: z.string().check(z.minLength(1)),
  expires_in: z.number().check(z.positive()),
});
const rememberedSchema = z.object({
  userPrincipalName: z.string().check(z.minLength(1)),
  displayName: z.optional(z.string()),
  userObjectId: z.optional(z.string()),
  tenantId: z.optional(z.string()),
});

interface CachedToken {
  readonly userPrincipalName: string;
  readonly accessToken: string;
  /** Epoch milliseconds after which the token is not used any more (margin included). */
  readonly renewAfter: number;
}

/**
 * Sign-in against the local Graph emulator: the user picks a persona of the demo tenant and the
 * emulator issues that persona's token (`POST /emulator/token`). The token is kept in memory until
 * {@link TOKEN_REFRESH_MARGIN_MS} before it expires and then fetched again on demand; the persona is
 * remembered in `storage`, so a reload keeps the user signed in. Emulator tokens carry every
 * permission the persona has, so the scopes a caller asks for are not sent.
 *
 * @example
 * const session = createEmulatorSignIn({ emulatorUrl: 'http://127.0.0.1:4000' });
 * const personas = await session.listPersonas();
 * await session.signIn({ userPrincipalName: personas[0].userPrincipalName });
 * const graph = createGraphClient({ baseUrl: 'http://127.0.0.1:4000/v1.0', tokenProvider: session.tokenProvider });
 */
export function createEmulatorSignIn(options: EmulatorSignInOptions): EmulatorSignInSession {
  const emulatorUrl = options.emulatorUrl.replace(/\/+$/, '');
  const fetchEmulator = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const storage = options.storage ?? defaultSessionStorage();
  const now = options.now ?? (() => new Date());
  let cached: CachedToken | undefined;
  let pending:
    { readonly userPrincipalName: string; readonly request: Promise<CachedToken> } | undefined;

  const call = async (path: string, init?: RequestInit): Promise<Response> => {
    try {
      return await fetchEmulator(`${emulatorUrl}${path}`, init);
    } catch (error) {
      throw new SignInError(
        'emulatorUnreachable',
        `The local Graph emulator does not answer at ${emulatorUrl}: start it with npm start (or set CX_CADENCE_EMULATOR_URL to where it runs), then try again.`,
        { cause: error },
      );
    }
  };

  const listPersonas = async (): Promise<EmulatorPersona[]> => {
    const response = await call('/emulator/personas');
    return parseAnswer(response, z.array(personaSchema), emulatorUrl);
  };

  const requestToken = async (userPrincipalName: string): Promise<CachedToken> => {
    const response = await call('/emulator/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userPrincipalName }),
    });
    if (response.status === 404) throw unknownPersona(userPrincipalName, emulatorUrl);
    const token = await parseAnswer(response, tokenSchema, emulatorUrl);
    const renewAfter = now().getTime() + token.expires_in * 1000 - TOKEN_REFRESH_MARGIN_MS;
    return { userPrincipalName, accessToken: token.access_token, renewAfter };
  };

  const remembered = (): SignedInAccount | undefined => {
    const parsed = rememberedSchema.safeParse(
      safeJson(storage.getItem(EMULATOR_PERSONA_STORAGE_KEY)),
    );
    return parsed.success ? parsed.data : undefined;
  };

  const forget = (): void => {
    cached = undefined;
    pending = undefined;
    storage.removeItem(EMULATOR_PERSONA_STORAGE_KEY);
  };

  /** A fresh enough token for `userPrincipalName`; concurrent callers share one request. */
  const tokenFor = (userPrincipalName: string): Promise<CachedToken> => {
    if (cached?.userPrincipalName === userPrincipalName && now().getTime() < cached.renewAfter) {
      return Promise.resolve(cached);
    }
    if (pending?.userPrincipalName !== userPrincipalName) {
      const request = requestToken(userPrincipalName).then(
        (token) => {
          if (pending?.request === request) [cached, pending] = [token, undefined];
          return token;
        },
        (error: unknown) => {
          if (pending?.request === request) pending = undefined;
          throw error;
        },
      );
      pending = { userPrincipalName, request };
    }
    return pending.request;
  };

  const signIn = async (signInOptions: SignInOptions = {}): Promise<SignedInAccount> => {
    const userPrincipalName =
      signInOptions.userPrincipalName?.trim() || remembered()?.userPrincipalName;
    if (!userPrincipalName) {
      throw new SignInError(
        signInOptions.interactive === false ? 'notSignedIn' : 'personaRequired',
        'Choose a persona of the local Graph emulator to sign in as.',
      );
    }
    const persona = findPersona(await listPersonas(), userPrincipalName);
    if (!persona) {
      if (userPrincipalName === remembered()?.userPrincipalName) forget();
      throw unknownPersona(userPrincipalName, emulatorUrl);
    }
    cached = undefined;
    pending = undefined;
    await tokenFor(persona.userPrincipalName);
    const account: SignedInAccount = {
      userPrincipalName: persona.userPrincipalName,
      displayName: persona.displayName,
      userObjectId: persona.id,
    };
    storage.setItem(EMULATOR_PERSONA_STORAGE_KEY, JSON.stringify(account));
    return account;
  };

  const tokenProvider: AccessTokenProvider = {
    getAccessToken: async () => {
      const account = remembered();
      if (!account) {
        throw new SignInError(
          'notSignedIn',
          'Nobody is signed in: choose a persona of the local Graph emulator first.',
        );
      }
      try {
        return (await tokenFor(account.userPrincipalName)).accessToken;
      } catch (error) {
        // The emulator was reset or reseeded without this persona: show the picker again.
        if (error instanceof SignInError && error.code === 'unknownPersona') forget();
        throw error;
      }
    },
  };

  return {
    strategy: 'emulatorPersona',
    account: remembered,
    signIn,
    signOut: () => Promise.resolve(forget()),
    tokenProvider,
    listPersonas,
  };
}

/** The persona signing in as `userPrincipalName` (UPNs compare without regard to case). */
function findPersona(
  personas: readonly EmulatorPersona[],
  userPrincipalName: string,
): EmulatorPersona | undefined {
  const wanted = userPrincipalName.toLowerCase();
  return personas.find((candidate) => candidate.userPrincipalName.toLowerCase() === wanted);
}

function unknownPersona(userPrincipalName: string, emulatorUrl: string): SignInError {
  return new SignInError(
    'unknownPersona',
    `${userPrincipalName} is not a persona of the Graph emulator at ${emulatorUrl}: choose one from its list of personas.`,
  );
}

/** The body of a 2xx answer in the expected shape, or an `emulatorError` saying what came instead. */
async function parseAnswer<T>(
  response: Response,
  schema: z.ZodMiniType<T>,
  emulatorUrl: string,
): Promise<T> {
  const text = await response.text();
  const parsed = response.ok ? schema.safeParse(safeJson(text)) : undefined;
  if (parsed?.success) return parsed.data;
  const status = response.ok ? 'an answer it does not understand' : `HTTP ${response.status}`;
  throw new SignInError(
    'emulatorError',
    `Something answers at ${emulatorUrl} with ${status}, but not as the CX Cadence Graph emulator does: check CX_CADENCE_EMULATOR_URL and that npm start is running.`,
    { cause: text.slice(0, 500) },
  );
}

function safeJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // Not JSON: the caller reports what it expected instead.
    return undefined;
  }
}
