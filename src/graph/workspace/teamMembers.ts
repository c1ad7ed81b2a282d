import type { User } from '@microsoft/microsoft-graph-types';
import { collectAll, type GraphClient } from '../client';

/** A member of the CX team, as the people picker offers them. */
export interface TeamMember {
  /** Entra object id: the id charters, decisions and actions name people by. */
  readonly id: string;
  readonly displayName: string;
  /** SMTP address (falls back to the sign-in name). */
  readonly mail: string;
  readonly department: string | undefined;
  readonly jobTitle: string | undefined;
}

/** The `$select` that {@link toTeamMember} reads. */
export const MEMBER_FIELDS = 'id,displayName,mail,userPrincipalName,department,jobTitle';

/** A directory user as the people picker shows them; `id` is empty when Graph left it out. */
export function toTeamMember(user: User): TeamMember {
  return {
    id: user.id ?? '',
    displayName: user.displayName ?? user.userPrincipalName ?? user.id ?? '',
    mail: user.mail ?? user.userPrincipalName ?? '',
    department: user.department ?? undefined,
    jobTitle: user.jobTitle ?? undefined,
  };
}

/**
 * The CX group's members (`GET /groups/{id}/members`, every page), people only, sorted by name.
 * One request for any real team (999 a page).
 */
export async function listTeamMembers(client: GraphClient, groupId: string): Promise<TeamMember[]> {
  const members = await collectAll<User & { '@odata.type'?: string }>(
    client,
    `/groups/${encodeURIComponent(groupId)}/members?$select=${MEMBER_FIELDS}&$top=999`,
  );
  return members
    .filter(
      (member) =>
        member['@odata.type'] === undefined || member['@odata.type'] === '#microsoft.graph.user',
    )
    .map(toTeamMember)
    .filter((member) => member.id !== '')
    .sort((left, right) => left.displayName.localeCompare(right.displayName));
}
