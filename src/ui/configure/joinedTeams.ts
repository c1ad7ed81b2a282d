import type { GraphClient } from '../../graph/client';
import type { JoinedTeam } from './tabConfiguration';

interface GraphTeam {
  readonly id: string;
  readonly displayName?: string | null;
  readonly isArchived?: boolean | null;
}

/**
 * The teams the signed-in user belongs to (`GET /me/joinedTeams`, one request: Graph answers this
 * list whole), archived teams left out, sorted by name. A team's id is its Microsoft 365 group id.
 * Rejects with the Graph client's error (a `GraphPermissionError` when consent is missing).
 */
export async function listJoinedTeams(graph: GraphClient): Promise<JoinedTeam[]> {
  const page = await graph.request<{ readonly value: readonly GraphTeam[] }>({
    method: 'GET',
    url: '/me/joinedTeams',
  });
  return page.value
    .filter((team) => team.isArchived !== true)
    .map((team) => ({ groupId: team.id, displayName: team.displayName ?? team.id }))
    .sort((left, right) => left.displayName.localeCompare(right.displayName));
}
