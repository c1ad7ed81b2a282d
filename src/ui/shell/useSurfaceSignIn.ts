import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AppConfig } from '../../auth/config';
import { chooseSignIn } from '../../auth/chooseSignIn';
import type { SignInSession, SignedInAccount } from '../../auth/signInSession';
import { createGraphClient } from '../../graph/client';
import type { HostContext } from '../../host/hostContext';
import type { GraphClient } from '../../graph/client';
import { emulatorPersonaSource } from '../signIn/emulatorPersonaSource';
import type { PersonaSource } from '../signIn/personaSource';

/**
 * - `personas`: nobody signed in against the emulator; show the persona picker over `source`.
 * - `needsSignIn`: Entra needs the user (a popup); `signIn` opens it, `problem` says what failed.
 * - `signingIn`: waiting for a silent sign-in.
 * - `signedIn`: `graph` is a Graph client signed in as `account`.
 */
export type SurfaceSignIn =
  | { readonly status: 'personas'; readonly source: PersonaSource }
  | { readonly status: 'signingIn' }
  | {
      readonly status: 'needsSignIn';
      readonly problem: string | undefined;
      signIn(): void;
    }
  | {
      readonly status: 'signedIn';
      readonly account: SignedInAccount;
      readonly graph: GraphClient;
    };

/** Options of {@link useSurfaceSignIn}. */
export interface SurfaceSignInOptions {
  readonly config: AppConfig;
  readonly context: HostContext;
  /** The page's origin, where popup sign-in returns when `config.appUrl` is unset. */
  readonly pageOrigin: string;
}

/**
 * Signs the user in the way the build and host call for (`chooseSignIn`): the emulator's persona
 * picker in a local run, silently through the host in Teams, with a popup in a browser.
 */
export function useSurfaceSignIn(options: SurfaceSignInOptions): SurfaceSignIn {
  const { config, context, pageOrigin } = options;
  const session = useMemo<SignInSession>(
    () =>
      chooseSignIn({
        config,
        hostKind: context.kind,
        pageOrigin,
        ...(context.loginHint ? { loginHint: context.loginHint } : {}),
      }),
    [config, context.kind, context.loginHint, pageOrigin],
  );
  const [account, setAccount] = useState<SignedInAccount | undefined>(() => session.account());
  const [isSilentDone, setIsSilentDone] = useState(config.authMode === 'emulator');
  const [problem, setProblem] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (config.authMode === 'emulator' || session.account()) return;
    let isCurrent = true;
    session.signIn({ interactive: false }).then(
      (signedIn) => isCurrent && setAccount(signedIn),
      () => isCurrent && setIsSilentDone(true),
    );
    return () => {
      isCurrent = false;
    };
  }, [config.authMode, session]);

  const graph = useMemo(
    () => createGraphClient({ baseUrl: config.graphBaseUrl, tokenProvider: session.tokenProvider }),
    [config.graphBaseUrl, session],
  );

  const source = useMemo<PersonaSource | undefined>(() => {
    if (session.strategy !== 'emulatorPersona' || config.authMode !== 'emulator') return undefined;
    const inner = emulatorPersonaSource(
      session as Parameters<typeof emulatorPersonaSource>[0],
      config.emulatorUrl,
    );
    // The picker stays the sign-in screen's own; this page only needs to hear who signed in.
    return {
      ...inner,
      signIn: async (userPrincipalName) => {
        const signedIn = await inner.signIn(userPrincipalName);
        setAccount(session.account());
        return signedIn;
      },
    };
  }, [session, config]);

  const signIn = useCallback(() => {
    setProblem(undefined);
    session
      .signIn()
      .then(setAccount, (error: unknown) =>
        setProblem(error instanceof Error ? error.message : String(error)),
      );
  }, [session]);

  if (account) return { status: 'signedIn', account, graph };
  if (source) return { status: 'personas', source };
  if (!isSilentDone) return { status: 'signingIn' };
  return { status: 'needsSignIn', problem, signIn };
}
