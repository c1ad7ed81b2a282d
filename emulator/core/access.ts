import { graphErrors } from './errors';
import type { EmulatorState, GraphJson, StoredGroup, StoredUser } from './state';
import type { HandlerContext } from './types';

/**
 * Access rules of the contract: a caller reaches their own mailbox, calendar and mail; the groups,
 * sites, plans and chats they belong to; other users' free/busy (getSchedule) and basic profiles.
 */

/** Finds a user by id or userPrincipalName (case-insensitive), or answers Graph's 404. */
export function resolveUser(state: EmulatorState, idOrUpn: string): StoredUser {
  const direct = state.users[idOrUpn];
  if (direct) return direct;
  const lower = idOrUpn.toLowerCase();
  const byUpn = Object.values(state.users).find(
    (candidate) => String(candidate.user.userPrincipalName).toLowerCase() === lower,
  );
  if (!byUpn) throw graphErrors.resourceNotFound(idOrUpn);
  return byUpn;
}

/**
 * The tenant user an SMTP address reaches (mail, userPrincipalName or a proxy address),
 * case-insensitively, as Exchange resolves recipients, attendees and schedules.
 */
export function userByAddress(state: EmulatorState, address: string): StoredUser | undefined {
  const wanted = address.trim().toLowerCase();
  return Object.values(state.users).find((stored) => addressesOf(stored.user).includes(wanted));
}

function addressesOf(user: GraphJson): string[] {
  const proxies = Array.isArray(user.proxyAddresses) ? user.proxyAddresses : [];
  return [user.mail, user.userPrincipalName, ...proxies]
    .filter((value): value is string => typeof value === 'string')
    .map((value) => value.replace(/^smtp:/i, '').toLowerCase());
}

export function userIdOf(user: StoredUser): string {
  return String(user.user.id);
}

/**
 * The mailbox of `idOrUpn`, which must be the caller's own: Graph answers another user's
 * calendar or mail with 403 ErrorAccessDenied under delegated permissions the app holds.
 */
export function requireOwnMailbox(context: HandlerContext, idOrUpn: string): StoredUser {
  const user = resolveUser(context.state, idOrUpn);
  if (userIdOf(user) !== context.callerId) throw graphErrors.mailboxAccessDenied();
  return user;
}

/** The group, which the caller must be a member or owner of (404 when unknown, 403 otherwise). */
export function requireGroupMember(context: HandlerContext, groupId: string): StoredGroup {
  const group = context.state.groups[groupId];
  if (!group) throw graphErrors.resourceNotFound(groupId);
  if (!isGroupMember(group, context.callerId))
    throw graphErrors.accessDenied(
      'Access denied: the signed-in user is not a member of this group.',
    );
  return group;
}

export function isGroupMember(group: StoredGroup, userId: string): boolean {
  return group.memberIds.includes(userId) || group.ownerIds.includes(userId);
}

// ---------- ETags and change keys ----------

/** A new change key: Exchange's are opaque base64 strings that change on every write. */
export function newChangeKey(context: Pick<HandlerContext, 'newId'>): string {
  return Buffer.from(context.newId().replace(/-/g, ''), 'hex').toString('base64').slice(0, 22);
}

/** Graph's weak ETag form for a change key: `W/"<changeKey>"`. */
export function etagOf(changeKey: string): string {
  return `W/"${changeKey}"`;
}

/**
 * Enforces `If-Match`: when the header is present and is not `*`, it must equal the resource's
 * current ETag, or the request fails with 412. With `required`, a missing header is 400 or 412
 * (Planner requires it on every update).
 */
export function checkIfMatch(
  context: HandlerContext,
  currentEtag: string,
  options: { required?: boolean; code?: string } = {},
): void {
  const sent = context.request.headers['if-match'];
  if (sent === undefined || sent === '') {
    if (options.required) {
      throw graphErrors.badRequest(
        'The If-Match header must be specified for this kind of request.',
        'MissingIfMatchHeader',
      );
    }
    return;
  }
  if (sent.trim() === '*') return;
  const normalise = (tag: string) => tag.trim().replace(/^W\//, '');
  const matches = sent.split(',').some((tag) => normalise(tag) === normalise(currentEtag));
  if (!matches) throw graphErrors.preconditionFailed(options.code);
}
