import type { ConfigurationToSave } from '../../host/configuration';
import type { HostContext } from '../../host/hostContext';

/** The name Teams suggests for the tab; the user may rename it when adding it. */
export const TAB_DISPLAY_NAME = 'CX Cadence';

/** The prefix of every tab's `entityId`; the CX team's Microsoft 365 group id follows it. */
export const ENTITY_ID_PREFIX = 'cx-cadence:';

/**
 * Where the tab is being added, as far as what it shows is concerned: a team's channel, a group
 * chat, a meeting (its chat, details or side panel), or nowhere (the page opened in a browser).
 */
export type TabPlace = 'channel' | 'chat' | 'meeting' | 'standalone';

/** What the saved tab shows: the CX hub, or the meeting side panel (and summary). */
export type TabContent = 'hub' | 'sidePanel';

/** A team the signed-in user belongs to: its Microsoft 365 group id and its name. */
export interface JoinedTeam {
  readonly groupId: string;
  readonly displayName: string;
}

/**
 * The place from the host's context. A meeting id wins: a meeting's chat is a chat too, but its
 * tab should follow the meeting. A team channel knows its group id; anything else with a host is a
 * group chat.
 */
export function tabPlaceOf(context: HostContext): TabPlace {
  if (context.kind !== 'teams') return 'standalone';
  if (context.meetingId !== undefined) return 'meeting';
  if (context.groupId !== undefined || context.channelId !== undefined) return 'channel';
  return 'chat';
}

/** The page a tab in `place` loads: the side panel in a meeting, the hub everywhere else. */
export function tabContentOf(place: TabPlace): TabContent {
  return place === 'meeting' ? 'sidePanel' : 'hub';
}

/** Options of {@link tabConfigurationFor}. */
export interface TabConfigurationOptions {
  /** Where the app is served, without a trailing slash, e.g. `https://cx.contoso.example`. */
  readonly appUrl: string;
  /** The CX team's Microsoft 365 group id. */
  readonly groupId: string;
  readonly content: TabContent;
}

/**
 * What Save hands to Teams. `contentUrl` keeps Teams' `{theme}` placeholder literally (Teams
 * replaces it with `default`, `dark` or `contrast` when it loads the tab, so the page starts in the
 * right theme); `websiteUrl` ("open in browser") has no placeholder, since no host fills it in.
 *
 * @example tabConfigurationFor({ appUrl: 'https://x', groupId: 'g1', content: 'hub' }).contentUrl
 * // → 'https://x/hub.html?groupId=g1&theme={theme}'
 */
export function tabConfigurationFor(options: TabConfigurationOptions): ConfigurationToSave {
  const page = `${options.appUrl.replace(/\/+$/, '')}/${options.content}.html`;
  const query = `groupId=${encodeURIComponent(options.groupId)}`;
  return {
    entityId: `${ENTITY_ID_PREFIX}${options.groupId}`,
    contentUrl: `${page}?${query}&theme={theme}`,
    websiteUrl: `${page}?${query}`,
    suggestedDisplayName: TAB_DISPLAY_NAME,
  };
}
