/**
 * What the sign-in screen needs from whoever knows the personas: against the local Graph emulator
 * that is `src/auth`'s emulator sign-in; tests pass their own. Kept as an interface so the screen
 * never depends on how a token is obtained.
 */

/** Someone a newcomer can sign in as (one entry of the emulator's `GET /emulator/personas`). */
export interface Persona {
  readonly userPrincipalName: string;
  readonly displayName: string;
  /** As the directory stores it; `null` when the directory gives none. */
  readonly department: string | null;
  /** The mailbox's time zone (a Windows name such as "Pacific Standard Time"); `null` if unset. */
  readonly timeZone: string | null;
}

/** Who is signed in once the persona's token was obtained. */
export interface SignedInAccount {
  readonly userPrincipalName: string;
  readonly displayName: string;
}

export interface PersonaSource {
  /** Where the personas come from (the emulator's URL), named when it does not answer. */
  readonly address: string;
  /**
   * The personas in the tenant's order. Rejects when the source does not answer, with a message
   * for people (what is wrong and what to do).
   */
  list(): Promise<readonly Persona[]>;
  /**
   * Who is signed in already (a persona remembered across a reload), or `undefined`.
   */
  current(): SignedInAccount | undefined;
  /** Signs in as the persona; rejects with a message for people when that fails. */
  signIn(userPrincipalName: string): Promise<SignedInAccount>;
  /** Forgets the signed-in persona, so the picker shows again. */
  signOut(): Promise<void>;
}
