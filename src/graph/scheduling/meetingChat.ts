import type {
  OnlineMeeting,
  TeamsApp,
  TeamsAppInstallation,
  TeamsTab,
} from '@microsoft/microsoft-graph-types';
import type { BatchRequest } from '../client';
import { odataString } from './team';

/**
 * The meeting chat of the series and the CX Cadence side panel in it: finding the chat from the
 * join URL, the app in the organisation's catalog, what is already installed, and the two writes
 * (install the app, add the tab) made only when missing.
 */

/** The side panel tab's configuration, as the app's configuration page would save it. */
export interface SidePanelTab {
  /** The app's id for this tab's content, e.g. the cadence id. */
  readonly entityId: string;
  /** The page Teams loads in the side panel (HTTPS, in the app's valid domains). */
  readonly contentUrl: string;
  /** The page "open in browser" shows. */
  readonly websiteUrl?: string;
  /** Default {@link DEFAULT_SIDE_PANEL_TAB_NAME}. */
  readonly displayName?: string;
}

export const DEFAULT_SIDE_PANEL_TAB_NAME = 'CX Cadence';

export const CATALOG_REQUEST_ID = 'catalog';
export const MEETING_REQUEST_ID = 'meeting';
export const INSTALLED_REQUEST_ID = 'installedApps';
export const TABS_REQUEST_ID = 'tabs';
export const INSTALL_REQUEST_ID = 'install';
export const TAB_REQUEST_ID = 'tab';

/**
 * The meeting chat's thread id read from a Teams join URL, without asking Graph: the URL's path
 * carries it percent-encoded, e.g. `…/meetup-join/19%3ameeting_MjA2…%40thread.v2/0?context=…` →
 * `19:meeting_MjA2…@thread.v2`. `undefined` when the URL has no such segment (a link to another
 * meeting provider, or a format Teams may adopt later): the caller then asks Graph.
 */
export function threadIdFromJoinUrl(joinUrl: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(joinUrl);
  } catch {
    return undefined;
  }
  return /\/meetup-join\/(19:meeting_.+?@thread\.v2)(?:\/|\?|$)/.exec(decoded)?.[1];
}

/** `GET /me/onlineMeetings?$filter=JoinWebUrl eq '…'`: the meeting, with its `chatInfo`. */
export function onlineMeetingRequest(joinUrl: string): BatchRequest {
  return {
    id: MEETING_REQUEST_ID,
    method: 'GET',
    url: `/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq ${odataString(joinUrl)}`)}`,
  };
}

/** The meeting chat's thread id from the onlineMeetings lookup, if the meeting was found. */
export function chatIdOf(meetings: readonly OnlineMeeting[]): string | undefined {
  return meetings[0]?.chatInfo?.threadId ?? undefined;
}

/** `GET /appCatalogs/teamsApps?$filter=externalId eq '…'`: the app's catalog id. */
export function catalogAppRequest(externalId: string): BatchRequest {
  return {
    id: CATALOG_REQUEST_ID,
    method: 'GET',
    url: `/appCatalogs/teamsApps?$filter=${encodeURIComponent(`externalId eq ${odataString(externalId)}`)}`,
  };
}

export function catalogAppIdOf(apps: readonly TeamsApp[]): string | undefined {
  return apps[0]?.id ?? undefined;
}

/** `GET /chats/{id}/installedApps` narrowed to our app. */
export function installedAppsRequest(chatId: string, externalId: string): BatchRequest {
  const filter = encodeURIComponent(`teamsApp/externalId eq ${odataString(externalId)}`);
  return {
    id: INSTALLED_REQUEST_ID,
    method: 'GET',
    url: `${chatPath(chatId)}/installedApps?$expand=teamsApp&$filter=${filter}`,
  };
}

/** `GET /chats/{id}/tabs` with each tab's app. */
export function tabsRequest(chatId: string): BatchRequest {
  return { id: TABS_REQUEST_ID, method: 'GET', url: `${chatPath(chatId)}/tabs?$expand=teamsApp` };
}

export function isAppInstalled(
  installations: readonly TeamsAppInstallation[],
  externalId: string,
): boolean {
  return installations.some((installation) => installation.teamsApp?.externalId === externalId);
}

/** True when the chat already has a tab of our app (one side panel per meeting is enough). */
export function hasAppTab(tabs: readonly TeamsTab[], externalId: string): boolean {
  return tabs.some((tab) => tab.teamsApp?.externalId === externalId);
}

export interface SidePanelWriteOptions {
  readonly chatId: string;
  /** The app's id in the catalog (not its manifest id). */
  readonly catalogAppId: string;
  /** The Graph root the client talks to: `@odata.bind` needs an absolute URL of it. */
  readonly graphBaseUrl: string;
}

/**
 * `POST /chats/{id}/installedApps`. Replaying it is harmless (Graph answers 409, "already
 * installed", which the flow counts as done), so it is safe to retry.
 */
export function installAppRequest(options: SidePanelWriteOptions): BatchRequest {
  return {
    id: INSTALL_REQUEST_ID,
    method: 'POST',
    url: `${chatPath(options.chatId)}/installedApps`,
    body: { 'teamsApp@odata.bind': catalogBind(options) },
    retrySafe: true,
  };
}

/**
 * `POST /chats/{id}/tabs`. Not replayed blindly (a replay could pin a second tab): the flow looks
 * at the chat's tabs again before another try.
 */
export function addTabRequest(
  options: SidePanelWriteOptions & { readonly tab: SidePanelTab },
): BatchRequest {
  const { tab } = options;
  return {
    id: TAB_REQUEST_ID,
    method: 'POST',
    url: `${chatPath(options.chatId)}/tabs`,
    body: {
      displayName: tab.displayName ?? DEFAULT_SIDE_PANEL_TAB_NAME,
      'teamsApp@odata.bind': catalogBind(options),
      configuration: {
        entityId: tab.entityId,
        contentUrl: tab.contentUrl,
        ...(tab.websiteUrl ? { websiteUrl: tab.websiteUrl } : {}),
      },
    },
    retrySafe: false,
  };
}

function catalogBind(options: SidePanelWriteOptions): string {
  return `${options.graphBaseUrl}/appCatalogs/teamsApps/${encodeURIComponent(options.catalogAppId)}`;
}

function chatPath(chatId: string): string {
  return `/chats/${encodeURIComponent(chatId)}`;
}
