import type { EmulatorState } from './state';

/** One entry of `GET /emulator/personas` (EMULATOR-CONTRACT.md). */
export interface Persona {
  readonly id: string;
  readonly userPrincipalName: string;
  readonly displayName: string;
  /** `null` for a user the directory gives no department. */
  readonly department: string | null;
  /** The mailbox's time zone (Windows name), as `mailboxSettings.timeZone` says; `null` if unset. */
  readonly timeZone: string | null;
}

/** The contract's persona list, in the state's order: who can sign in, and where they work. */
export function personasOf(state: EmulatorState): Persona[] {
  return Object.values(state.users).map(({ user, mailboxSettings }) => ({
    id: String(user.id),
    userPrincipalName: String(user.userPrincipalName),
    displayName: String(user.displayName),
    department: textOrNull(user.department),
    timeZone: textOrNull(mailboxSettings.timeZone),
  }));
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
