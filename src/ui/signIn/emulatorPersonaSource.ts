import type { EmulatorSignInSession } from '../../auth/emulatorSignIn';
import type { SignedInAccount as AuthAccount } from '../../auth/signInSession';
import type { PersonaSource, SignedInAccount } from './personaSource';

/**
 * The picker's {@link PersonaSource} over `src/auth`'s emulator sign-in: the personas and tokens
 * come from the local Graph emulator at `emulatorUrl`.
 */
export function emulatorPersonaSource(
  session: EmulatorSignInSession,
  emulatorUrl: string,
): PersonaSource {
  return {
    address: emulatorUrl,
    list: () => session.listPersonas(),
    current: () => accountOf(session.account()),
    signIn: async (userPrincipalName) => {
      const account = await session.signIn({ userPrincipalName });
      return accountOf(account) ?? { userPrincipalName, displayName: userPrincipalName };
    },
    signOut: () => session.signOut(),
  };
}

function accountOf(account: AuthAccount | undefined): SignedInAccount | undefined {
  if (!account) return undefined;
  return {
    userPrincipalName: account.userPrincipalName,
    displayName: account.displayName ?? account.userPrincipalName,
  };
}
