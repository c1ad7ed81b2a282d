import type { EmulatorState } from '../core/state';

/** One entry of `GET /emulator/personas` (EMULATOR-CONTRACT.md). */
export interface Persona {
  readonly id: string;
  readonly userPrincipalName: string;
  readonly displayName: string;
  readonly department: string;
  /** The mailbox's time zone (Windows name), as `mailboxSettings.timeZone` says. */
  readonly timeZone: string;
}

/** The users of a state as personas, in the state's order. Missing values read as `''`. */
export function personasOf(state: EmulatorState): Persona[] {
  return Object.values(state.users).map(({ user, mailboxSettings }) => ({
    id: textOf(user.id),
    userPrincipalName: textOf(user.userPrincipalName),
    displayName: textOf(user.displayName),
    department: textOf(user.department),
    timeZone: textOf(mailboxSettings.timeZone),
  }));
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
