import { useCallback, useEffect, useRef, useState } from 'react';
import type { Persona, PersonaSource, SignedInAccount } from './personaSource';

/**
 * - `loading`: asking for the personas.
 * - `unavailable`: the source did not answer (the emulator is not running); `retry` asks again.
 * - `ready`: personas listed; pick one and sign in.
 * - `signingIn`: waiting for the token.
 * - `signedIn`: `account` says who.
 */
export type PersonaSignInStatus = 'loading' | 'unavailable' | 'ready' | 'signingIn' | 'signedIn';

export interface PersonaSignIn {
  readonly status: PersonaSignInStatus;
  readonly personas: readonly Persona[];
  /** The persona picked, if any. */
  readonly selected: Persona | undefined;
  /** Who is signed in; set exactly when `status` is `signedIn`. */
  readonly account: SignedInAccount | undefined;
  /** What went wrong and what to do, for people; `undefined` when nothing did. */
  readonly problem: string | undefined;
  /** Picks a persona by user principal name; an unknown or missing name clears the choice. */
  select(userPrincipalName: string | undefined): void;
  /** Signs in as the picked persona; does nothing without one or while signing in. */
  signIn(): Promise<void>;
  /** Signs out, back to the picker, to sign in as someone else. */
  switchPersona(): Promise<void>;
  /** Asks the source for the personas again after it did not answer. */
  retry(): void;
}

type Listing =
  | { readonly state: 'loading' }
  | { readonly state: 'unavailable'; readonly problem: string }
  | { readonly state: 'ready'; readonly personas: readonly Persona[] };

const NO_PERSONAS: readonly Persona[] = [];

/**
 * The persona picker's logic: lists the personas (again on `retry`), keeps the choice, signs in,
 * remembers who is signed in across a reload (through the source) and reports problems in words a
 * newcomer can act on.
 */
export function usePersonaSignIn(source: PersonaSource): PersonaSignIn {
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [selectedUpn, setSelectedUpn] = useState<string | undefined>(undefined);
  const [account, setAccount] = useState<SignedInAccount | undefined>(() => source.current());
  const [isSigningIn, setIsSigningIn] = useState(false);
  const [signInProblem, setSignInProblem] = useState<string | undefined>(undefined);
  const isMounted = useIsMounted();

  useEffect(() => {
    let isCurrent = true;
    setListing({ state: 'loading' });
    source.list().then(
      (personas) => {
        if (isCurrent) setListing({ state: 'ready', personas });
      },
      (error: unknown) => {
        if (isCurrent) setListing({ state: 'unavailable', problem: unavailable(source, error) });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [source, attempt]);

  const personas = listing.state === 'ready' ? listing.personas : NO_PERSONAS;
  const selected = personas.find((persona) => persona.userPrincipalName === selectedUpn);

  const select = useCallback((userPrincipalName: string | undefined) => {
    setSelectedUpn(userPrincipalName);
    setSignInProblem(undefined);
  }, []);

  const signIn = useCallback(async () => {
    if (!selected || isSigningIn) return;
    setIsSigningIn(true);
    setSignInProblem(undefined);
    try {
      const signedIn = await source.signIn(selected.userPrincipalName);
      if (isMounted.current) setAccount(signedIn);
    } catch (error) {
      if (isMounted.current) setSignInProblem(couldNotSignIn(selected, error));
    } finally {
      if (isMounted.current) setIsSigningIn(false);
    }
  }, [selected, isSigningIn, source, isMounted]);

  const switchPersona = useCallback(async () => {
    await source.signOut();
    if (isMounted.current) setAccount(undefined);
  }, [source, isMounted]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  return {
    status: statusOf({ account, isSigningIn, listing }),
    personas,
    selected,
    account,
    problem: account ? undefined : (signInProblem ?? problemOf(listing, source)),
    select,
    signIn,
    switchPersona,
    retry,
  };
}

function useIsMounted(): { readonly current: boolean } {
  const isMounted = useRef(true);
  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
    };
  }, []);
  return isMounted;
}

function statusOf(options: {
  readonly account: SignedInAccount | undefined;
  readonly isSigningIn: boolean;
  readonly listing: Listing;
}): PersonaSignInStatus {
  if (options.account) return 'signedIn';
  if (options.isSigningIn) return 'signingIn';
  return options.listing.state;
}

function problemOf(listing: Listing, source: PersonaSource): string | undefined {
  if (listing.state === 'unavailable') return listing.problem;
  if (listing.state === 'ready' && listing.personas.length === 0) {
    return (
      `The emulator at ${source.address} has no one to sign in as. ` +
      'Delete .data/graph.json and restart it (npm start) to get the demo tenant back.'
    );
  }
  return undefined;
}

/** The source's own message when it gives one (it knows what to advise), else a general one. */
function unavailable(source: PersonaSource, error: unknown): string {
  const message = messageOf(error);
  return message
    ? `${message}.`
    : `The Graph emulator at ${source.address} does not answer. Start it with npm start, then try again.`;
}

function couldNotSignIn(persona: Persona, error: unknown): string {
  const reason = messageOf(error);
  return `Could not sign in as ${persona.displayName}${reason ? `: ${reason}` : ''}. Try again, or pick another persona.`;
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : '';
  return text.trim().replace(/[.\s]+$/, '');
}
