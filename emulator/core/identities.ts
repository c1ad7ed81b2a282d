import type { GraphJson, StoredUser } from './state';

/** A user's `emailAddress` as Exchange writes senders, organizers and recipients. */
export function userEmailAddress(user: StoredUser): { name: string; address: string } {
  return {
    name: String(user.user.displayName ?? ''),
    address: String(user.user.mail ?? user.user.userPrincipalName ?? ''),
  };
}

/**
 * A Teams `teamworkUserIdentity` of a tenant (Entra ID) user, as chat messages name their sender
 * and meeting chats their organizer: `{ id, displayName, userIdentityType: 'aadUser' }`.
 */
export function aadUserIdentity(userId: string, displayName: string | null): GraphJson {
  return { id: userId, displayName, userIdentityType: 'aadUser' };
}
