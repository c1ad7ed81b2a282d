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

const MEMBER_FIELDS = 'id,displayName,mail,userPrincipalName,department,jobTitle';

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
    .map((member) => ({
      id: member.id ?? '',
      displayName: member.displayName ?? member.userPrincipalName ?? member.id ?? '',
      mail: member.mail ?? member.userPrincipalName ?? '',
      department: member.department ?? undefined,
      jobTitle: member.jobTitle ?? undefined,
    }))
    .filter((member) => member.id !== '')
    .sort((left, right) => left.displayName.localeCompare(right.displayName));
}
