import type { HostContext } from '../../host/hostContext';

/** Where the surface learns which CX team it is for, in order of precedence. */
export type CxTeamSource = 'url' | 'host' | 'remembered' | 'onlyTeam';

/** The key under which the team a person last chose is remembered in this browser. */
export const CHOSEN_TEAM_STORAGE_KEY = 'cxCadence.groupId';

/**
 * The CX team's group id when the page already knows it: the tab's URL (`?groupId=`, what the
 * configuration page saves), then the host (a channel tab's team). `undefined`: ask the person.
 */
export function knownCxTeam(pageUrl: string, context: HostContext): string | undefined {
  const fromUrl = new URL(pageUrl).searchParams.get('groupId')?.trim();
  if (fromUrl) return fromUrl;
  return context.groupId;
}

/**
 * Among the person's teams, the one to open without asking: the one remembered if still joined,
 * else the only one. `undefined` when there is a real choice to make.
 */
export function defaultCxTeam(
  joinedGroupIds: readonly string[],
  remembered: string | null,
): string | undefined {
  if (remembered && joinedGroupIds.includes(remembered)) return remembered;
  return joinedGroupIds.length === 1 ? joinedGroupIds[0] : undefined;
}
